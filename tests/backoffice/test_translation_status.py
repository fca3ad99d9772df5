"""The translation status report counts correctly on the demo site, filters, refuses bad
filters with a 400, and Translators hear of pages published in one language only (issue #14)."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from wagtail.models import Locale, Page

from languages.translation_coverage import counts, coverage
from showcase.models import DesignerIndexPage, DesignerPage, Discipline


@pytest.fixture
def admin_client(client, django_user_model, demo):
    user = django_user_model.objects.create_superuser("boss", "boss@mikser.example", "pw")
    client.force_login(user)
    return client


def cell(html, section, language, status):
    import re

    row = re.search(rf'<tr data-section="{re.escape(section)}">(.*?)</tr>', html, re.S).group(1)
    return int(
        re.search(rf'data-locale="{language}" data-status="{status}">(\d+)</td>', row).group(1)
    )


def test_counts_match_the_demo_site(admin_client):
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    live_designers = DesignerPage.objects.live()
    per_locale = {
        code: live_designers.filter(locale=locale).count() for code, locale in locales.items()
    }
    # The demo translates every designer into all three languages.
    assert len(set(per_locale.values())) == 1
    html = admin_client.get(reverse("translation_status_report")).content.decode()
    label = str(DesignerPage._meta.verbose_name_plural).capitalize()
    for code in locales:
        assert cell(html, label, code, "translated") == per_locale[code]
        assert cell(html, label, code, "missing") == 0
    disciplines = str(Discipline._meta.verbose_name_plural).capitalize()
    keys = Discipline.objects.values("translation_key").distinct().count()
    assert cell(html, disciplines, "sv", "translated") == keys


def test_an_english_only_page_is_missing_in_the_other_languages(admin_client):
    index = DesignerIndexPage.objects.get(locale__language_code="en")
    page = DesignerPage(title="Only In English", slug="only-in-english", short_bio="Bio.",
                        city="Lund", country="SE")  # fmt: skip
    index.add_child(instance=page)
    page.save_revision().publish()
    locales, rows = coverage(with_segments=False)
    table = counts(rows, locales)
    label = str(DesignerPage._meta.verbose_name_plural).capitalize()
    sv = Locale.objects.get(language_code="sv")
    assert table[label][sv.pk]["missing"] == 1
    response = admin_client.get(
        reverse("translation_status_report"), {"status": "missing", "locale": "sv"}
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "Only In English" in body
    assert DesignerPage.objects.filter(locale=sv).live().first().title not in body


def test_an_unknown_filter_is_refused_with_a_message(admin_client):
    response = admin_client.get(reverse("translation_status_report"), {"status": "bogus"})
    assert response.status_code == 400
    assert "bogus" in response.content.decode()  # Django's "Select a valid choice" names it


def test_translators_are_told_once_per_publication(
    demo, django_user_model, django_capture_on_commit_callbacks
):
    translator = django_user_model.objects.create_user("tr", "tr@mikser.example", "pw-12345678")
    translator.groups.add(Group.objects.get(name="Translators"))
    index = DesignerIndexPage.objects.get(locale__language_code="sv")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        from django.db import transaction

        with transaction.atomic():
            for n in range(2):
                page = DesignerPage(title=f"Svensk {n}", slug=f"svensk-{n}", short_bio="Bio.",
                                    city="Lund", country="SE")  # fmt: skip
                index.add_child(instance=page)
                page.save_revision().publish()
    to_translator = [m for m in mail.outbox if m.to == ["tr@mikser.example"]]
    assert len(to_translator) == 1
    assert "Svensk 0" in to_translator[0].body and "Svensk 1" in to_translator[0].body
    assert to_translator[0].alternatives[0][1] == "text/html"
    # A second publication of the same page is not news.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(slug="svensk-0").specific.save_revision().publish()
    assert not [m for m in mail.outbox if m.to == ["tr@mikser.example"]]
