"""The submitter's private link: status, expiry, tampering, download, withdrawal, purge."""

import io
import json
import time
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.images import get_image_model
from wagtail.models import Page, PageLogEntry

from showcase.models import PortfolioSubmission
from showcase.submissions.tokens import make_token
from tests.submissions.conftest import form_data, tr


@pytest.fixture
def submission(client, submit_url):
    response = client.post(submit_url("sv"), form_data(projects=2, images_per_project=2))
    assert response.status_code == 302
    return PortfolioSubmission.objects.get()


def link(submission, name="submission_status", language="sv"):
    with translation.override(language):
        return reverse(name, kwargs={"token": make_token(submission)})


def test_confirmation_redirect_shows_status_and_thanks(client, submission):
    response = client.get(link(submission) + "?sent=1")
    html = response.content.decode()
    assert response.status_code == 200
    assert tr("We received your portfolio", "sv") in html
    assert tr("In review", "sv") in html
    from showcase.models import PortfolioSubmissionPage

    thanks = PortfolioSubmissionPage.objects.get(locale__language_code="sv").thank_you_text
    assert thanks.startswith("Tack") and thanks in html  # the editors' own words, in Swedish
    assert "Mila Jovanović" in html
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert response["Referrer-Policy"] == "no-referrer"
    assert "no-store" in response["Cache-Control"]


def test_status_page_in_serbian_latin(client, submission):
    response = client.get(link(submission, language="sr-latn"))
    assert response.status_code == 200
    assert tr("Your submission", "sr-latn") in response.content.decode()


def test_expired_link_says_so(client, submission, settings):
    url = link(submission)
    settings.SUBMISSION_LINK_MAX_AGE = 60
    with pytest.MonkeyPatch.context() as patch:
        real_time = time.time
        patch.setattr(time, "time", lambda: real_time() + 61)
        response = client.get(url)
    assert response.status_code == 410
    assert tr("This link has expired", "sv") in response.content.decode()


@pytest.mark.parametrize(
    "tamper",
    [
        lambda token: token[:-1] + ("A" if token[-1] != "A" else "B"),
        lambda token: token.replace(token.split(":")[0], token.split(":")[0][::-1]),
        lambda token: "not-a-token",
    ],
    ids=["signature", "payload", "garbage"],
)
def test_tampered_link_does_not_work(client, submission, tamper):
    token = make_token(submission)
    with translation.override("sv"):
        url = reverse("submission_status", kwargs={"token": tamper(token)})
    response = client.get(url)
    assert response.status_code == 404
    assert tr("This link does not work", "sv") in response.content.decode()
    assert client.get(url + "download/").status_code == 404


def test_download_has_the_json_and_the_images(client, submission):
    response = client.get(link(submission, "submission_download"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert "attachment" in response["Content-Disposition"]
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    data = json.loads(archive.read("submission.json"))
    assert data["name"] == "Mila Jovanović"
    assert data["email"] == "mila@example.org"
    assert data["projects"][1]["images"][1]["alt"] == "A blue sign on the quay, view 2"
    files = [entry["file"] for project in data["projects"] for entry in project["images"]]
    assert len(files) == 4
    for name in files:
        assert archive.read(name)[:3] == b"\xff\xd8\xff"  # the stored (clean) JPEG
    assert "image" not in data["projects"][0]["images"][0]  # no internal ids


def test_withdrawal_erases_pages_images_files_and_personal_data(client, submission):
    pages = [page.pk for page in submission.pages()]
    images = list(submission.images.all())
    files = [Path(settings.MEDIA_ROOT) / image.file.name for image in images]
    assert all(path.exists() for path in files)

    confirm = client.get(link(submission, "submission_withdraw"))
    assert confirm.status_code == 200
    assert tr("Withdraw and delete", "sv") in confirm.content.decode()
    assert Page.objects.filter(pk__in=pages).count() == 3  # GET changes nothing

    response = client.post(link(submission, "submission_withdraw"))
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.withdrawn_at is not None
    assert submission.name == submission.email == ""
    assert submission.submitted_data == {}
    assert not Page.objects.filter(pk__in=pages).exists()
    assert not get_image_model().objects.filter(pk__in=[i.pk for i in images]).exists()
    assert not PageLogEntry.objects.filter(page_id__in=pages).exists()
    assert submission.status == PortfolioSubmission.Status.WITHDRAWN

    status = client.get(link(submission))
    assert status.status_code == 200
    withdrawn = (
        "You withdrew this submission. Its pages, images and your personal data have been deleted."
    )
    assert tr(withdrawn, "sv") in status.content.decode()
    assert "Mila" not in status.content.decode()


def test_withdrawal_deletes_image_files_after_commit(
    client, submission, django_capture_on_commit_callbacks
):
    files = [Path(settings.MEDIA_ROOT) / image.file.name for image in submission.images.all()]
    with django_capture_on_commit_callbacks(execute=True):
        client.post(link(submission, "submission_withdraw"))
    assert not any(path.exists() for path in files)


def test_withdrawing_a_published_submission_takes_it_offline(client, submission):
    designer = submission.designer_page
    designer.get_latest_revision().publish()
    url = designer.get_url()
    assert client.get(url).status_code == 200
    client.post(link(submission, "submission_withdraw"))
    assert client.get(url).status_code == 404


def test_purge_removes_old_withdrawn_and_rejected_submissions(client, submission, submit_url):
    from showcase.submissions.services import withdraw

    withdraw(submission)
    old = timezone.now() - timedelta(days=40)
    PortfolioSubmission.objects.filter(pk=submission.pk).update(withdrawn_at=old)

    assert client.post(submit_url("en"), form_data(email="ana@example.org")).status_code == 302
    rejected = PortfolioSubmission.objects.get(email="ana@example.org")
    rejected_pages = [page.pk for page in rejected.pages()]
    PortfolioSubmission.objects.filter(pk=rejected.pk).update(rejected_at=old)

    assert client.post(submit_url("en"), form_data(email="new@example.org")).status_code == 302
    recent = PortfolioSubmission.objects.get(email="new@example.org")
    PortfolioSubmission.objects.filter(pk=recent.pk).update(rejected_at=timezone.now())

    out = io.StringIO()
    call_command("purge_submissions", "--days", "30", "--dry-run", stdout=out)
    assert "Would purge 2" in out.getvalue()
    assert PortfolioSubmission.objects.count() == 3

    call_command("purge_submissions", "--days", "30", stdout=io.StringIO())
    assert list(PortfolioSubmission.objects.all()) == [recent]
    assert not Page.objects.filter(pk__in=rejected_pages).exists()
    # Its link now leads nowhere.
    assert client.get(link(submission)).status_code == 404
