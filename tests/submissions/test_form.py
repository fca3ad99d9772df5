"""The public form: in every language, valid input makes drafts, bad input comes back (400)."""

import pytest
from django.core import mail

from showcase.models import PortfolioSubmission
from tests.conftest import LANGUAGE_VERSIONS
from tests.submissions import imagefiles
from tests.submissions.conftest import counts, form_data, started, tr


@pytest.mark.parametrize("language", LANGUAGE_VERSIONS)
def test_form_renders_in_each_language(client, submit_url, language):
    response = client.get(submit_url(language))
    assert response.status_code == 200
    html = response.content.decode()
    assert tr("Send my portfolio", language) in html
    assert 'enctype="multipart/form-data"' in html
    assert "no-store" in response["Cache-Control"]
    # The discipline choices are named in the visitor's language.
    from languages.localization import localize_all
    from showcase.models import Discipline

    source = Discipline.objects.filter(locale__language_code="en").order_by("slug").first()
    with __import__("django.utils.translation", fromlist=["override"]).override(language):
        localized = localize_all([source])[0].name
    if language == "sr-latn":
        from languages.transliteration import to_latin

        localized = to_latin(localized)
    assert localized in html


def test_valid_submission_creates_drafts_in_the_visitors_locale(client, submit_url):
    response = client.post(submit_url("sv"), form_data(projects=2, images_per_project=2))
    assert response.status_code == 302, response.content.decode()[:2000]
    assert "/sv/submissions/" in response["Location"]

    submission = PortfolioSubmission.objects.get()
    assert submission.language == "sv"
    assert submission.locale.language_code == "sv"
    designer = submission.designer_page
    assert designer.title == "Mila Jovanović"
    assert not designer.live and designer.has_unpublished_changes
    assert designer.get_parent().specific.locale.language_code == "sv"
    assert designer.available_for_mobility
    assert [link.value["kind"] for link in designer.links] == ["website", "instagram"]
    projects = list(submission.project_pages.order_by("pk"))
    assert len(projects) == 2
    assert all(not page.live for page in projects)
    assert projects[0].team_members.get().designer_id == designer.pk
    assert projects[0].cover_alt == "A blue sign on the quay, view 1"
    assert submission.images.count() == 4
    assert {image.collection.name for image in submission.images.all()} == {"Submissions"}
    # Stored under a random name: the original file name is nobody's business.
    assert all("IMG_" not in image.file.name for image in submission.images.all())

    assert len(mail.outbox) >= 1
    confirmation = [m for m in mail.outbox if m.to == ["mila@example.org"]]
    assert len(confirmation) == 1
    assert "/sv/submissions/" in confirmation[0].body
    assert confirmation[0].subject == tr("We received your portfolio", "sv", escape=False)


def test_text_is_stored_as_text_and_escaped_when_shown(client, submit_url):
    description = "Tom & Jerry > Itchy & Scratchy\n\nCats & mice <3 each other"
    data = form_data(**{"project-0-description": description})
    assert client.post(submit_url(), data).status_code == 302
    page = PortfolioSubmission.objects.get().project_pages.get()
    assert page.summary == "Tom & Jerry > Itchy & Scratchy"
    paragraph = page.body[0].value.source
    assert paragraph == "<p>Cats &amp; mice &lt;3 each other</p>"


@pytest.mark.parametrize(
    ("overrides", "field_id", "message"),
    [
        (
            {"consent_privacy": None},
            "id_consent_privacy",
            "Please agree to the privacy notice to send your portfolio.",
        ),
        ({"email": "mila-at-example"}, "id_email", "Enter a valid email address."),
        (
            {"short_bio": "<script>alert(1)</script> Hi"},
            "id_short_bio",
            "Please write plain text: remove anything that looks like HTML or code (“<…>”).",
        ),
        (
            {"name": "M" * 121},
            "id_name",
            (
                "Ensure this value has at most %(limit_value)d character (it has %(show_value)d).",
                "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).",
                120,
            ),
        ),
        (
            {"links": "javascript:alert(1)"},
            "id_links",
            "“%(value)s” is not a web address (it should start with https://).",
        ),
        (
            {"project-0-alt_0": ""},
            "id_project-0-alt_0",
            "Describe this image for people who cannot see it.",
        ),
        (
            {"project-0-image_0": None, "project-0-alt_0": None},
            "id_project-0-image_0",
            "Add at least one image of this project.",
        ),
        (
            {"project-0-image_0": imagefiles.upload(imagefiles.SVG_WITH_SCRIPT, "cat.jpg")},
            "id_project-0-image_0",
            "This file is not a JPEG, PNG or WebP image (whatever its name says).",
        ),
        (
            {"project-0-image_0": imagefiles.upload(imagefiles.HTML_PAGE, "cat.jpg")},
            "id_project-0-image_0",
            "This file is not a JPEG, PNG or WebP image (whatever its name says).",
        ),
        (
            {"project-0-image_0": imagefiles.upload(imagefiles.truncated_jpeg())},
            "id_project-0-image_0",
            "This image is damaged or incomplete and cannot be read.",
        ),
        (
            {"project-0-image_0": imagefiles.upload(imagefiles.decompression_bomb(), "b.png")},
            "id_project-0-image_0",
            "This image has too many pixels (at most %(limit)s megapixels, all frames together).",
        ),
        (
            {"project-0-image_0": imagefiles.upload(imagefiles.polyglot_jpeg_html())},
            "id_project-0-image_0",
            "This image contains web page code, so it cannot be accepted. Export it again.",
        ),
        (
            {"project-0-year": "1800"},
            "id_project-0-year",
            "Ensure this value is greater than or equal to %(limit_value)s.",
        ),
        ({"website": "http://spam.example"}, None, "Please leave this field empty."),
    ],
    ids=[
        "missing-consent",
        "invalid-email",
        "markup",
        "too-long",
        "bad-link",
        "missing-alt",
        "no-image",
        "svg-as-jpg",
        "html-as-jpg",
        "truncated",
        "bomb",
        "polyglot",
        "bad-year",
        "honeypot",
    ],
)
def test_bad_input_returns_the_form_with_a_translated_message(
    client, submit_url, overrides, field_id, message
):
    before = counts()
    data = form_data(**overrides)
    response = client.post(submit_url("sv"), data)
    html = response.content.decode()
    assert response.status_code == 400
    params = {
        "value": "javascript:alert(1)",
        "limit": 25,  # SUBMISSION_MAX_IMAGE_PIXELS in megapixels
        "limit_value": 120 if isinstance(message, tuple) else 1950,
        "show_value": 121,
    }
    wording = message[1] if isinstance(message, tuple) else message
    expected = tr(message, "sv", **{k: v for k, v in params.items() if f"%({k})" in wording})
    assert expected in html
    if field_id:  # the message stands by its field
        assert f'id="{field_id}"' in html
        assert f'id="{field_id}_error"' in html
    # What the visitor typed comes back (files excepted).
    assert 'value="Novi Sad"' in html
    assert "I design posters and signage" in html or "short_bio" in overrides
    assert counts() == before


def test_too_many_projects_is_refused(client, submit_url):
    before = counts()
    data = form_data(projects=1, **{"project-TOTAL_FORMS": "6"})
    response = client.post(submit_url("sv"), data)
    assert response.status_code == 400
    assert counts() == before


def test_too_many_images_in_all_is_refused(client, submit_url, settings):
    settings.SUBMISSION_MAX_IMAGES = 2
    before = counts()
    response = client.post(submit_url("en"), form_data(projects=1, images_per_project=3))
    assert response.status_code == 400
    assert "Please send at most 2 images in all." in response.content.decode()
    assert counts() == before


def test_files_too_large_are_refused(client, submit_url, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 2_000
    before = counts()
    big = imagefiles.upload(imagefiles.jpeg_with_gps(size=(400, 400)))
    response = client.post(submit_url("en"), form_data(**{"project-0-image_0": big}))
    assert response.status_code == 400
    assert "images can be at most 2.0" in response.content.decode()
    assert counts() == before


def test_form_sent_too_fast_comes_back_and_works_the_second_time(client, submit_url, settings):
    settings.SUBMISSION_MIN_FILL_SECONDS = 5
    data = form_data(started=started(seconds_ago=1))
    response = client.post(submit_url("en"), data)
    assert response.status_code == 400
    assert "That was very fast" in response.content.decode()
    assert not PortfolioSubmission.objects.exists()


def test_forged_start_time_is_refused(client, submit_url):
    response = client.post(submit_url("en"), form_data(started="1700000000"))
    assert response.status_code == 400
    assert not PortfolioSubmission.objects.exists()


@pytest.mark.parametrize("language", ["sr", "sr-latn"])
def test_serbian_in_latin_is_kept_as_written_and_flagged(client, submit_url, language):
    data = form_data(
        short_bio="Dizajniram plakate i signalizaciju za javne prostore.",
        city="Нови Сад",
    )
    response = client.post(submit_url(language), data)
    assert response.status_code == 302
    submission = PortfolioSubmission.objects.get()
    assert submission.locale.language_code == "sr"
    assert submission.language == language
    designer = submission.designer_page
    assert designer.short_bio == "Dizajniram plakate i signalizaciju za javne prostore."
    assert designer.city == "Нови Сад"
    assert "short_bio" in submission.latin_script_fields
    assert "city" not in submission.latin_script_fields
    assert designer.slug == "mila-jovanovic"


def test_rate_limit_per_email_answers_429_translated(client, submit_url, settings):
    settings.SUBMISSION_RATE_PER_EMAIL = "1/d"
    assert client.post(submit_url("sv"), form_data()).status_code == 302
    response = client.post(submit_url("sv"), form_data())
    assert response.status_code == 429
    assert tr("Too many submissions", "sv") in response.content.decode()
    assert PortfolioSubmission.objects.count() == 1


def test_rate_limit_per_ip_answers_429(client, submit_url, settings):
    settings.SUBMISSION_RATE_PER_IP = "2/h"
    for _attempt in range(2):
        assert client.post(submit_url("en"), form_data(email="")).status_code == 400
    response = client.post(submit_url("en"), form_data())
    assert response.status_code == 429
    assert "Too many submissions" in response.content.decode()
    assert not PortfolioSubmission.objects.exists()
