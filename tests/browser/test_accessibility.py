"""axe-core finds no serious or critical violation on any public page type, in any language
version, at a phone's width and at a desktop's. Each visit also leaves a screenshot in
test-artifacts/screenshots/<language>/."""

import pytest
from playwright.sync_api import expect

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
    # Script errors and Content-Security-Policy refusals show in the console: there are none.
    # (The site has no /favicon.ico; Chromium asks for it on its own, not the page.)
    console = []
    page.on(
        "console",
        lambda message: (
            message.type == "error"
            and not message.location.get("url", "").endswith("/favicon.ico")
            and console.append(message.text)
        ),
    )
    page.on("pageerror", lambda error: console.append(str(error)))
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
    if page_type == "not-found":  # the page's own status is reported as a failed resource
        console = [line for line in console if "status of 404" not in line]
    assert not console, f"{url}: errors in the browser console:\n" + "\n".join(console)


@pytest.mark.parametrize("language", ["en", "sv"])
@pytest.mark.parametrize("viewport", [MOBILE, DESKTOP], ids=["mobile", "desktop"])
def test_no_serious_accessibility_violations_in_interactive_states(new_page, language, viewport):
    """What the page-type matrix does not show: suggestions open, filters in force (one of them
    ignored), and the portfolio form sent back with its errors."""
    page = new_page(viewport=viewport)
    problems = {}

    def check(state):
        found = blocking_violations(page)
        if found:
            problems[state] = found
        shot = artifact_path("screenshots", language, f"state-{state}-{viewport['width']}.png")
        page.screenshot(path=shot, full_page=True)

    page.goto(f"/{language}/")
    if page.locator(".menu-button").is_visible():  # the search box is in the phone menu
        page.locator(".menu-button").click()
    page.locator("#header-search-q").click()
    page.keyboard.type("Jova", delay=60)
    expect(page.get_by_role("listbox")).to_be_visible()
    page.keyboard.press("ArrowDown")
    check("suggestions")

    page.goto(page_url("designer-index", language) + "?discipline=no-such-thing&mobility=yes")
    expect(page.locator(".filters__error")).to_have_count(1)
    check("filters")

    page.goto(page_url("submission-form", language))
    with page.expect_navigation() as sent:
        page.locator(".submission-form button[type=submit]").click()
    assert sent.value.status == 400
    check("form-errors")

    assert not problems, "\n".join(
        f"  [{state}] {line}" for state, lines in problems.items() for line in lines
    )
