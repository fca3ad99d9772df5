"""The demo loader builds a realistic trilingual site and is idempotent."""

import io
import re

from django.contrib.auth import get_user_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail_localize.models import Translation

from demo.loader import ADMIN_PASSWORD, ADMIN_USERNAME, DemoLoader
from programmes.models import ProgrammePage
from showcase.models import DesignerPage, Discipline, Organisation, ProjectPage, Theme

CYRILLIC = re.compile(r"[\u0400-\u04FF]")
LATIN_LETTER = re.compile(r"[A-Za-z]")


def snapshot():
    return {
        "pages": Page.objects.count(),
        "images": get_image_model().objects.count(),
        "disciplines": Discipline.objects.count(),
        "themes": Theme.objects.count(),
        "organisations": Organisation.objects.count(),
        "translations": Translation.objects.count(),
        "users": get_user_model().objects.count(),
    }


def test_loading_twice_changes_nothing(demo, django_capture_on_commit_callbacks):
    before = snapshot()
    with django_capture_on_commit_callbacks(execute=True):
        DemoLoader(log=lambda *args: None).run()
    assert snapshot() == before


def test_demo_has_the_promised_amount_of_content(demo):
    for language in ("en", "sr", "sv"):
        live = {"locale__language_code": language}
        assert DesignerPage.objects.live().filter(**live).count() >= 12
        assert ProjectPage.objects.live().filter(**live).count() >= 20
        assert ProgrammePage.objects.live().filter(**live).count() >= 6
        assert Discipline.objects.filter(**live).count() >= 6


def test_serbian_content_is_written_in_cyrillic(demo):
    for project in ProjectPage.objects.filter(locale__language_code="sr"):
        assert CYRILLIC.search(project.title), project.title
        assert not LATIN_LETTER.search(project.summary), project.summary


def test_swedish_content_differs_from_english(demo):
    for english in ProjectPage.objects.filter(locale__language_code="en"):
        swedish = english.get_translation(english.locale.__class__.objects.get(language_code="sv"))
        assert swedish.summary != english.summary


def test_translations_are_wagtail_localize_translations(demo):
    project = ProjectPage.objects.filter(locale__language_code="en").first()
    targets = Translation.objects.filter(source__object_id=project.translation_key)
    assert sorted(t.target_locale.language_code for t in targets) == ["sr", "sv"]
    assert all(t.get_progress()[0] == t.get_progress()[1] for t in targets)


def test_admin_can_log_in_with_the_readme_credentials(client, demo):
    assert client.login(username=ADMIN_USERNAME, password=ADMIN_PASSWORD)
    assert client.get("/admin/").status_code == 200


def test_scale_adds_synthetic_designers_with_projects_idempotently(client, demo):
    from django.core.management import call_command

    before = DesignerPage.objects.count()
    call_command("load_demo_content", scale=7, stdout=io.StringIO())
    assert DesignerPage.objects.count() == before + 7
    call_command("load_demo_content", scale=7, stdout=io.StringIO())
    assert DesignerPage.objects.count() == before + 7

    assert [len(problems) for problems in Page.find_problems()] == [0] * 5
    designer = DesignerPage.objects.get(slug="synthetic-000006")
    projects = ProjectPage.objects.filter(team_members__designer=designer)
    assert projects.count() == 3
    assert client.get(designer.url).status_code == 200
    assert client.get(projects.first().url).status_code == 200
    listing = client.get("/en/designers/?page=2")
    assert listing.status_code == 200
