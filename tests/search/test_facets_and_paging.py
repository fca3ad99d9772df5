"""The mechanics behind the facets and the pages, on every backend.

The engines (OpenSearch, Elasticsearch) count the facets with aggregations on the documents'
facet fields and page with from/size; the database backends count in SQL. Either way the counts
must equal a brute-force count over the matching pages read from the database, the call status
must follow the clock without re-indexing, and the search page must cost the same number of SQL
queries however many pages match.
"""

import uuid
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from programmes.models import ProgrammeIndexPage, ProgrammeLocation, ProgrammePage
from programmes.status import programme_status
from search import service
from showcase.models import DesignerIndexPage, DesignerPage, Discipline
from tests.search.conftest import refresh_index
from tests.search.helpers import add_designer, locale, search

WORD = "Brumblewick"
# A whole second, so the engine's millisecond dates and Python's agree exactly.
NOW = datetime(2031, 3, 14, 12, 0, 0, tzinfo=UTC)


def _designer(title, disciplines, country):
    parent = DesignerIndexPage.objects.get(locale__language_code="en")
    page = DesignerPage(
        title=title,
        slug=f"test-{uuid.uuid4().hex[:8]}",
        short_bio=f"{WORD} studio.",
        city="Lund",
        country=country,
    )
    page.disciplines = list(Discipline.objects.filter(locale=page_locale(), slug__in=disciplines))
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _programme(title, opens, deadline, countries=("SE",), disciplines=()):
    parent = ProgrammeIndexPage.objects.get(locale__language_code="en")
    page = ProgrammePage(
        title=title,
        slug=f"test-{uuid.uuid4().hex[:8]}",
        kind="residency",
        summary=f"A {WORD} residency.",
        applications_open_at=opens,
        application_deadline=deadline,
        starts_on=(deadline + timedelta(days=30)).date(),
        ends_on=(deadline + timedelta(days=60)).date(),
    )
    page.locations = [ProgrammeLocation(city="Somewhere", country=code) for code in countries]
    page.disciplines = list(Discipline.objects.filter(locale=page_locale(), slug__in=disciplines))
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def page_locale():
    return locale("en")


@pytest.fixture
def mixed_pages(search_backend):
    """Designers and programmes sharing WORD, with known disciplines, countries and dates."""
    slugs = list(Discipline.objects.filter(locale=page_locale()).values_list("slug", flat=True))
    a, b, c = slugs[:3]
    pages = [
        _designer(f"{WORD} One", [a], "RS"),
        _designer(f"{WORD} Two", [a, b], "SE"),
        _designer(f"{WORD} Three", [c], "SE"),
        _designer(f"{WORD} Four", [], "RS"),
        _programme(f"{WORD} Open", NOW - timedelta(days=5), NOW + timedelta(days=30), ["SE"], [a]),
        _programme(f"{WORD} Soon", NOW - timedelta(days=5), NOW + timedelta(days=3), ["RS", "SE"]),
        _programme(f"{WORD} Closed", NOW - timedelta(days=90), NOW - timedelta(days=1), ["RS"]),
        _programme(f"{WORD} Later", NOW + timedelta(days=2), NOW + timedelta(days=40), ["SE"], [b]),
    ]
    refresh_index()
    return pages, (a, b, c)


def facts_of(page, now):
    """What a page is, read straight from the database: the brute-force reference."""
    page = type(page).objects.get(pk=page.pk)
    if isinstance(page, ProgrammePage):
        countries = {str(location.country) for location in page.locations.all()}
        status = {str(programme_status(page.applications_open_at, page.application_deadline, now))}
        kind = "programme"
    else:
        countries = {str(page.country)}
        status = set()
        kind = "designer"
    return {
        "kind": {kind},
        "discipline": {d.slug for d in page.disciplines.all()},
        "country": countries,
        "status": status,
    }


def brute_force(pages, selected, now):
    facts = [facts_of(page, now) for page in pages]

    def passes(fact, skip=None):
        return all(fact[f] & v for f, v in selected.items() if v and f != skip)

    counts = {}
    for facet in ("kind", "discipline", "country", "status"):
        counts[facet] = Counter()
        for fact in facts:
            if passes(fact, skip=facet):
                counts[facet].update(fact[facet])
    total = sum(1 for fact in facts if passes(fact))
    return {facet: dict(c) for facet, c in counts.items() if c}, total


def shown_counts(outcome):
    return {f.name: {o.value: o.count for o in f.options if o.count} for f in outcome.facets}


def selections(disciplines):
    a, b, _c = disciplines
    return [
        {},
        {"kind": {"designer"}},
        {"kind": {"designer", "programme"}, "country": {"SE"}},
        {"discipline": {a}},
        {"discipline": {a, b}, "country": {"RS"}},
        {"status": {"open", "closing_soon"}},
        {"status": {"closed"}, "country": {"RS", "SE"}},
        {"kind": {"programme"}, "status": {"upcoming"}, "discipline": {b}},
    ]


def test_facet_counts_equal_a_brute_force_count(mixed_pages, time_machine):
    pages, disciplines = mixed_pages
    time_machine.move_to(NOW, tick=False)
    for selected in selections(disciplines):
        outcome = search(WORD.lower(), **selected)
        expected, total = brute_force(pages, selected, NOW)
        assert (shown_counts(outcome), outcome.total) == (expected, total), selected
        assert len(outcome.results) == total


@pytest.mark.parametrize(
    "moment, expected",
    [
        # The "Soon" call's deadline is NOW + 3 days; "Open" NOW + 30 days; "Later" opens
        # NOW + 2 days; "Closed" closed NOW - 1 day.
        (NOW, {"open": 1, "closing_soon": 1, "closed": 1, "upcoming": 1}),
        (
            NOW + timedelta(days=2) - timedelta(seconds=1),
            {"open": 1, "closing_soon": 1, "closed": 1, "upcoming": 1},
        ),
        # "Later" opens at this instant: open from here on.
        (NOW + timedelta(days=2), {"open": 2, "closing_soon": 1, "closed": 1}),
        # One second before the "Soon" deadline it is still closing soon; at it, closed.
        (
            NOW + timedelta(days=3) - timedelta(seconds=1),
            {"open": 2, "closing_soon": 1, "closed": 1},
        ),
        (NOW + timedelta(days=3), {"open": 2, "closed": 2}),
        # "Open" enters its last seven days exactly 7 × 24 h before its deadline.
        (NOW + timedelta(days=23) - timedelta(seconds=1), {"open": 2, "closed": 2}),
        (NOW + timedelta(days=23), {"open": 1, "closing_soon": 1, "closed": 2}),
        (NOW + timedelta(days=30), {"open": 1, "closed": 3}),
    ],
)
def test_status_buckets_follow_the_clock_without_reindexing(
    mixed_pages, time_machine, moment, expected
):
    pages, _disciplines = mixed_pages
    time_machine.move_to(moment, tick=False)
    outcome = search(WORD.lower(), kind=["programme"])
    assert shown_counts(outcome)["status"] == expected
    assert brute_force(pages, {"kind": {"programme"}}, moment)[0]["status"] == expected
    statuses = Counter(result.status for result in outcome.results)
    assert dict(statuses) == expected


def test_open_calls_rank_first_at_the_moment_of_the_search(mixed_pages, time_machine):
    time_machine.move_to(NOW, tick=False)
    outcome = search(WORD.lower(), kind=["programme"])
    order = [result.status for result in outcome.results]
    assert set(order[:2]) == {"open", "closing_soon"}
    assert order[-1] == "closed"


@pytest.fixture
def many_designers(search_backend):
    pages = [add_designer(f"Zarnicorn Maker {number:02d}") for number in range(25)]
    refresh_index()
    return pages


def test_pages_cover_every_result_once(many_designers, client):
    seen = []
    for number in (1, 2, 3):
        response = client.get("/en/search/", {"q": "zarnicorn", "page": number})
        outcome = response.context["outcome"]
        assert outcome.total == 25
        assert outcome.results.number == number
        seen += [result.page.pk for result in outcome.results]
    assert sorted(seen) == sorted(page.pk for page in many_designers)
    beyond = client.get("/en/search/", {"q": "zarnicorn", "page": 40}).context["outcome"]
    assert beyond.results.number == 3
    assert [r.page.pk for r in beyond.results] == seen[20:]
    not_a_number = client.get("/en/search/", {"q": "zarnicorn", "page": "x"}).context["outcome"]
    assert [r.page.pk for r in not_a_number.results] == seen[:10]


# The window is the engine-side path's (the engine's max_result_window): engines only.
@pytest.mark.parametrize("search_backend", ["engine"], indirect=True)
def test_engine_side_paging_stops_at_the_window(many_designers, search_backend, monkeypatch):
    monkeypatch.setattr(service, "MAX_WINDOW", 20)
    outcome = service.search_site("zarnicorn", locale("en"), {}, 7)
    assert outcome.total == 25
    assert outcome.capped
    assert outcome.results.number == 2
    assert len(outcome.results) == 10


def _queries(client, query):
    client.get("/en/search/", {"q": query})  # warm: content types, locales, site
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    return len(queries), response.context["outcome"].total


def test_search_page_queries_do_not_grow_with_the_matches(many_designers, client):
    add_designer("Quorvath Single")
    refresh_index()
    one, found_one = _queries(client, "quorvath")
    many, found_many = _queries(client, "zarnicorn")
    assert (found_one, found_many) == (1, 25)
    assert many == one


def test_a_stale_index_cannot_show_a_page_that_is_no_longer_live(search_backend):
    page = add_designer("Wistfulgrove Stale")
    # A queryset update re-indexes nothing: the external index still holds the page as live.
    DesignerPage.objects.filter(pk=page.pk).update(live=False)
    outcome = search("wistfulgrove")
    assert [result.page.pk for result in outcome.results] == []


# The tiers are the PostgreSQL engine's: the database backend, in the PostgreSQL leg only
# (tests/search/conftest.py leaves this test out on SQLite rather than skipping it).
@pytest.mark.postgres
@pytest.mark.parametrize("search_backend", ["database"], indirect=True)
def test_postgres_ranks_title_matches_then_a_bounded_set_of_body_matches(
    search_backend, monkeypatch
):
    from search.engines import PostgresEngine, get_engine

    assert isinstance(get_engine(), PostgresEngine)
    titled = [add_designer(f"Glimmerwort Studio {n}") for n in range(2)]
    for n in range(6):
        add_designer(f"Body Only {n}", bio="Works with glimmerwort dyes.")
    monkeypatch.setattr(PostgresEngine, "BODY_CANDIDATES", 3)
    outcome = search("glimmerwort")
    assert outcome.total == 5
    assert {r.page.pk for r in list(outcome.results)[:2]} == {p.pk for p in titled}
    assert shown_counts(outcome)["kind"] == {"designer": 5}
