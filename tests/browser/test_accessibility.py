"""axe-core finds no serious or critical violation on any public page type, in any language
version, at a phone's width and at a desktop's. Each visit also leaves a screenshot in
test-artifacts/screenshots/<language>/."""

import pytest

from tests.browser.axe import blocking_violations
from tests.browser.conftest import DESKTOP, MOBILE, artifact_path
from tests.browser.site_map import PAGE_TYPES, page_url
from tests.conftest import LANGUAGE_VERSIONS

pytestmark = pytest.mark.browser

HTML_LANG = {"en": "en", "sr": "sr-Cyrl", "sr-latn": "sr-Latn", "sv": "sv"}


@pytest.mark.parametrize("language", LANGUAGE_VERSIONS)
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_no_serious_accessibility_violations(new_page, page_type, language):
    url = page_url(page_type, language)
    page = new_page(viewport=MOBILE)
    response = page.goto(url)
    assert response.status == (404 if page_type == "not-found" else 200)
    assert page.locator("html").get_attribute("lang") == HTML_LANG[language]

    problems = {}
    for name, viewport in (("mobile", MOBILE), ("desktop", DESKTOP)):
        page.set_viewport_size(viewport)
        found = blocking_violations(page)
        if found:
            problems[f"{name} {viewport['width']}px"] = found
        shot = artifact_path("screenshots", language, f"{page_type}-{viewport['width']}.png")
        page.screenshot(path=shot, full_page=True)
        assert shot.stat().st_size > 0

    assert not problems, f"{url}:\n" + "\n".join(
        f"  [{width}] {line}" for width, lines in problems.items() for line in lines
    )
