"""What visitors get from search, on every backend (see conftest.py for the backends)."""

import pytest
from wagtail.models import PageViewRestriction

from search.service import autocomplete_site
from showcase.models import DesignerPage
from tests.search.helpers import add_designer, add_programme, locale, search, titles

NIKOLA = {"en": "Nikola Đorđević", "sr": "Никола Ђорђевић", "sv": "Nikola Đorđević"}
LJUBICA = {"en": "Ljubica Živković", "sr": "Љубица Живковић", "sv": "Ljubica Živković"}


@pytest.mark.parametrize("query", ["djordjevic", "đorđević", "Ђорђевић", "DJORDJEVIC"])
@pytest.mark.parametrize("language", ["sr", "en", "sv"])
def test_serbian_names_match_across_scripts_and_diacritics(search_backend, language, query):
    outcome = search(query, language)
    assert titles(outcome)[0] == NIKOLA[language]


@pytest.mark.parametrize("query", ["zivkovic", "živković", "Живковић"])
def test_zivkovic_finds_the_cyrillic_page(search_backend, query):
    assert titles(search(query, "sr"))[0] == "Љубица Живковић"


def test_latin_without_diacritics_finds_cyrillic_city(search_backend):
    latin = search("beograd", "sr")
    cyrillic = search("Београд", "sr")
    assert latin.total > 0
    assert set(titles(latin)) == set(titles(cyrillic))
    assert any("Београд" in result.page.title for result in latin.results)


def test_serbian_latin_version_searches_the_serbian_pages(search_backend, client):
    response = client.get("/sr-latn/search/", {"q": "zivkovic"})
    assert response.status_code == 200
    content = response.content.decode()
    assert "Ljubica Živković" in content  # the Cyrillic page, shown in Latin
    assert "Живковић" not in content


@pytest.mark.parametrize("query", ["formgivare", "formgivaren", "formgivarna"])
def test_swedish_noun_forms_find_each_other(search_backend, query):
    base = set(titles(search("formgivare", "sv")))
    assert base
    assert set(titles(search(query, "sv"))) == base


@pytest.mark.parametrize("query", ["möbler", "möbeln", "mobler"])
def test_swedish_mobel_finds_mobler(search_backend, query):
    outcome = search(query, "sv")
    assert set(titles(outcome)) == set(titles(search("möbel", "sv")))
    # The furniture project's title says "möbler"; the maker residency's summary "en möbel".
    assert "Andra snittet: möbler av spillvirke i furu" in titles(outcome)
    assert "Makerresidens i Göteborg" in titles(outcome)


def test_english_plural_finds_singular(search_backend):
    assert set(titles(search("designers", "en"))) == set(titles(search("designer", "en")))


def test_results_are_of_the_visitors_locale_only(search_backend):
    outcome = search("djordjevic", "sv")
    sv = locale("sv")
    assert outcome.total > 0
    assert {result.page.locale_id for result in outcome.results} == {sv.pk}


def test_title_match_ranks_above_body_match(search_backend):
    # The title page is older: where scores tie, the engines put the newer page first.
    add_designer("Quillfeather", bio="A studio name only.")
    add_designer("Ana Body", bio="Works with the Quillfeather studio on Quillfeather signs.")
    assert titles(search("quillfeather"))[:2] == ["Quillfeather", "Ana Body"]


def test_open_programme_ranks_above_closed_one_with_the_same_text(search_backend):
    text = "A residency about zephyrmoss weaving for young designers."
    add_programme("Zephyrmoss Residency", text, "open")
    add_programme("Zephyrmoss Residency", text, "closed")  # newer: engines favour it on ties
    outcome = search("zephyrmoss")
    assert [result.status for result in outcome.results] == ["open", "closed"]


def test_drafts_never_appear_in_search(search_backend):
    draft = add_designer("Vellichor Draft", publish=False)
    assert search("vellichor").total == 0
    assert autocomplete_site("vellich", locale("en")) == []
    draft.save_revision().publish()
    assert titles(search("vellichor")) == ["Vellichor Draft"]


def test_private_pages_never_appear_in_search(search_backend):
    page = add_designer("Sonder Private")
    assert search("sonder").total == 1
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="x")
    outcome = search("sonder")
    assert outcome.total == 0
    assert all(option.count == 0 for facet in outcome.facets for option in facet.options)
    assert autocomplete_site("sonde", locale("en")) == []


def test_facets_count_and_combine(search_backend):
    outcome = search("djordjevic", "en")
    kinds = {o.value: o.count for f in outcome.facets if f.name == "kind" for o in f.options}
    assert kinds["designer"] >= 1
    assert kinds["project"] >= 1
    assert outcome.total == sum(kinds.values())

    designers = search("djordjevic", "en", kind=["designer"])
    assert titles(designers)[0] == "Nikola Đorđević"
    assert designers.total == kinds["designer"]
    assert {result.kind for result in designers.results} == {"designer"}
    # The other kinds keep their counts, so the visitor can widen the choice.
    still = {o.value: o.count for f in designers.facets if f.name == "kind" for o in f.options}
    assert still == kinds

    serbian_projects = search("djordjevic", "en", kind=["project"], country=["RS"])
    assert serbian_projects.total >= 1
    for result in serbian_projects.results:
        assert result.kind == "project"
        assert result.page.country == "RS"

    swedish_designers = search("djordjevic", "en", kind=["designer"], country=["SE"])
    countries = {
        o.value: o.count for f in designers.facets if f.name == "country" for o in f.options
    }
    assert swedish_designers.total == countries.get("SE", 0)
    for result in swedish_designers.results:
        assert (result.kind, result.page.country) == ("designer", "SE")


def test_programme_status_facet(search_backend):
    add_programme("Quokkaburst Open Call", "Quokkaburst weaving.", "open")
    add_programme("Quokkaburst Past Call", "Quokkaburst weaving.", "closed")
    outcome = search("quokkaburst", status=["closed"])
    assert titles(outcome) == ["Quokkaburst Past Call"]
    counts = {o.value: o.count for f in outcome.facets if f.name == "status" for o in f.options}
    assert counts == {"open": 1, "closed": 1}


def test_pagination_splits_results(search_backend, client):
    for number in range(12):
        add_designer(f"Petrichor Maker {number}")
    first = client.get("/en/search/", {"q": "petrichor"})
    second = client.get("/en/search/", {"q": "petrichor", "page": 2})
    beyond = client.get("/en/search/", {"q": "petrichor", "page": 99})
    assert first.context["outcome"].total == 12
    assert len(first.context["outcome"].results) == 10
    assert len(second.context["outcome"].results) == 2
    assert beyond.status_code == 200
    assert beyond.context["outcome"].results.number == 2


@pytest.mark.parametrize("typed", ["djor", "đorđ", "Ђорђ"])
def test_autocomplete_completes_across_scripts(search_backend, typed):
    found = autocomplete_site(typed, locale("sr"))
    assert [page.title for page, kind in found][:1] == ["Никола Ђорђевић"]
    assert found[0][1] == "designer"


def test_autocomplete_endpoint_is_json_in_the_visitors_script(search_backend, client):
    response = client.get("/sr-latn/search/autocomplete/", {"q": "ljub"})
    assert response.status_code == 200
    results = response.json()["results"]
    assert results[0]["title"] == "Ljubica Živković"
    assert results[0]["url"].startswith("/sr-latn/")


def test_search_page_shows_kind_and_highlights_where_supported(search_backend, client):
    response = client.get("/en/search/", {"q": "furniture"})
    content = response.content.decode()
    assert response.status_code == 200
    assert "Designer" in content and "Project" in content
    if search_backend == "engine":
        assert "<mark>furniture</mark>" in content.lower()


def test_api_search_never_shows_drafts(search_backend, client):
    draft = add_designer("Apricity Draft", publish=False)
    found = client.get("/api/v2/pages/", {"search": "Apricity Draft"}).json()["items"]
    assert draft.pk not in [item["id"] for item in found]
    assert not DesignerPage.objects.live().filter(pk=draft.pk).exists()
