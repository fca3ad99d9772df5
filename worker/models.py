from django.db import models
from django.utils.translation import gettext_lazy as _


class PeriodicJob(models.Model):
    """The last period in which a periodic job was queued (worker/periodic.py).

    Every worker's clock asks to queue every job; the conditional update on this row lets one
    of them win each period, so several workers never publish or purge twice.
    """

    name = models.CharField(_("name"), max_length=100, unique=True)
    last_period = models.BigIntegerField(_("last period"), default=-1)

    class Meta:
        verbose_name = _("periodic job")
        verbose_name_plural = _("periodic jobs")

    def __str__(self):
        return self.name
