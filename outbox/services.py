"""Sending e-mail from the site: `send_email()` queues, the worker sends (outbox/tasks.py).

    from outbox.services import send_email
    send_email(EmailMultiAlternatives(subject, body, None, [address]))

Nobody waits for an SMTP server: the message is serialised into the task queue (the database,
in the same transaction as whatever caused it, so a rolled-back submission sends nothing) and
the worker sends it, retrying with back-off, keeping it as a failed e-mail for editors after the
last attempt.
"""

from django.conf import settings
from django.db import transaction

from outbox.models import FailedEmail
from outbox.serialisation import to_json
from outbox.tasks import deliver_email


def send_email(message) -> None:
    """Queue `message` (an `EmailMultiAlternatives` or `EmailMessage`) for the worker to send."""
    if not message.from_email:
        message.from_email = settings.DEFAULT_FROM_EMAIL
    deliver_email.enqueue(to_json(message))


def retry_failed(failed: FailedEmail) -> None:
    """Queue a failed e-mail again, from its first attempt; it is kept again if it fails again."""
    with transaction.atomic():
        deliver_email.enqueue(failed.message)
        failed.delete()


def forget_recipient(address) -> int:
    """Delete the failed e-mails addressed to `address` (a person's data being erased);
    returns how many. Sent messages leave no record beyond the task queue's results, which are
    pruned after TASK_RESULTS_KEEP_DAYS."""
    address = address.strip().lower()
    doomed = [
        failed.pk
        for failed in FailedEmail.objects.filter(recipients__icontains=address)
        if address in (r.strip().lower() for r in failed.recipients.split(","))
    ]
    return FailedEmail.objects.filter(pk__in=doomed).delete()[0]
