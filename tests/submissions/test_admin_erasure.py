"""Deleting a submission in the admin erases what it made; nobody adds one by hand (issue #11)."""

from django.test import Client
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import Page, PageLogEntry

from showcase.models import PortfolioSubmission
from tests.submissions.conftest import form_data


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def test_deleting_a_submission_in_the_admin_erases_its_pages_images_and_data(
    client, submit_url, admin_user, django_capture_on_commit_callbacks
):
    data = form_data(projects=2)
    assert client.post(submit_url("sv"), data).status_code == 302
    submission = PortfolioSubmission.objects.get()
    page_ids = [page.pk for page in submission.pages()]
    image_ids = list(submission.images.values_list("pk", flat=True))
    assert len(page_ids) == 3 and image_ids

    with django_capture_on_commit_callbacks(execute=True):
        response = logged_in(admin_user).post(
            reverse("portfolio_submissions:delete", args=[submission.pk])
        )

    assert response.status_code == 302
    assert not PortfolioSubmission.objects.filter(pk=submission.pk).exists()
    assert not Page.objects.filter(pk__in=page_ids).exists()
    assert not get_image_model().objects.filter(pk__in=image_ids).exists()
    assert not Page.objects.filter(title=data["name"]).exists()
    assert not PageLogEntry.objects.filter(page_id__in=page_ids).exists()


def test_the_admin_offers_no_way_to_add_a_submission_by_hand(demo, admin_user):
    admin = logged_in(admin_user)
    add_url = reverse("portfolio_submissions:add")

    response = admin.get(add_url)
    assert response.status_code == 302  # Wagtail's "permission denied": back to the dashboard
    assert admin.post(add_url, {"latin_script_fields": "[]"}).status_code == 302
    assert not PortfolioSubmission.objects.exists()
    index = admin.get(reverse("portfolio_submissions:index"))
    assert index.status_code == 200
    assert add_url not in index.content.decode()
