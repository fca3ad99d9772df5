"""Nothing of a submission is public before it is approved: pages, API, images, sitemap, search."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from showcase.models import PortfolioSubmission
from tests.submissions.conftest import form_data

SECRET_NAME = "Zora Tajnović"
SECRET_TITLE = "Unpublished Lantern Study"


def public_image_ids(client):
    ids, offset, total = set(), 0, 1
    while offset < total:
        data = client.get(f"/api/v2/images/?limit=50&offset={offset}").json()
        total = data["meta"]["total_count"]
        ids |= {item["id"] for item in data["items"]}
        offset += 50
    return ids


@pytest.fixture
def submission(client, submit_url):
    data = form_data(name=SECRET_NAME, **{"project-0-title": SECRET_TITLE})
    assert client.post(submit_url("en"), data).status_code == 302
    return PortfolioSubmission.objects.get()


def test_draft_pages_do_not_answer_publicly(client, submission):
    for page in submission.pages():
        url = page.get_url()  # the URL it will have once published
        assert client.get(url).status_code == 404


def test_api_shows_neither_pages_nor_images(client, submission):
    for query in ("", "?type=showcase.DesignerPage", "?type=showcase.ProjectPage",
                  f"?search={SECRET_TITLE.split()[1]}"):  # fmt: skip
        items = client.get(f"/api/v2/pages/{query}&limit=50".replace("/&", "/?")).json()["items"]
        assert SECRET_NAME not in str(items) and SECRET_TITLE not in str(items)
    for page in submission.pages():
        assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404
    ids = public_image_ids(client)
    for image in submission.images.all():
        assert image.pk not in ids
        assert client.get(f"/api/v2/images/{image.pk}/").status_code == 404


def test_sitemap_does_not_list_submissions(client, submission, submission_page):
    xml = client.get(reverse("sitemap")).content.decode()
    for page in submission.pages():
        assert f"/{page.slug}/" not in xml
    assert "/en/submit/" in xml  # the call for portfolios itself is public


def test_site_search_does_not_find_drafts(client, submission):
    # The API's search goes through the search backend with the live/public filter.
    items = client.get("/api/v2/pages/?search=Lantern").json()["items"]
    assert SECRET_TITLE not in [item["title"] for item in items]


def test_images_become_public_once_the_page_is_published(client, submission):
    designer = submission.designer_page
    project = submission.project_pages.get()
    for page in (designer, project):
        page.get_latest_revision().publish()
    ids = public_image_ids(client)
    assert project.cover_image_id in ids
    assert Page.objects.get(pk=project.pk).live
