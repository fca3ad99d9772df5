"""Images survive a validation error: held on the server, signed, reused, swept (issue #13)."""

import os
import re
import time
from io import BytesIO, StringIO

import pytest
from django.core import signing
from django.core.management import call_command
from PIL import Image

from showcase.models import PortfolioSubmission
from showcase.submissions import held_uploads
from tests.submissions import imagefiles
from tests.submissions.conftest import counts, form_data, held_files, tr

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_held_files():
    # Media storage lasts the session; each test starts with no held image of another test.
    for path in held_files():
        path.unlink()
    yield


HELD_INPUT = re.compile(r'name="(?P<name>[\w-]*held[\w-]*)" value="(?P<value>[^"]+)"')


def held_tokens(html):
    return {match["name"]: match["value"] for match in HELD_INPUT.finditer(html)}


def refused_with_kept_image(client, url, **overrides):
    """Post a valid image with a mistake elsewhere; return the 400 page's held references."""
    response = client.post(url, form_data(**overrides))
    assert response.status_code == 400
    return response, held_tokens(response.content.decode())


def test_an_error_elsewhere_keeps_the_chosen_image_held_and_previewed(client, submit_url):
    before = counts()
    response, tokens = refused_with_kept_image(client, submit_url("sv"), name="")
    html = response.content.decode()
    assert list(tokens) == ["project-0-held_0"]
    assert tr("Kept from your last attempt. Choose another file only to replace it.", "sv") in html
    assert counts() == before  # no page, image row, record or stored image
    [held_file] = held_files()
    assert held_file.name.startswith("sub-")
    # The preview is the cleaned image: no GPS, no comment (it was decoded and encoded again).
    preview = re.search(r'<img src="(/sv/submissions/held/[^"]+/)"', html)[1]
    answer = client.get(preview)
    assert answer.status_code == 200
    assert answer["Content-Type"] == "image/jpeg"
    assert "no-store" in answer["Cache-Control"]
    assert answer["Referrer-Policy"] == "no-referrer"
    shown = Image.open(BytesIO(answer.content))
    assert not shown.getexif() and "comment" not in shown.info
    assert answer.content == held_file.read_bytes()


def test_the_next_post_reuses_the_held_image_and_releases_it(client, submit_url):
    _response, tokens = refused_with_kept_image(client, submit_url("en"), name="")
    data = form_data(**{"project-0-image_0": None, **tokens})
    response = client.post(submit_url("en"), data)
    assert response.status_code == 302
    submission = PortfolioSubmission.objects.get()
    [image] = submission.images.all()
    assert image.file.name.startswith("original_images/sub-")
    assert image.description == "A blue sign on the quay, view 1"
    assert held_files() == []  # the submission stored its own copy


def test_a_new_file_replaces_the_held_one(client, submit_url):
    _response, tokens = refused_with_kept_image(client, submit_url("en"), name="")
    replacement = imagefiles.upload(imagefiles.jpeg_with_gps(size=(80, 40)), "other.jpg")
    data = form_data(**{"project-0-image_0": replacement, **tokens})
    assert client.post(submit_url("en"), data).status_code == 302
    [image] = PortfolioSubmission.objects.get().images.all()
    assert {image.width, image.height} == {80, 40}


def tampered_tokens(token):
    value = signing.loads(token, salt=held_uploads.SALT)
    outside = signing.dumps({**value, "f": "original_images/demo.jpg"}, salt=held_uploads.SALT)
    return {
        "edited": token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB"),
        "garbage": "not-a-reference",
        "other salt": signing.dumps(value, salt="something.else"),
        "outside the held folder": outside,
    }


@pytest.mark.parametrize("kind", ["edited", "garbage", "other salt", "outside the held folder"])
def test_a_tampered_reference_is_refused_with_a_translated_message(client, submit_url, kind):
    _response, tokens = refused_with_kept_image(client, submit_url("sv"), name="")
    bad = tampered_tokens(tokens["project-0-held_0"])[kind]
    before = counts()
    data = form_data(**{"project-0-image_0": None, "project-0-held_0": bad})
    response = client.post(submit_url("sv"), data)
    html = response.content.decode()
    assert response.status_code == 400
    message = (
        "The image you chose earlier could not be recognised (the form was changed). "
        "Please choose the image again."
    )
    assert tr(message, "sv") in html
    assert 'id="id_project-0-image_0_error"' in html
    assert bad not in html  # the bad reference is not handed back
    assert 'value="Novi Sad"' in html  # what was typed is kept
    assert counts() == before
    assert client.get(f"/sv/submissions/held/{bad}/").status_code == 404


def test_a_swept_held_image_asks_to_be_chosen_again(client, submit_url):
    _response, tokens = refused_with_kept_image(client, submit_url("sv"), name="")
    for path in held_files():
        path.unlink()
    data = form_data(**{"project-0-image_0": None, **tokens})
    response = client.post(submit_url("sv"), data)
    assert response.status_code == 400
    message = "The image you chose earlier is no longer kept for this form. Please choose it again."
    assert tr(message, "sv") in response.content.decode()
    assert not PortfolioSubmission.objects.exists()


def test_the_sweep_deletes_held_images_once_their_form_has_expired(client, submit_url, settings):
    refused_with_kept_image(client, submit_url("en"), name="")
    refused_with_kept_image(client, submit_url("en"), email="")
    old, young = held_files()
    expired = time.time() - settings.SUBMISSION_FORM_MAX_AGE - 60
    os.utime(old, (expired, expired))
    call_command("sweep_submission_files", stdout=StringIO())
    assert held_files() == [young]


def test_held_images_count_in_the_totals_of_the_next_post(client, submit_url, settings):
    _response, tokens = refused_with_kept_image(client, submit_url("en"), name="")
    settings.SUBMISSION_MAX_IMAGES = 1
    data = form_data(**{"project-0-image_1": imagefiles.upload(imagefiles.jpeg_with_gps())})
    data.update(tokens, **{"project-0-alt_1": "A second view"})
    del data["project-0-image_0"]
    response = client.post(submit_url("en"), data)
    assert response.status_code == 400
    assert "Please send at most 1 image in all." in response.content.decode()


def test_a_portrait_is_optional_and_its_description_required(client, submit_url):
    portrait = imagefiles.upload(imagefiles.jpeg_with_gps(size=(60, 60)), "me.jpg")
    response = client.post(submit_url("sv"), form_data(portrait=portrait))
    html = response.content.decode()
    assert response.status_code == 400
    assert 'id="id_portrait_alt_error"' in html
    assert tr("Describe this image for people who cannot see it.", "sv") in html
    tokens = held_tokens(html)
    assert list(tokens) == ["portrait_held", "project-0-held_0"]

    data = form_data(portrait_alt="Mila in her studio, smiling", **{"project-0-image_0": None})
    data.update(tokens)
    assert client.post(submit_url("sv"), data).status_code == 302
    designer = PortfolioSubmission.objects.get().designer_page
    assert designer.portrait is not None
    assert designer.portrait_alt == "Mila in her studio, smiling"
    assert designer.portrait.file.name.startswith("original_images/sub-")
    assert designer.portrait in PortfolioSubmission.objects.get().images.all()
