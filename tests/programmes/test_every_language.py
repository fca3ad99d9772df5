"""Every programme view answers in all four language versions, with dates written in that
language's conventions and in the programme's time zone."""

from datetime import datetime

import pytest
from wagtail.models import Locale

from programmes.models import ProgrammePage
from tests.conftest import LANGUAGE_VERSIONS, url_in
from tests.programmes.conftest import BELGRADE, has_cyrillic, main_content

ROUTES = ["", "?status=open", "?kind=residency&country=SE", "?status=nonsense&page=99",
          "feeds/rss/", "feeds/atom/", "feeds/open-calls/"]  # fmt: skip


@pytest.mark.parametrize("language", LANGUAGE_VERSIONS)
def test_every_programme_view_answers(client, programme_index, language):
    index_url = url_in(programme_index, language)
    assert index_url.startswith(f"/{language}/")
    for route in ROUTES:
        assert client.get(index_url + route).status_code == 200, route
    content = "sr" if language.startswith("sr") else language
    programmes = ProgrammePage.objects.live().filter(locale__language_code=content)
    assert (
        programmes.count()
        == ProgrammePage.objects.live().filter(locale__language_code="en").count()
    )
    for programme in programmes:
        page = client.get(url_in(programme, language))
        assert page.status_code == 200
        assert client.get(url_in(programme, language) + "calendar/").status_code == 200
        if language == "sr-latn":
            assert not has_cyrillic(main_content(page.content.decode()))


# 31 March 2026, 23:59 in Belgrade (CEST, two days after the spring change).
DEADLINE_IN = {
    "en": "March 31, 2026, 11:59 p.m. CEST",
    "sr": "31. март 2026. 23:59 CEST",
    "sr-latn": "31. mart 2026. 23:59 CEST",
    "sv": "31 mars 2026 23:59 CEST",
}


@pytest.mark.parametrize("language", LANGUAGE_VERSIONS)
def test_deadline_is_written_in_the_visitors_language_and_the_programmes_zone(
    client, make_programme, language
):
    programme = make_programme(
        title="Deadline Format Residency",
        application_deadline=datetime(2026, 3, 31, 23, 59, tzinfo=BELGRADE),
    )
    # Translate it so that the page exists in every locale.
    for code in ("sr", "sv"):
        programme.copy_for_translation(Locale.objects.get(language_code=code), copy_parents=False)
        translated = programme.get_translation(Locale.objects.get(language_code=code))
        translated.save_revision().publish()
    html = client.get(url_in(programme, language)).content.decode()
    assert DEADLINE_IN[language] in html
    assert 'datetime="2026-03-31T23:59:00+02:00"' in html
