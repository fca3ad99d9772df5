"""schema.org JSON-LD on the detail pages: valid JSON, the right types, safe inside HTML."""

import json
import re
from datetime import datetime

import pytest

from programmes.models import ProgrammePage
from programmes.structured_data import json_ld_script
from showcase.models import DesignerPage, ProjectPage
from tests.conftest import LANGUAGE_VERSIONS, url_in
from tests.programmes.conftest import has_cyrillic

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def json_ld_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    blocks = JSON_LD.findall(response.content.decode())
    assert len(blocks) == 1
    data = json.loads(blocks[0])
    assert data["@context"] == "https://schema.org"
    return data


def english(model):
    return model.objects.live().filter(locale__language_code="en").order_by("path").first()


@pytest.mark.parametrize("language", LANGUAGE_VERSIONS)
def test_programme_page_describes_a_programme_and_an_event(client, demo, language):
    programme = english(ProgrammePage)
    data = json_ld_of(client, url_in(programme, language))
    assert set(data["@type"]) == {"EducationalOccupationalProgram", "Event"}
    assert data["url"].endswith(url_in(programme, language))
    assert datetime.fromisoformat(data["applicationDeadline"]) == programme.application_deadline
    assert data["startDate"] == programme.starts_on.isoformat()
    assert (
        data["location"][0]["address"]["addressCountry"] == programme.locations.first().country.code
    )
    assert data["image"].startswith("http://testserver/")
    if language == "sr-latn":
        assert not has_cyrillic(json.dumps(data, ensure_ascii=False))
    if language == "sr":
        assert has_cyrillic(data["name"])


def test_programme_that_has_run_lists_its_participants(client, demo):
    programme = next(
        p
        for p in ProgrammePage.objects.live().filter(locale__language_code="en")
        if p.participants.exists()
    )
    data = json_ld_of(client, programme.url)
    names = {person["name"] for person in data["attendee"]}
    assert names == {p.designer.title for p in programme.participants.all()}


@pytest.mark.parametrize("language", LANGUAGE_VERSIONS)
def test_designer_page_describes_a_person(client, demo, language):
    designer = english(DesignerPage)
    data = json_ld_of(client, url_in(designer, language))
    assert data["@type"] == "Person"
    assert data["address"]["addressCountry"] == designer.country.code
    assert data["knowsLanguage"] == designer.spoken_languages
    if language == "sr-latn":
        assert not has_cyrillic(json.dumps(data, ensure_ascii=False))


@pytest.mark.parametrize("language", LANGUAGE_VERSIONS)
def test_project_page_describes_a_creative_work_and_its_team(client, demo, language):
    project = english(ProjectPage)
    data = json_ld_of(client, url_in(project, language))
    assert data["@type"] == "CreativeWork"
    assert data["dateCreated"] == str(project.year)
    assert len(data["creator"]) == project.team_members.count()
    assert all(person["@type"] == "Person" for person in data["creator"])


def test_title_cannot_break_out_of_the_script_element(client, make_programme):
    title = "Residency </script><script>alert(1)</script> & <!-- more"
    programme = make_programme(title=title, slug="hostile-title")
    html = client.get(programme.url).content.decode()
    block = JSON_LD.search(html).group(1)
    assert "<" not in block and ">" not in block
    assert json.loads(block)["name"] == title


def test_json_ld_script_escapes_markup_but_keeps_the_value():
    script = json_ld_script({"name": "a</script>b&c"})
    assert (
        script
        == '<script type="application/ld+json">{"name": "a\\u003C/script\\u003Eb\\u0026c"}</script>'
    )
    assert json.loads(JSON_LD.search(script).group(1)) == {"name": "a</script>b&c"}
