"""A submission is stored whole or not at all: pages, images, record and files on disk."""

import pytest
from wagtail.models import Workflow

from showcase.submissions import services
from tests.submissions.conftest import counts, form_data, stored_files, tr


def fail(*args, **kwargs):
    raise RuntimeError("injected failure")


def test_failure_when_starting_the_workflow_leaves_nothing(client, submit_url, monkeypatch):
    before, files = counts(), stored_files()
    monkeypatch.setattr(Workflow, "start", fail)
    response = client.post(submit_url("en"), form_data(projects=2, images_per_project=2))
    assert response.status_code == 500
    html = response.content.decode()
    assert "Nothing was stored" in html
    assert 'value="Mila Jovanović"' in html  # the visitor's typing is kept
    assert counts() == before
    assert stored_files() == files


def test_failure_on_the_second_project_leaves_nothing(client, submit_url, monkeypatch):
    before, files = counts(), stored_files()
    real_add_draft = services.add_draft
    calls = []

    def add_draft_then_fail(parent, page):
        calls.append(page)
        if len(calls) == 3:  # the designer, the first project, then this one fails
            raise RuntimeError("injected failure")
        return real_add_draft(parent, page)

    monkeypatch.setattr(services, "add_draft", add_draft_then_fail)
    response = client.post(submit_url("sv"), form_data(projects=2, images_per_project=3))
    assert response.status_code == 500
    problem = (
        "We could not save your portfolio because of a problem on our side. Nothing was "
        "stored. Please try again in a few minutes."
    )
    assert tr(problem, "sv") in response.content.decode()
    assert len(calls) == 3
    assert counts() == before
    assert stored_files() == files  # the six images already written are gone again


@pytest.mark.parametrize("language", ["en", "sv"])
def test_the_service_raises_and_cleans_up_when_called_directly(submit_url, monkeypatch, language):
    from wagtail.models import Locale

    from showcase.submissions.uploaded_images import check_and_clean
    from tests.submissions import imagefiles

    before, files = counts(), stored_files()
    monkeypatch.setattr(Workflow, "start", fail)
    clean = check_and_clean(imagefiles.upload(imagefiles.png()))
    designer = {
        "name": "Ana",
        "email": "ana@example.org",
        "city": "Malmö",
        "country": "SE",
        "disciplines": [],
        "short_bio": "Textiles.",
        "links": [],
        "available_for_mobility": False,
    }
    project = services.ProjectData("Loom", "Woven.", 2023, "Weaver", [(clean, "A loom")])
    with pytest.raises(RuntimeError):
        services.submit_portfolio(
            designer,
            [project],
            locale=Locale.objects.get(language_code=language),
            language=language,
        )
    assert counts() == before
    assert stored_files() == files
