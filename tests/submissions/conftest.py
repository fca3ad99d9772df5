"""Fixtures for the portfolio submission tests: the page, valid form data, a way to post it."""

import os
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache, caches

from showcase.submissions.forms import start_token
from showcase.submissions.orphans import HELD_FOLDER
from tests.conftest import url_in
from tests.submissions import imagefiles


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    # Rate-limit counters live in their cache, which outlives the rolled-back test transactions.
    for each in (cache, caches["ratelimit"]):
        each.clear()
    yield
    for each in (cache, caches["ratelimit"]):
        each.clear()


@pytest.fixture
def submission_page(demo):
    from showcase.models import PortfolioSubmissionPage

    return PortfolioSubmissionPage.objects.get(locale__language_code="en")


@pytest.fixture
def submit_url(submission_page):
    return lambda language="en": url_in(submission_page, language)


def started(seconds_ago=60, nonce=None):
    """A start token as the form gives it, opened `seconds_ago`, for one form (`nonce`)."""
    return start_token(time.time() - seconds_ago, nonce)


def form_data(projects=1, images_per_project=1, **overrides):
    """POST data for a valid submission; `overrides` replace fields (None removes one)."""
    from showcase.models import Discipline

    discipline = Discipline.objects.filter(locale__language_code="en").order_by("slug").first()
    data = {
        "name": "Mila Jovanović",
        "email": "mila@example.org",
        "city": "Novi Sad",
        "country": "RS",
        "disciplines": [discipline.slug],
        "short_bio": "I design posters and signage for public spaces.",
        "links": "https://mila.example.org\nhttps://www.instagram.com/mila.design",
        "available_for_mobility": "on",
        "consent_privacy": "on",
        "consent_publication": "on",
        "website": "",
        "started": started(),
        "project-TOTAL_FORMS": "5",
        "project-INITIAL_FORMS": "0",
        "project-MIN_NUM_FORMS": "1",
        "project-MAX_NUM_FORMS": "5",
    }
    for n in range(projects):
        data.update(
            {
                f"project-{n}-title": f"Wayfinding for the Danube quay {n + 1}",
                f"project-{n}-description": "Signs that people can read.\n\nMade with locals.",
                f"project-{n}-year": "2024",
                f"project-{n}-role": "Lead designer",
            }
        )
        for m in range(images_per_project):
            data[f"project-{n}-image_{m}"] = imagefiles.upload(
                imagefiles.jpeg_with_gps(), f"IMG_{n}{m}.jpg"
            )
            data[f"project-{n}-alt_{m}"] = f"A blue sign on the quay, view {m + 1}"
    for key, value in overrides.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return data


def tr(message, language, escape=True, **params):
    """`message` as a visitor in `language` reads it (HTML-escaped), checked to be translated.

    Tests compare with the catalogue, not with a copy of its wording, so translators can
    improve a sentence; they fail if the string is not translated at all.
    """
    from django.utils import html, translation

    from languages.transliteration import to_latin

    with translation.override(language):
        if isinstance(message, tuple):  # (singular, plural, number)
            english = message[0] if message[2] == 1 else message[1]
            text = translation.ngettext(*message)
        else:
            english, text = message, translation.gettext(message)
    if language != "en":
        assert text != english, f"not translated into {language}: {english}"
    if params:
        text = text % params
    if language == "sr-latn":
        text = to_latin(text)
    return html.escape(text) if escape else text


def stored_files():
    """Every file in media storage but the images held across a validation error.

    Held images (showcase/submissions/held_uploads.py) are meant to outlive a refused post, so
    the form can use them again; `held_files()` counts them, and the sweep deletes them.
    """
    root = Path(settings.MEDIA_ROOT)
    if not root.exists():
        return set()
    held = root / HELD_FOLDER
    return {str(path) for path in root.rglob("*") if path.is_file() and held not in path.parents}


def held_files():
    held = Path(settings.MEDIA_ROOT) / HELD_FOLDER
    return sorted(held.iterdir()) if held.exists() else []


def counts():
    from wagtail.images import get_image_model
    from wagtail.models import Revision, WorkflowState

    from showcase.models import DesignerPage, PortfolioSubmission, ProjectPage

    return {
        "designers": DesignerPage.objects.count(),
        "projects": ProjectPage.objects.count(),
        "images": get_image_model().objects.count(),
        "submissions": PortfolioSubmission.objects.count(),
        "revisions": Revision.objects.count(),
        "workflows": WorkflowState.objects.count(),
        "files": len(stored_files()),
    }


@pytest.fixture
def nothing_stored():
    """Asserts, after the test body, that no page, image, record or file was added."""
    before = counts()
    yield
    assert counts() == before


def media_root_is_temporary():
    return "mikser-test-media-" in os.fspath(settings.MEDIA_ROOT)


@pytest.fixture
def review_staff(db):
    """A curator and an editor (issue #14's review tests)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    User = get_user_model()
    curator = User.objects.create_user("curator", "curator@mikser.example", "curator-pass-123")
    curator.groups.add(Group.objects.get(name="Curators"))
    editor = User.objects.create_user("editor", "editor@mikser.example", "editor-pass-1234")
    editor.groups.add(Group.objects.get(name="Editors"))
    return curator, editor
