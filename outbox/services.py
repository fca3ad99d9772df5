"""Sending e-mail (a stand-in, issue #14).

The background-work issue replaces this module with a queue that retries and records failures;
the signature stays: callers build an `EmailMultiAlternatives` and hand it over. Until then the
message is sent at once, in the caller's process.
"""

from django.core.mail import EmailMultiAlternatives


def send_email(message: EmailMultiAlternatives) -> None:
    message.send()
