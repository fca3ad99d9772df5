"""Privacy answered from the derived cache (caching/wagtail_patches/privacy.py) is never older
than the last change: a page made private leaves listings and asks for its password at once,
and aliases still take their source page's restrictions."""

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from caching.public_request import public_request
from caching.wagtail_patches import privacy
from showcase.models import DesignerIndexPage, DesignerPage
from tests.conftest import url_in


def designers_index():
    return DesignerIndexPage.objects.get(locale__language_code="en")


def restrict(page, capture):
    with capture(execute=True):
        return PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
        )


def listed_ids(url):
    response = Client().get(url)
    assert response.status_code == 200
    return [item.pk for item in response.context["items"]]


def test_a_page_made_private_leaves_the_cached_listing_and_asks_for_its_password(
    demo, derived_cache_on, django_capture_on_commit_callbacks
):
    designer = DesignerPage.objects.live().filter(locale__language_code="en").order_by("title")[0]
    index_url = url_in(designers_index(), "en")
    page_url = url_in(designer, "en")
    assert designer.pk in listed_ids(index_url)
    assert Client().get(page_url).status_code == 200

    restriction = restrict(designer, django_capture_on_commit_callbacks)

    assert designer.pk not in listed_ids(index_url)
    response = Client().get(page_url)
    assert response.status_code == 200  # Wagtail's password form, not the profile
    assert 'name="password"' in response.content.decode()
    assert designer.short_bio not in response.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert designer.pk in listed_ids(index_url)
    assert designer.short_bio in Client().get(page_url).content.decode()


def test_a_private_section_hides_its_descendants(
    demo, derived_cache_on, django_capture_on_commit_callbacks
):
    index = designers_index()
    restrict(index, django_capture_on_commit_callbacks)
    designer = DesignerPage.objects.live().child_of(index).order_by("title")[0]

    response = Client().get(url_in(designer, "en"))
    assert 'name="password"' in response.content.decode()
    with public_request(object()):
        assert not DesignerPage.objects.live().public().filter(pk=designer.pk).exists()
    assert not DesignerPage.objects.live().public().filter(pk=designer.pk).exists()


def test_cached_and_wagtail_filters_agree(
    demo, derived_cache_on, django_capture_on_commit_callbacks
):
    index = designers_index()
    restricted = DesignerPage.objects.live().child_of(index).order_by("title")[:2]
    for page in restricted:
        restrict(page, django_capture_on_commit_callbacks)

    wagtail_public = set(Page.objects.live().public().values_list("pk", flat=True))
    with public_request(object()):
        cached_public = set(Page.objects.live().public().values_list("pk", flat=True))
    assert cached_public == wagtail_public
    assert not {page.pk for page in restricted} & cached_public


def test_an_alias_of_a_private_page_keeps_its_restriction(
    demo, derived_cache_on, django_capture_on_commit_callbacks
):
    designer = DesignerPage.objects.live().filter(locale__language_code="en").order_by("title")[0]
    restrict(designer, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        alias = designer.create_alias(update_slug=f"{designer.slug}-alias")

    # The alias's own path shows no restriction: only its source page carries one.
    with public_request(object()):
        assert list(alias.get_view_restrictions()) == list(designer.get_view_restrictions())
        assert alias.get_view_restrictions().exists()
    response = Client().get(url_in(alias, "en"))
    assert 'name="password"' in response.content.decode()


def test_serving_a_public_page_reads_no_restrictions(demo, derived_cache_on):
    designer = DesignerPage.objects.live().filter(locale__language_code="en").order_by("title")[0]
    url = url_in(designer, "en")
    Client().get(url)  # fills the derived cache
    with CaptureQueriesContext(connection) as queries:
        assert Client().get(url).status_code == 200
    tables = " ".join(query["sql"] for query in queries.captured_queries)
    assert "wagtailcore_pageviewrestriction" not in tables
    assert '"wagtailcore_site"' not in tables


def test_outside_a_visitors_request_wagtail_reads_the_database(demo, derived_cache_on):
    designer = DesignerPage.objects.live().filter(locale__language_code="en").order_by("title")[0]
    with CaptureQueriesContext(connection) as queries:
        list(designer.get_view_restrictions())
    assert any("wagtailcore_pageviewrestriction" in q["sql"] for q in queries.captured_queries)
    assert privacy.wagtail_get_view_restrictions is not Page.get_view_restrictions
