"""Listing pages filter, paginate, survive garbage in the query string, and keep a flat query
count whatever the number of items shown."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from programmes.models import ProgrammeIndexPage
from showcase.models import DesignerIndexPage, DesignerPage, ProjectIndexPage, ProjectPage
from tests.conftest import LANGUAGE_VERSIONS, url_in

INDEXES = [DesignerIndexPage, ProjectIndexPage, ProgrammeIndexPage]

GARBAGE = [
    "page=abc",
    "page=-1",
    "page=0",
    "page=99999999999999999999",
    "page=1.5",
    "year=x",
    "year=99999999999999999999",
    "discipline=no-such-discipline",
    "discipline=%00",
    "theme=%E2%80%AE",
    "country=ZZ",
    "country=<script>alert(1)</script>",
    "kind=teleportation",
    "status=maybe",
    "collaboration=perhaps",
    "mobility[]=1",
    "discipline=a&discipline=b",
    "q=" + "x" * 5000,
]
# Real filters among the garbage: the listing narrows to them instead of ignoring them.
VALID_AMONG_GARBAGE = "page=2&year=2020&discipline=graphic-design&country=SE"


def index_url(model, language="en"):
    return url_in(model.objects.get(locale__language_code="en"), language)


@pytest.mark.parametrize("query", [*GARBAGE, VALID_AMONG_GARBAGE])
@pytest.mark.parametrize("model", INDEXES, ids=lambda m: m.__name__)
def test_garbage_in_the_query_string_never_gives_a_500(client, demo, model, query):
    index = model.objects.get(locale__language_code="en")
    everything = client.get(index_url(model)).context["items"].paginator.count
    response = client.get(f"{index_url(model)}?{query}")
    assert response.status_code == 200
    # The listing itself, not an error page: its title and its items, the garbage ignored
    # (only the real filters among it narrow the list).
    assert index.title in response.content.decode()
    items = response.context["items"]
    assert items.paginator.count <= everything
    if query != VALID_AMONG_GARBAGE:
        assert len(items.object_list) > 0


def test_invalid_filter_is_ignored(client, demo):
    url = index_url(ProjectIndexPage)
    everything = client.get(url).context["items"].paginator.count
    assert client.get(url + "?year=x").context["items"].paginator.count == everything
    assert client.get(url + "?year=1700").context["items"].paginator.count == everything


def test_designers_filter_by_discipline_country_and_flags(client, demo):
    url = index_url(DesignerIndexPage)
    english = DesignerPage.objects.live().filter(locale__language_code="en")

    swedish = client.get(url + "?country=SE").context["items"].paginator.count
    assert swedish == english.filter(country="SE").count() > 0

    mobile = client.get(url + "?mobility=on").context["items"].paginator.count
    assert mobile == english.filter(available_for_mobility=True).count() > 0

    designer = english.filter(disciplines__isnull=False).first()
    slug = designer.disciplines.first().slug
    page = client.get(url + f"?discipline={slug}").context["items"]
    assert designer.pk in [item.pk for item in page.object_list]
    assert all(slug in [d.slug for d in item.disciplines.all()] for item in page.object_list)


def test_projects_filter_by_year_theme_and_country(client, demo):
    url = index_url(ProjectIndexPage)
    english = ProjectPage.objects.live().filter(locale__language_code="en")
    project = english.first()
    year_count = client.get(url + f"?year={project.year}").context["items"].paginator.count
    assert year_count == english.filter(year=project.year).count()

    theme = project.themes.first()
    themed = client.get(url + f"?theme={theme.slug}").context["items"]
    assert themed.paginator.count == english.filter(themes__slug=theme.slug).count()


@pytest.mark.parametrize("language", LANGUAGE_VERSIONS)
def test_filters_work_in_every_language(client, demo, language):
    url = index_url(DesignerIndexPage, language)
    everything = client.get(url).context["items"].paginator.count
    filtered = client.get(url + "?country=RS").context["items"].paginator.count
    assert 0 < filtered < everything


def test_pagination_keeps_filters_and_handles_out_of_range(client, demo):
    index = DesignerIndexPage.objects.get(locale__language_code="en")
    url = index_url(DesignerIndexPage)
    total = client.get(url).context["items"].paginator.count
    assert total > index.per_page, "the demo should have more designers than one page holds"
    last = client.get(url + "?page=9999").context["items"]
    assert last.number == last.paginator.num_pages
    html = client.get(url + "?country=RS&page=1").content.decode()
    if client.get(url + "?country=RS").context["items"].has_next():
        assert "country=RS&amp;page=2" in html


def count_queries(client, url):
    client.get(url)  # warm caches and renditions first
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), len(response.context["items"].object_list)


@pytest.mark.parametrize(
    ("model", "narrow_filter"),
    [
        (DesignerIndexPage, "country=SE"),
        (ProjectIndexPage, "country=SE"),
        (ProgrammeIndexPage, "status=closed"),
    ],
    ids=["designers", "projects", "programmes"],
)
@pytest.mark.parametrize("language", ["en", "sr"])
def test_listing_query_count_does_not_grow_with_items_shown(
    client, demo, model, narrow_filter, language
):
    url = index_url(model, language)
    few_queries, few_items = count_queries(client, f"{url}?{narrow_filter}")
    many_queries, many_items = count_queries(client, url)
    assert many_items > few_items >= 1
    assert many_queries == few_queries
