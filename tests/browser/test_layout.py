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
# The portfolio form's width on phones (the longest country name) is fixed and tested on the
# `form` branch of issue #13; add it here once that is merged.
LAYOUT_PAGE_TYPES = [page_type for page_type in PAGE_TYPES if page_type != "submission-form"]
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


# A full-page screenshot does not scroll, so lazy images below the first screen would be blank.
LOAD_LAZY_IMAGES = """async () => {
  const lazy = [...document.querySelectorAll('img[loading=lazy]')];
  lazy.forEach(img => { img.loading = 'eager'; });
  await Promise.all(lazy.map(img => img.decode().catch(() => null)));
}"""


@pytest.mark.parametrize("language", LANGUAGE_VERSIONS)
def test_no_page_type_overflows_sideways_at_any_width(new_page, language):
    page = new_page(viewport=DESKTOP)
    overflowing = []
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        for page_type in LAYOUT_PAGE_TYPES:
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
                page.evaluate(LOAD_LAZY_IMAGES)
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


@pytest.fixture
def designer_without_portrait(site_url):
    """A published designer with no portrait and no projects, as a submission may publish."""
    from showcase.models import DesignerIndexPage, DesignerPage

    index = DesignerIndexPage.objects.get(locale__language_code="en")
    designer = DesignerPage.objects.child_of(index).filter(slug="aada-aalto").first()
    if designer is None:
        designer = DesignerPage(
            title="Aada Aalto",
            slug="aada-aalto",
            short_bio="Textile designer working with reclaimed wool.",
            city="Umeå",
            country="SE",
        )
        index.add_child(instance=designer)
        designer.save_revision().publish()
    return designer


def test_designer_without_a_portrait_has_a_complete_header_and_card(
    new_page, designer_without_portrait
):
    page = new_page(viewport=DESKTOP)
    for viewport in (PHONE, DESKTOP):
        page.set_viewport_size(viewport)
        page.goto(designer_without_portrait.url)
        initials = page.locator(".profile__header .initials")
        expect(initials).to_have_text("AA")
        box = initials.bounding_box()
        assert box["width"] >= 150 and box["height"] >= 150, box
        title = page.get_by_role("heading", level=1).bounding_box()
        if viewport == DESKTOP:  # beside the initials, as beside a portrait
            assert title["x"] > box["x"] + box["width"], (title, box)
        page.screenshot(path=artifact_path("layout", "designer-without-portrait.png"))

        page.goto(page_url("designer-index", "en"))  # sorted by name: "Aada" comes first
        card = page.locator(".card--designer").first
        expect(card.locator(".card__title")).to_have_text("Aada Aalto")
        tile = card.locator(".initials")
        expect(tile).to_be_visible()
        tile_box = tile.bounding_box()
        card_box = card.bounding_box()
        assert tile_box["width"] >= card_box["width"] - 1 and tile_box["height"] > 150
        page.screenshot(
            path=artifact_path("layout", f"card-without-portrait-{viewport['width']}.png")
        )


def test_serbian_text_gets_the_serbian_letterforms(new_page):
    """The same Cyrillic word is drawn with other glyphs under lang="sr" than under "ru": the
    font loaded and the browser applied its `locl` feature (the Serbian б is wider in Noto Sans)."""
    page = new_page(viewport=DESKTOP)
    page.goto(page_url("home", "sr"))
    page.evaluate("document.fonts.ready")
    widths = page.evaluate(
        """() => ['sr', 'ru', 'sr-Latn'].map(lang => {
            const span = document.createElement('span');
            span.lang = lang;
            span.style.position = 'absolute';  // its own width, not the flex body's
            span.textContent = 'бббббббббббббббббббб';
            document.body.append(span);
            const width = span.getBoundingClientRect().width;
            span.remove();
            return width;
        })"""
    )
    serbian, russian, _latin = widths
    assert page.evaluate("document.fonts.check('16px \"Noto Sans\"', 'б')")
    assert serbian != russian, widths
