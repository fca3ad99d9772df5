"""The decision e-mails to the submitter (issue #14): published (with the live links) and
declined (with the reason), in the language they used, as HTML with a plain-text part.

They go through `outbox.services.send_email`, which sends outside the request with retries and
keeps failed sends visible to editors (the background-work issue). `/sr-latn/` submitters get
the Serbian text in Latin script and links to the `/sr-latn/` pages, as the site shows them.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation

from languages.transliteration import to_latin
from outbox.services import send_email
from showcase.submissions.emails import status_url

TEMPLATES = "showcase/submissions/emails"


def build(submission, template, **context):
    """The message for `template` (`published`, `declined`), or None without an address."""
    if not submission.email:
        return None
    with translation.override(submission.language):
        context = {"submission": submission, "status_url": status_url(submission), **context}
        subject = " ".join(render_to_string(f"{TEMPLATES}/{template}_subject.txt", context).split())
        text = render_to_string(f"{TEMPLATES}/{template}.txt", context)
        html = render_to_string(f"{TEMPLATES}/{template}.html", context)
    if submission.language == "sr-latn":
        subject, text, html = to_latin(subject), to_latin(text), to_latin(html)
    message = EmailMultiAlternatives(subject, text, None, [submission.email])
    message.attach_alternative(html, "text/html")
    return message


def live_links(submission):
    """(title, full URL) of each published page, in the submitter's language version."""
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    links = []
    with translation.override(submission.language):
        for page in submission.pages():
            if page.live:
                url = page.get_url()
                links.append((page.title, url if url.startswith("http") else base + url))
    return links


def send_published(submission):
    links = live_links(submission)
    message = build(submission, "published", links=links)
    if message is not None and links:
        send_email(message)


def send_declined(submission):
    message = build(submission, "declined", reason=submission.decline_reason)
    if message is not None:
        send_email(message)
