"""Sending a queued e-mail: with a timeout, again after a back-off when it fails, and kept as a
`FailedEmail` after the last attempt (docs/operations.md, "E-mail")."""

import logging
import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.mail import get_connection
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from outbox.models import FailedEmail
from outbox.serialisation import from_json

logger = logging.getLogger("outbox")


def is_permanent(error):
    """An answer no retry will change: the server refused the sender or every recipient."""
    if isinstance(error, smtplib.SMTPRecipientsRefused | smtplib.SMTPSenderRefused):
        return True
    return isinstance(error, smtplib.SMTPResponseException) and 500 <= error.smtp_code < 600


@task()
def deliver_email(message, attempt=1):
    """Send one serialised message (outbox/serialisation.py) through OUTBOX_EMAIL_BACKEND."""
    try:
        connection = get_connection(settings.OUTBOX_EMAIL_BACKEND, timeout=settings.EMAIL_TIMEOUT)
        from_json(message, connection=connection).send()
    except Exception as error:
        handle_failure(message, attempt, error)
        return "failed"
    return "sent"


def handle_failure(message, attempt, error):
    delays = settings.OUTBOX_RETRY_DELAYS
    description = f"{type(error).__name__}: {error}"[:2000]
    subject = message["subject"]
    if attempt <= len(delays) and not is_permanent(error):
        logger.warning(
            "E-mail %r failed (attempt %d, %s); trying again in %d s",
            subject,
            attempt,
            description,
            delays[attempt - 1],
        )
        retry(message, attempt + 1, delays[attempt - 1])
        return
    logger.error("E-mail %r failed for good after %d attempts: %s", subject, attempt, description)
    FailedEmail.objects.create(
        subject=subject[:998],
        recipients=", ".join(message["to"] + message["cc"] + message["bcc"]),
        message=message,
        attempts=attempt,
        error=description,
    )


def retry(message, attempt, delay):
    queued = deliver_email
    if queued.get_backend().supports_defer:
        queued = queued.using(run_after=timezone.now() + timedelta(seconds=delay))
    with transaction.atomic():
        queued.enqueue(message, attempt)
