"""Every page type renders in every language version, with the right language and switcher."""

import pytest
from wagtail.models import Locale, Page

from home.models import HomePage, StandardPage
from programmes.models import ProgrammeIndexPage, ProgrammePage
from showcase.models import DesignerIndexPage, DesignerPage, ProjectIndexPage, ProjectPage
from tests.conftest import LANGUAGE_VERSIONS, url_in

PAGE_TYPES = [
    HomePage,
    StandardPage,
    DesignerIndexPage,
    DesignerPage,
    ProjectIndexPage,
    ProjectPage,
    ProgrammeIndexPage,
    ProgrammePage,
]
HTML_LANG = {"en": "en", "sr": "sr-Cyrl", "sr-latn": "sr-Latn", "sv": "sv"}


@pytest.mark.parametrize("language", LANGUAGE_VERSIONS)
@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=lambda model: model.__name__)
def test_every_page_type_renders_in_every_language(client, demo, page_type, language):
    page = page_type.objects.live().filter(locale__language_code="en").first()
    assert page is not None, f"the demo has no {page_type.__name__}"
    url = url_in(page, language)
    assert url.startswith(f"/{language}/")

    response = client.get(url)

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{HTML_LANG[language]}"' in html
    assert "<h1" in html


@pytest.mark.parametrize("language", ["sr", "sv"])
def test_translated_pages_show_translated_text(client, demo, language):
    project = ProjectPage.objects.live().filter(locale__language_code="en").first()
    translated = project.get_translation(Locale.objects.get(language_code=language))
    assert translated.title != project.title
    response = client.get(url_in(project, language))
    assert translated.title in response.content.decode()


def test_language_switcher_leads_to_the_same_page(client, demo):
    designer = DesignerPage.objects.live().filter(locale__language_code="en").first()
    html = client.get(url_in(designer, "en")).content.decode()
    for language in LANGUAGE_VERSIONS:
        assert f'href="{url_in(designer, language)}"' in html


def test_untranslated_page_falls_back_to_its_translated_parent(client, demo):
    index = DesignerIndexPage.objects.get(locale__language_code="en")
    only_english = DesignerPage(
        title="Only In English",
        slug="only-in-english",
        short_bio="Not translated yet.",
        city="Belgrade",
        country="RS",
    )
    index.add_child(instance=only_english)
    only_english.save_revision().publish()

    html = client.get(only_english.url).content.decode()

    # the Swedish link goes to the Swedish designers index, not to a dead page
    assert f'href="{url_in(index, "sv")}"' in html
    assert "/sv/" in url_in(index, "sv")


def test_root_redirects_by_accept_language(client, demo):
    cases = {
        "sv-SE,sv;q=0.9,en;q=0.5": "/sv/",
        "sr-Latn-RS,sr;q=0.8": "/sr-latn/",
        "sr-RS,sr;q=0.9": "/sr/",
        "en-GB,en;q=0.9": "/en/",
        "de-DE,de;q=0.9": "/en/",
    }
    for header, expected in cases.items():
        response = client.get("/", HTTP_ACCEPT_LANGUAGE=header)
        assert response.status_code == 302, header
        assert response["Location"] == expected, header


def test_unknown_url_is_a_404(client, demo):
    assert client.get("/en/no-such-page/").status_code == 404
    # an unprefixed path is sent to the visitor's language first, and is missing there too
    assert client.get("/no-such-page/", follow=True).status_code == 404


def test_site_has_one_home_per_content_locale(demo):
    homes = Page.objects.type(HomePage).live()
    assert sorted(homes.values_list("locale__language_code", flat=True)) == ["en", "sr", "sv"]
