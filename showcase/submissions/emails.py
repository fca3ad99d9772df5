"""E-mails to the submitter, written in the language they used on the site.

Plain text, rendered from templates in `templates/showcase/submissions/emails/`. `/sr-latn/`
visitors get the Serbian text in Latin script, as the site shows it to them. They leave through
the outbox (outbox/services.py): queued here, sent by the worker with retries.
"""

from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from addresses.absolute import absolute
from languages.transliteration import to_latin
from outbox.services import send_email
from showcase.submissions.tokens import make_token


def status_url(submission):
    with translation.override(submission.language):
        path = reverse("submission_status", kwargs={"token": make_token(submission)})
    return absolute(path)


def send_to_submitter(submission, template, **context):
    if not submission.email:
        return 0
    context = {"submission": submission, "status_url": status_url(submission), **context}
    with translation.override(submission.language):
        base = f"showcase/submissions/emails/{template}"
        subject = " ".join(render_to_string(f"{base}_subject.txt", context).split())
        body = render_to_string(f"{base}.txt", context)
    if submission.language == "sr-latn":
        subject, body = to_latin(subject), to_latin(body)
    send_email(EmailMultiAlternatives(subject, body, None, [submission.email]))
    return 1


def send_confirmation(submission):
    return send_to_submitter(submission, "confirmation")


def send_changes_requested(submission, page, comment):
    return send_to_submitter(submission, "changes_requested", page=page, comment=comment)
