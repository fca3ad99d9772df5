"""The e-mail backend the site's settings name (`EMAIL_BACKEND`): it queues instead of sending.

So e-mails the site does not write itself, Wagtail's workflow and moderation notifications,
password resets, `mail_admins`, leave through the outbox too. The worker sends them through
`OUTBOX_EMAIL_BACKEND` (outbox/tasks.py).
"""

from django.core.mail.backends.base import BaseEmailBackend

from outbox.services import send_email


class QueuedEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        queued = 0
        for message in email_messages:
            try:
                send_email(message)
            except Exception:
                if not self.fail_silently:
                    raise
            else:
                queued += 1
        return queued
