"""Every page works with the keyboard alone: skip link, visible focus, menus, filters, forms."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, MOBILE
from tests.browser.site_map import page_url

pytestmark = pytest.mark.browser

# What the focused element looks like: outline or box-shadow, where it is, and whether
# something else covers part of it (WCAG 2.4.11): each of its boxes is probed at its centre and
# near its left and right edges, and the topmost element there must be the focused one.
FOCUS_STATE = """() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const covered = [...element.getClientRects()].some(rect => {
        const y = rect.top + rect.height / 2;
        return [rect.left + 3, rect.left + rect.width / 2, rect.right - 3].some(x => {
            if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) return false;
            const hit = document.elementFromPoint(x, y);
            return hit !== null && !element.contains(hit);
        });
    });
    return {
        tag: element.tagName.toLowerCase(),
        text: (element.getAttribute("aria-label") || element.textContent || element.name || "")
            .trim().slice(0, 40),
        outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
        shadow: style.boxShadow !== "none",
        width: box.width,
        height: box.height,
        top: Math.round(box.top + window.scrollY),
        left: Math.round(box.left),
        covered: covered,
        inViewport: box.bottom > 0 && box.right > 0
            && box.top < window.innerHeight && box.left < window.innerWidth,
    };
}"""


@pytest.mark.parametrize("viewport", [MOBILE, DESKTOP], ids=["mobile", "desktop"])
def test_skip_link_comes_first_and_moves_focus_to_the_content(new_page, viewport):
    page = new_page(viewport=viewport)
    page.goto(page_url("designer", "en"))

    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    state = page.evaluate(FOCUS_STATE)
    assert state["inViewport"] and state["width"] > 10 and state["height"] > 10, state
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"#main$"))
    expect(page.locator("main#main")).to_be_focused()
    # The next Tab continues inside the content, not back in the header.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('main') !== null")


@pytest.mark.parametrize(
    "page_type", ["home", "designer-index", "project", "programme", "search", "submission-form"]
)
@pytest.mark.parametrize("viewport", [MOBILE, DESKTOP], ids=["mobile", "desktop"])
@pytest.mark.parametrize("language", ["en", "sr"])  # Serbian has the longest words
def test_every_tab_stop_shows_where_the_focus_is(new_page, page_type, viewport, language):
    # Without reduced motion the page scrolls smoothly to the focused element, after the
    # position below is read; the focus indicator is the same either way.
    page = new_page(viewport=viewport, reduced_motion="reduce")
    page.goto(page_url(page_type, language))

    unclear, seen = [], 0
    for _ in range(60):
        page.keyboard.press("Tab")
        state = page.evaluate(FOCUS_STATE)
        if state is None:  # past the last element: the focus went back to the browser
            break
        seen += 1
        if not (state["outline"] or state["shadow"]):
            unclear.append(f"{state['tag']} “{state['text']}”: no focus outline")
        elif not state["inViewport"] or state["width"] < 1 or state["height"] < 1:
            unclear.append(f"{state['tag']} “{state['text']}”: focused but not on screen")
        elif state["covered"]:
            unclear.append(f"{state['tag']} “{state['text']}”: partly covered by another element")

    assert seen >= 5, "the keyboard reached almost nothing"
    assert not unclear, "\n".join(unclear)


@pytest.mark.parametrize("viewport", [MOBILE, DESKTOP], ids=["mobile", "desktop"])
def test_header_is_reached_in_the_order_it_is_seen(new_page, viewport):
    """Tab goes through the header row by row, left to right (WCAG 2.4.3)."""
    page = new_page(viewport=viewport, reduced_motion="reduce")
    page.goto("/en/")
    if viewport == MOBILE:  # the menu is behind its button on a phone: open it, focus untouched
        page.locator(".menu-button").evaluate("b => b.setAttribute('aria-expanded', 'true')")
    page.keyboard.press("Tab")  # the skip link, shown over the header
    stops = []
    while True:
        page.keyboard.press("Tab")
        if not page.evaluate("document.activeElement.closest('header') !== null"):
            break
        stops.append(page.evaluate(FOCUS_STATE))
    assert len(stops) >= 8  # name, menu, search, languages

    def reading_order(a, b):
        same_row = abs(a["top"] - b["top"]) < min(a["height"], b["height"]) / 2
        return a["left"] < b["left"] if same_row else a["top"] < b["top"]

    jumps = [
        f"“{a['text']}” then “{b['text']}”"
        for a, b in zip(stops, stops[1:], strict=False)
        if not reading_order(a, b)
    ]
    assert not jumps, "the focus jumps back: " + "; ".join(jumps)


def test_main_menu_works_by_keyboard_on_a_phone(new_page):
    page = new_page(viewport=MOBILE)
    page.goto("/en/")
    # On a phone the menu is behind its button (a disclosure): open it from the keyboard.
    menu = page.get_by_role("button", name="Menu")
    for _ in range(10):
        page.keyboard.press("Tab")
        if menu.evaluate("element => element === document.activeElement"):
            break
    expect(menu).to_be_focused()
    page.keyboard.press("Enter")
    expect(menu).to_have_attribute("aria-expanded", "true")
    links = page.get_by_role("navigation", name="Main").get_by_role("link")
    assert links.count() >= 3
    target = links.nth(1)
    name = target.inner_text().strip()

    for _ in range(40):
        page.keyboard.press("Tab")
        if target.evaluate("element => element === document.activeElement"):
            break
    expect(target).to_be_focused()
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text(name)
    # The new page's menu is closed again; the section is marked in it all the same.
    expect(page.locator('.main-nav a[aria-current="page"]')).to_have_text(name)


def test_submission_form_errors_are_announced(new_page):
    page = new_page()
    page.goto(page_url("submission-form", "en"))
    send = page.get_by_role("button", name="Send my portfolio")
    send.focus()
    with page.expect_navigation() as sent:
        page.keyboard.press("Enter")
    assert sent.value.status == 400

    summary = page.get_by_role("alert")
    expect(summary.first).to_be_visible()
    invalid = page.locator("[aria-invalid=true]")
    assert invalid.count() >= 3
    for field in invalid.all():
        # A checkbox group is described as a whole: its fieldset points at the message.
        described_by = field.evaluate(
            """element => [element, element.closest("fieldset[aria-describedby]")]
                .map(node => node && node.getAttribute("aria-describedby") || "").join(" ")"""
        )
        messages = [
            page.locator(f"#{identifier}").inner_text().strip()
            for identifier in described_by.split()
            if identifier.endswith("_error")
        ]
        assert messages and all(messages), f"{field.get_attribute('name')}: no error message"


def test_submission_error_summary_takes_focus_and_links_to_each_field(new_page):
    """Sent back with errors, the form puts focus on its error summary (announced by screen
    readers, the start for keyboard users); each summary link names an invalid field and moves
    focus to it (showcase/static/showcase/submission.js)."""
    page = new_page()
    page.goto(page_url("submission-form", "en"))
    page.get_by_label("Your name").fill("Ylva Marković Berg")
    page.get_by_label("E-mail").fill("not an address")
    with page.expect_navigation() as sent:
        page.get_by_role("button", name="Send my portfolio").click()
    assert sent.value.status == 400

    summary = page.locator("#form-summary")
    expect(summary).to_be_focused()
    assert page.evaluate("document.activeElement.getAttribute('role')") == "alert"
    expect(summary.get_by_role("heading")).to_have_text("Please correct the marked fields")

    # Every link leads to an invalid field, and every invalid field has a link.
    pairs = page.evaluate(
        """() => [...document.querySelectorAll("#form-summary a[href^='#']")].map(link => {
            const target = document.getElementById(link.hash.slice(1));
            return [link.textContent.trim(), target ? [target, ...target.querySelectorAll("*")]
                .filter(node => node.getAttribute("aria-invalid") === "true")
                .map(node => node.id) : []];
        })"""
    )
    assert len(pairs) >= 3
    assert all(ids for _text, ids in pairs), pairs
    linked = {identifier for _text, ids in pairs for identifier in ids}
    invalid = page.locator("[aria-invalid=true]").evaluate_all("nodes => nodes.map(n => n.id)")
    assert set(invalid) == linked
    assert not page.get_by_label("Your name").get_attribute("aria-invalid")

    # Keyboard: Tab from the summary reaches its first link; Enter on the e-mail link focuses it.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('#form-summary') !== null")
    email_link = summary.get_by_role("link", name=re.compile("^E-mail"))
    email_link.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_label("E-mail")).to_be_focused()
    disciplines_link = summary.get_by_role("link", name=re.compile("^Disciplines"))
    disciplines_link.focus()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "id_disciplines_0"
