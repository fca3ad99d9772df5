"""Suggestions that find any word's prefix and other inflected forms, and pictures in the
results (issue #13), on the database backend and on OpenSearch (the `search_backend` fixture).
"""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model

from search.service import autocomplete_site
from showcase.models import DesignerPage
from tests.search.conftest import refresh_index
from tests.search.helpers import add_designer, locale


def suggested(text, language):
    refresh_index()
    return [page.title for page, _kind in autocomplete_site(text, locale(language))]


@pytest.mark.parametrize("typed", ["residencies", "Residency", "resid", "RESIDENCIES"])
def test_an_english_plural_suggests_the_residencies(search_backend, typed):
    found = suggested(typed, "en")
    assert "Maker Residency in Gothenburg" in found
    assert "Crafts Futures Residency" in found


@pytest.mark.parametrize("typed", ["formgivarna", "formgivaren", "formgivare", "formgiv"])
def test_a_swedish_inflection_suggests_the_base_form(search_backend, typed):
    assert "Mentorprogrammet Bron för unga formgivare" in suggested(typed, "sv")


@pytest.mark.parametrize(
    ("typed", "language", "title"),
    [
        ("gothen", "en", "Maker Residency in Gothenburg"),  # the last word of the title
        ("futures resid", "en", "Crafts Futures Residency"),  # two words, each a prefix
        ("ljubica ziv", "sr", "Љубица Живковић"),
        ("живк", "sr", "Љубица Живковић"),
    ],
)
def test_any_word_of_the_title_completes(search_backend, typed, language, title):
    assert title in suggested(typed, language)


@pytest.mark.parametrize("typed", ["резиденције", "rezidencije", "резиденцију"])
def test_serbian_inflections_in_either_script(search_backend, typed):
    assert "Резиденција у отвореној радионици у Гетеборгу" in suggested(typed, "sr")


@pytest.mark.parametrize("typed", ["Ђорђевића", "djordjevicu", "đorđević"])
def test_a_serbian_name_in_another_case_and_script(search_backend, typed):
    assert suggested(typed, "sr")[:1] == ["Никола Ђорђевић"]


def test_unrelated_words_do_not_match_through_stems(search_backend):
    found = suggested("residencies", "en")
    assert all("resid" in title.lower() for title in found), found


def test_the_endpoint_suggests_inflected_forms_in_latin(search_backend, client):
    refresh_index()
    results = client.get("/sr-latn/search/autocomplete/", {"q": "rezidencije"}).json()["results"]
    assert "Rezidencija u otvorenoj radionici u Geteborgu" in [r["title"] for r in results]


# Thumbnails


def pictures_in_results(html):
    results = re.findall(r'<article class="search-result[^"]*">.*?</article>', html, re.S)
    return results, [r for r in results if "<picture" in r]


def test_results_show_the_pages_pictures(search_backend, client):
    refresh_index()
    response = client.get("/en/search/", {"q": "residency"})
    outcome = response.context["outcome"]
    results, with_pictures = pictures_in_results(response.content.decode())
    assert len(results) == len(outcome.results) > 0
    expected = [r for r in outcome.results if r.thumbnail is not None]
    assert expected and len(with_pictures) == len(expected)
    for result in expected:
        spec = "fill-160x160-c100" if result.kind == "designer" else "fill-320x240-c100"
        rendition = result.thumbnail.get_rendition(f"{spec}|format-jpeg")
        assert rendition.url in response.content.decode()
    assert all(f'alt="{r.thumbnail_alt}"' in response.content.decode() for r in expected)


@pytest.fixture
def portrayed_designers(search_backend):
    portrait = get_image_model().objects.filter(
        pk__in=DesignerPage.objects.exclude(portrait=None).values("portrait")
    )[0]
    pages = []
    for number in range(12):
        page = add_designer(f"Thumbquill Maker {number:02d}")
        page.portrait, page.portrait_alt = portrait, f"Portrait {number}"
        page.save_revision().publish()
        pages.append(page)
    solo = add_designer("Thumbsolo Maker")
    solo.portrait, solo.portrait_alt = portrait, "Portrait solo"
    solo.save_revision().publish()
    refresh_index()
    return pages


def _queries(client, query):
    client.get("/en/search/", {"q": query})  # warm: content types, locales, renditions
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    _results, with_pictures = pictures_in_results(response.content.decode())
    return len(queries), len(with_pictures)


def test_thumbnails_cost_the_same_queries_for_one_result_or_ten(portrayed_designers, client):
    one, pictures_one = _queries(client, "thumbsolo")
    ten, pictures_ten = _queries(client, "thumbquill")
    assert (pictures_one, pictures_ten) == (1, 10)
    assert ten == one


def test_mixed_results_cost_two_queries_per_kind_shown(search_backend, client):
    only_designers, _ = _queries(client, "djordjevic")
    mixed, pictures = _queries(client, "design")
    assert pictures >= 5
    # Designers, projects and programmes: at most two more kinds, two queries each (images,
    # renditions), however many results each kind has.
    assert mixed <= only_designers + 4
