"""E-mail backends standing in for an SMTP server that is down or refuses a message: the
outbox's own code runs for real, only the server's answer is chosen."""

import smtplib

from django.core.mail.backends.base import BaseEmailBackend


class ServerDown(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


class RecipientRefused(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise smtplib.SMTPRecipientsRefused({"x@example.org": (550, b"No such user")})
