"""Four language versions that visitors and search engines can tell apart, and a translation
workflow that keeps translations in step with their English source."""

import re
import xml.etree.ElementTree as ET

import polib
import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from languages.script_check import serbian_pages_with_latin_text
from languages.translation_status import outdated_translation_pages
from languages.transliteration import html_to_latin
from showcase.models import DesignerPage, ProjectPage
from tests.conftest import LANGUAGE_VERSIONS, url_in

HREFLANG = {"en": "en", "sr": "sr-Cyrl", "sr-latn": "sr-Latn", "sv": "sv"}
SITEMAP_NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "x": "http://www.w3.org/1999/xhtml",
}


def english(model):
    return model.objects.live().filter(locale__language_code="en").order_by("path").first()


def main_of(html):
    return html[html.index("<main") : html.index("</main>")]


@pytest.mark.parametrize("model", [DesignerPage, ProjectPage], ids=lambda m: m.__name__)
def test_sr_latn_page_is_exact_latin_of_sr(client, demo, model):
    page = english(model)
    cyrillic = main_of(client.get(url_in(page, "sr")).content.decode())
    latin = main_of(client.get(url_in(page, "sr-latn")).content.decode())
    assert re.search(r"[\u0400-\u04FF]", cyrillic)
    assert not re.search(r"[\u0400-\u04FF]", latin)
    # the same page and markup: only readable text differs, by the exact conversion, and
    # links stay inside the Latin version
    assert latin == html_to_latin(cyrillic).replace('href="/sr/', 'href="/sr-latn/')


@pytest.mark.parametrize("language", LANGUAGE_VERSIONS)
def test_every_page_links_all_its_translations_with_hreflang(client, demo, language):
    project = english(ProjectPage)
    html = client.get(url_in(project, language)).content.decode()
    for other in LANGUAGE_VERSIONS:
        href = f"http://testserver{url_in(project, other)}"
        assert f'<link rel="alternate" hreflang="{HREFLANG[other]}" href="{href}">' in html
    assert f'hreflang="x-default" href="http://testserver{url_in(project, "en")}"' in html
    own = f"http://testserver{url_in(project, language)}"
    assert f'<link rel="canonical" href="{own}">' in html
    assert f'<html lang="{HREFLANG[language]}"' in html


def test_switcher_tells_cyrillic_and_latin_apart(client, demo):
    html = client.get(url_in(english(DesignerPage), "sr-latn")).content.decode()
    assert 'lang="sr-Cyrl"' in html and ">\n                                    Српски" in html
    assert 'lang="sr-Latn" hreflang="sr-Latn" aria-current="true"' in html


def test_sitemap_lists_every_live_page_in_every_language_with_alternates(client, demo):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    locations = {url.find("s:loc", SITEMAP_NS).text for url in root.findall("s:url", SITEMAP_NS)}

    live = Page.objects.live().public().filter(depth__gt=1).specific()
    for page in live:
        languages = (
            ["sr", "sr-latn"] if page.locale.language_code == "sr" else [page.locale.language_code]
        )
        for language in languages:
            from django.utils import translation

            with translation.override(language):
                assert f"http://testserver{page.get_url()}" in locations
    assert len(locations) == sum(2 if p.locale.language_code == "sr" else 1 for p in live)

    first = root.find("s:url", SITEMAP_NS)
    hreflangs = {link.get("hreflang") for link in first.findall("x:link", SITEMAP_NS)}
    assert hreflangs == {"en", "sr-Cyrl", "sr-Latn", "sv", "x-default"}


def test_sitemap_never_lists_drafts(client, demo):
    designer = english(DesignerPage)
    designer.unpublish()
    locations = client.get("/sitemap.xml").content.decode()
    assert f"http://testserver{url_in(designer, 'sv')}" in locations  # the translation is live
    assert f"<loc>http://testserver/en/designers/{designer.slug}/</loc>" not in locations


def test_root_remembers_the_language_the_visitor_chose(client, demo):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="sv")["Location"] == "/sv/"
    client.get("/sr-latn/")  # the visitor picks Serbian Latin in the switcher
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="sv")["Location"] == "/sr-latn/"


def test_api_and_sitemap_are_not_converted_for_a_latin_visitor(client, demo):
    fresh_sitemap = Client().get("/sitemap.xml").content.decode()
    client.get("/sr-latn/")
    data = client.get("/api/v2/pages/?locale=sr&type=showcase.DesignerPage").json()
    assert any(re.search(r"[\u0400-\u04FF]", item["title"]) for item in data["items"])
    # The sitemap answers a Latin visitor as it answers anyone: every language version.
    sitemap = client.get("/sitemap.xml").content.decode()
    assert sitemap == fresh_sitemap
    assert "http://testserver/sr/" in sitemap and "http://testserver/sr-latn/" in sitemap
    assert 'hreflang="sr-Cyrl"' in sitemap


def test_dates_read_naturally_in_each_language(client, demo):
    from programmes.models import ProgrammePage

    programme = english(ProgrammePage)
    month = timezone.localtime(programme.application_deadline, programme.zone).month
    expectations = {
        # Django's English format abbreviates long month names AP-style: "Dec. 15, 2026"
        "en": ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.",
               "Sept.", "Oct.", "Nov.", "Dec."][month - 1],
        "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
               "september", "oktober", "november", "december"][month - 1],
        "sr": ["јануар", "фебруар", "март", "април", "мај", "јун", "јул", "август",
               "септембар", "октобар", "новембар", "децембар"][month - 1],
        "sr-latn": ["januar", "februar", "mart", "april", "maj", "jun", "jul", "avgust",
                    "septembar", "oktobar", "novembar", "decembar"][month - 1],
    }  # fmt: skip
    for language, month_name in expectations.items():
        html = client.get(url_in(programme, language)).content.decode()
        assert month_name in html, language


# -- translation workflow ----------------------------------------------------------------------


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@mikser.example", "pw")
    client.force_login(user)
    return user


def test_source_change_marks_translations_out_of_date_and_sync_updates_them(
    client, demo, editor, django_capture_on_commit_callbacks
):
    project = english(ProjectPage)
    serbian = project.get_translation(Locale.objects.get(language_code="sr"))
    assert serbian.pk not in outdated_translation_pages().values_list("pk", flat=True)

    project.year = 2011
    project.summary = "A new English summary that nobody has translated yet."
    project.save_revision().publish()
    assert serbian.pk in outdated_translation_pages().values_list("pk", flat=True)
    report = client.get(reverse("outdated_translations_report"))
    assert serbian.title in report.content.decode()

    source = TranslationSource.objects.get(object_id=project.translation_key, locale=project.locale)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]),
            {"publish_translations": "on"},
        )
    assert response.status_code == 302

    serbian.refresh_from_db()
    assert serbian.year == 2011  # synchronised field follows the source
    assert serbian.pk not in outdated_translation_pages().values_list("pk", flat=True)
    translation = Translation.objects.get(source=source, target_locale__language_code="sr")
    total, translated = translation.get_progress()
    assert translated == total - 1  # the new summary waits for its translator


def test_po_export_and_import_round_trip(client, demo, editor, django_capture_on_commit_callbacks):
    project = english(ProjectPage)
    translation = Translation.objects.get(
        source__object_id=project.translation_key, target_locale__language_code="sv"
    )
    download = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert download.status_code == 200
    po = polib.pofile(download.content.decode())
    summary = next(entry for entry in po if entry.msgctxt == "summary")
    summary.msgstr = "En helt ny svensk sammanfattning från översättaren."

    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("project-sv.po", str(po).encode(), "text/x-gettext-translation")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload}
        )
        assert response.status_code == 302
        translation.save_target(publish=True)

    client.logout()
    page = client.get(url_in(project, "sv")).content.decode()
    assert "En helt ny svensk sammanfattning från översättaren." in page


def test_latin_serbian_from_a_po_file_is_kept_and_flagged(
    client, demo, editor, django_capture_on_commit_callbacks
):
    project = english(ProjectPage)
    translation = Translation.objects.get(
        source__object_id=project.translation_key, target_locale__language_code="sr"
    )
    po = translation.export_po()
    entry = next(entry for entry in po if entry.msgctxt == "summary")
    entry.msgstr = "Prevodilac je napisao ovaj rezime latinicom: nadživeti, injekcija."
    with django_capture_on_commit_callbacks(execute=True):
        translation.import_po(po)
        translation.save_target(publish=True)

    serbian = project.get_translation(Locale.objects.get(language_code="sr"))
    serbian.refresh_from_db()
    assert serbian.summary == "Prevodilac je napisao ovaj rezime latinicom: nadživeti, injekcija."
    assert serbian.pk in serbian_pages_with_latin_text().values_list("pk", flat=True)
    report = client.get(reverse("latin_serbian_report")).content.decode()
    assert serbian.title in report
    # /sr/ shows it as written: never converted to Cyrillic
    assert "nadživeti, injekcija" in client.get(url_in(project, "sr")).content.decode()


def test_demo_serbian_pages_are_all_cyrillic(demo):
    assert not serbian_pages_with_latin_text().exists()
