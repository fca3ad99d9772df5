"""Tell the Translators when a page is first published in only one language (issue #14).

A Swedish portfolio or an English-only open call is invisible in the other versions until
someone translates it. When a page goes live for the first time and no other locale has it,
every active member of the *Translators* group gets one e-mail per transaction (a portfolio
publishes three pages at once: one message lists them), in their admin language, through
`outbox.services.send_email`.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from outbox.services import send_email

GROUP = "Translators"


def only_in_one_language(page):
    return (
        not Page.objects.filter(translation_key=page.translation_key, live=True)
        .exclude(locale_id=page.locale_id)
        .exists()
    )


def on_page_published(sender, instance, **kwargs):
    if instance.depth <= 2 or instance.first_published_at != instance.last_published_at:
        return  # the root and site roots, and pages published before
    if not only_in_one_language(instance):
        return
    connection = transaction.get_connection()
    batch = getattr(connection, "_untranslated_pages", None)
    # A batch belongs to the transaction whose commit hooks still hold its flush (a rolled
    # back transaction drops its hooks, and with them its batch).
    if batch is not None and any(hook[1] == batch.flush for hook in connection.run_on_commit):
        batch.ids.append(instance.pk)
        return
    batch = connection._untranslated_pages = Batch()
    batch.ids.append(instance.pk)
    transaction.on_commit(batch.flush)  # at once outside a transaction


class Batch:
    def __init__(self):
        self.ids = []

    def flush(self):
        pages = Page.objects.filter(pk__in=self.ids, live=True).order_by("path")
        pages = [page for page in pages if only_in_one_language(page)]
        if pages:
            notify(pages)


def recipients():
    return get_user_model().objects.filter(groups__name=GROUP, is_active=True).exclude(email="")


def notify(pages):
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    for user in recipients().distinct():
        profile = getattr(user, "wagtail_userprofile", None)
        language = profile.get_preferred_language() if profile else settings.LANGUAGE_CODE
        with translation.override(language):
            items = [
                {
                    "page": page,
                    "locale": page.locale.get_display_name(),
                    "edit_url": base + reverse("wagtailadmin_pages:edit", args=[page.pk]),
                }
                for page in pages
            ]
            context = {
                "items": items,
                "report_url": base + reverse("translation_status_report"),
            }
            subject = " ".join(
                render_to_string("languages/emails/untranslated_subject.txt", context).split()
            )
            text = render_to_string("languages/emails/untranslated.txt", context)
            html = render_to_string("languages/emails/untranslated.html", context)
        message = EmailMultiAlternatives(subject, text, None, [user.email])
        message.attach_alternative(html, "text/html")
        send_email(message)
