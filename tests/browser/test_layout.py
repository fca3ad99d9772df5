"""What people see, measured (issue #13): geometry in real Chromium, in every language version.

One browser page per language walks every public page type at four widths, so the matrix costs
page loads, not servers. Full-page screenshots at 390 and 1280 px go to
test-artifacts/layout/<language>/ for review.
"""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import artifact_path
from tests.browser.site_map import PAGE_TYPES, page_url
from tests.conftest import LANGUAGE_VERSIONS

pytestmark = pytest.mark.browser

WIDTHS = [360, 390, 768, 1280]
SCREENSHOT_WIDTHS = {390, 1280}
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
LISTINGS = ["designer-index", "project-index", "programme-index"]

# The elements wider than the viewport, to name the culprit when the page overflows.
OVERFLOWING = """() => {
  const limit = document.documentElement.clientWidth;
  return [...document.querySelectorAll('body *')]
    .filter(el => el.getBoundingClientRect().right > limit + 0.5)
    .slice(0, 5)
    .map(el => el.tagName.toLowerCase() + '.' + String(el.className).split(' ').join('.'));
}"""


@pytest.mark.parametrize("language", LANGUAGE_VERSIONS)
def test_no_page_type_overflows_sideways_at_any_width(new_page, language):
    page = new_page(viewport=DESKTOP)
    overflowing = []
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        for page_type in PAGE_TYPES:
            response = page.goto(page_url(page_type, language))
            assert response.status == (404 if page_type == "not-found" else 200)
            page.evaluate("document.fonts.ready")
            scroll_width, inner_width = page.evaluate(
                "[document.documentElement.scrollWidth, window.innerWidth]"
            )
            if scroll_width > inner_width:
                culprits = ", ".join(page.evaluate(OVERFLOWING))
                overflowing.append(f"{page_type} at {width}px: {scroll_width}px ({culprits})")
            if width in SCREENSHOT_WIDTHS:
                shot = artifact_path("layout", language, f"{page_type}-{width}.png")
                page.screenshot(path=shot, full_page=True)
    assert not overflowing, "wider than the screen:\n" + "\n".join(overflowing)


@pytest.mark.parametrize("language", LANGUAGE_VERSIONS)
def test_home_hero_image_sits_beside_the_headline_in_the_first_viewport(new_page, language):
    page = new_page(viewport=DESKTOP)
    page.goto(page_url("home", language))
    image = page.locator(".hero__image")
    expect(image).to_be_visible()
    image_box = image.bounding_box()
    title_box = page.locator(".hero__title").bounding_box()
    assert image_box["width"] > 300, image_box
    assert image_box["y"] >= 0
    assert image_box["y"] + image_box["height"] <= DESKTOP["height"], image_box
    # Beside the headline, not on a row of its own under it (the bug of issue #13).
    assert image_box["x"] > title_box["x"] + title_box["width"] - 1, (image_box, title_box)
    assert image_box["y"] < title_box["y"] + title_box["height"], (image_box, title_box)


@pytest.mark.parametrize("language", LANGUAGE_VERSIONS)
def test_first_listing_card_is_on_the_first_phone_screen(new_page, language):
    page = new_page(viewport=PHONE, is_mobile=True, has_touch=True)
    late = []
    for page_type in LISTINGS:
        page.goto(page_url(page_type, language))
        card = page.locator(".cards .card").first
        expect(card).to_be_visible()
        box = card.bounding_box()
        # Its picture and its title, at least, without scrolling.
        title = card.locator(".card__title").bounding_box()
        if box["y"] < 0 or title["y"] + title["height"] > PHONE["height"]:
            bottom = title["y"] + title["height"]
            late.append(f"{page_type}: card at y={box['y']:.0f}, its title ends at {bottom:.0f}")
    assert not late, "\n".join(late)


def test_phone_menu_is_a_disclosure_that_works_by_keyboard(new_page):
    page = new_page(viewport=PHONE)
    page.goto(page_url("designer-index", "en"))
    button = page.get_by_role("button", name="Menu")
    menu = page.locator("#site-menu")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(button).to_have_attribute("aria-controls", "site-menu")
    expect(menu).to_be_hidden()
    header_height = page.locator(".site-header").bounding_box()["height"]
    assert header_height <= 80, f"the closed header takes {header_height}px"

    button.focus()
    page.keyboard.press("Enter")
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(menu.get_by_role("navigation", name="Main")).to_be_visible()
    page.keyboard.press("Tab")
    expect(menu.get_by_role("link").first).to_be_focused()
    page.keyboard.press("Escape")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(button).to_be_focused()
    expect(menu).to_be_hidden()


def test_without_javascript_the_menu_and_filters_are_simply_shown(new_page):
    page = new_page(viewport=PHONE, java_script_enabled=False)
    page.goto(page_url("designer-index", "en"))
    expect(page.get_by_role("navigation", name="Main")).to_be_visible()
    expect(page.locator(".menu-button")).to_be_hidden()
    expect(page.locator("form.filters")).to_be_visible()
    expect(page.get_by_role("button", name="Show results")).to_be_visible()


def test_desktop_shows_menu_and_filters_without_buttons(new_page):
    page = new_page(viewport=DESKTOP)
    page.goto(page_url("designer-index", "en"))
    expect(page.get_by_role("navigation", name="Main")).to_be_visible()
    expect(page.locator(".menu-button")).to_be_hidden()
    expect(page.locator(".filters-toggle")).to_be_hidden()
    expect(page.locator("form.filters")).to_be_visible()
