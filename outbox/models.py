from django.db import models
from django.utils.translation import gettext_lazy as _


class FailedEmail(models.Model):
    """An e-mail the worker gave up on after its last attempt (outbox/tasks.py).

    Kept whole (`message` is the serialised message, outbox/serialisation.py) until an editor
    sends it again or deletes it, so nothing the site meant to send is lost.
    """

    subject = models.CharField(_("subject"), max_length=998)
    recipients = models.TextField(_("recipients"))
    message = models.JSONField(_("message"))
    attempts = models.PositiveSmallIntegerField(_("attempts"))
    error = models.TextField(_("last error"))
    failed_at = models.DateTimeField(_("failed at"), auto_now_add=True)

    class Meta:
        verbose_name = _("failed e-mail")
        verbose_name_plural = _("failed e-mails")
        ordering = ["-failed_at"]
        # "retry" is the action of the admin's retry button (outbox/views.py).
        permissions = [("retry_failedemail", _("Can send failed e-mails again"))]

    def __str__(self):
        return self.subject
