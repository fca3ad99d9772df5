"""Listings sort, show their filters as removable chips, and keep one tidy URL per listing
(issue #13)."""

import re

import pytest

from programmes.models import ProgrammeIndexPage
from showcase.models import DesignerIndexPage, Discipline, ProjectIndexPage
from tests.listings.test_listings import count_queries, index_url


def titles(response):
    return [item.title for item in response.context["items"].object_list]


def test_empty_parameters_and_the_default_order_redirect_to_the_tidy_url(client, demo):
    url = index_url(DesignerIndexPage)
    response = client.get(f"{url}?discipline=&country=SE&collaboration=&sort=name")
    assert response.status_code == 302
    assert response["Location"] == f"{url}?country=SE"
    response = client.get(f"{url}?country=&sort=name")
    assert response.status_code == 302
    assert response["Location"] == url
    assert client.get(f"{url}?country=SE").status_code == 200


@pytest.mark.parametrize(
    ("model", "sort", "key"),
    [
        (DesignerIndexPage, "", lambda titles: sorted(titles)),
        (ProjectIndexPage, "name", lambda titles: sorted(titles)),
        (ProgrammeIndexPage, "name", lambda titles: sorted(titles)),
    ],
)
def test_sorting_by_name(client, demo, model, sort, key):
    url = index_url(model) + (f"?sort={sort}" if sort else "")
    shown = titles(client.get(url))
    assert len(shown) > 2
    assert shown == key(shown)


def test_sorting_changes_the_order_and_keeps_the_total(client, demo):
    url = index_url(ProjectIndexPage)
    newest = client.get(url)
    by_name = client.get(f"{url}?sort=name")
    assert titles(newest) != titles(by_name)
    assert newest.context["items"].paginator.count == by_name.context["items"].paginator.count
    years = [item.year for item in newest.context["items"].object_list]
    assert years == sorted(years, reverse=True)


def test_an_unknown_sort_is_ignored(client, demo):
    url = index_url(ProjectIndexPage)
    response = client.get(f"{url}?sort=price")
    assert response.status_code == 200
    assert titles(response) == titles(client.get(url))


def test_the_sort_is_not_a_filter(client, demo):
    response = client.get(index_url(ProjectIndexPage) + "?sort=name")
    assert response.context["filter_chips"] == []
    assert "Filtered by" not in response.content.decode()


def test_each_active_filter_is_a_chip_that_removes_it(client, demo):
    discipline = Discipline.objects.filter(locale__language_code="en").order_by("slug").first()
    url = index_url(DesignerIndexPage)
    response = client.get(f"{url}?discipline={discipline.slug}&mobility=on&page=1")
    chips = {chip["label"]: chip for chip in response.context["filter_chips"]}
    assert chips["Discipline"]["value"] == discipline.name
    assert chips["Discipline"]["query"] == "mobility=on"
    assert chips["Available for mobility"]["query"] == f"discipline={discipline.slug}"
    html = response.content.decode()
    assert f'href="{url}?mobility=on"' in html
    assert html.count("(remove this filter)") == 2


def test_sorted_listing_keeps_a_flat_query_count(client, demo):
    url = index_url(DesignerIndexPage)
    few, few_items = count_queries(client, f"{url}?country=SE&sort=newest")
    many, many_items = count_queries(client, f"{url}?sort=newest")
    assert many_items > few_items
    assert many == few


def test_the_filter_form_offers_the_listings_orders(client, demo):
    html = client.get(index_url(ProgrammeIndexPage)).content.decode()
    select = re.search(r'<select name="sort"[^>]*>(.*?)</select>', html, re.S)
    assert select, "the programmes listing has a sort choice"
    assert re.findall(r'value="([^"]+)"', select.group(1)) == ["deadline", "newest", "name"]
    assert 'data-default="deadline"' in html


def test_the_programmes_listing_is_tidied_too_and_its_feeds_still_answer(client, demo):
    url = index_url(ProgrammeIndexPage)
    response = client.get(f"{url}?kind=&status=open&sort=deadline")
    assert response.status_code == 302
    assert response["Location"] == f"{url}?status=open"
    assert client.get(f"{url}feeds/rss/").status_code == 200
