"""The portfolio form in a real browser (issue #13): it fits every screen in every language
version, empty and with errors; one project at a time; chosen images previewed and kept
across a validation error."""

import re
import time

import pytest
from django.conf import settings
from django.core.cache import caches
from django.test import Client
from PIL import Image, ImageDraw
from playwright.sync_api import expect

from showcase.models import PortfolioSubmission
from showcase.submissions.tokens import make_token
from tests.browser.conftest import artifact_path
from tests.browser.site_map import page_url
from tests.conftest import LANGUAGE_VERSIONS
from tests.submissions.conftest import form_data

pytestmark = pytest.mark.browser

WIDTHS = [360, 390, 768, 1280]
SCREENSHOT_WIDTHS = {390, 1280}

# Everything wider than the viewport: the page itself, and any control or label that sticks
# out past the right edge (a control cut off by an overflow: hidden parent counts too).
OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  const out = [];
  if (document.documentElement.scrollWidth > width) {
    out.push("page " + document.documentElement.scrollWidth + " > " + width);
    // Name the culprits: the elements whose box ends past the right edge.
    for (const el of document.body.querySelectorAll("*")) {
      const box = el.getBoundingClientRect();
      if (box.right > width + 0.5 && !el.closest("[aria-hidden=true]")) {
        out.push("  " + el.tagName.toLowerCase() + "." + el.className + " ends at "
                 + Math.round(box.right));
      }
    }
  }
  for (const el of document.querySelectorAll(
      "form.submission-form input:not([type=hidden]), form.submission-form select, "
      + "form.submission-form textarea, form.submission-form label, "
      + "form.submission-form legend, form.submission-form button, .form-summary")) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;  // not displayed (a hidden project)
    if (el.closest("[aria-hidden=true]")) continue;  // the honeypot, off-screen on purpose
    if (box.left < -0.5 || box.right > width + 0.5) {
      out.push((el.id || el.name || el.tagName) + " " + Math.round(box.left) + "–"
               + Math.round(box.right) + " of " + width);
    }
  }
  return out;
}"""


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    # The live server shares this process's cache: every refused post counts per IP.
    caches["ratelimit"].clear()
    yield
    caches["ratelimit"].clear()


@pytest.mark.parametrize("language", LANGUAGE_VERSIONS)
def test_the_form_fits_every_screen_empty_and_with_errors(new_page, language):
    problems = {}
    for width in WIDTHS:
        page = new_page(viewport={"width": width, "height": 844})
        page.goto(page_url("submission-form", language))
        expect(page.locator("form.submission-form")).to_be_visible()
        problems[(width, "empty")] = page.evaluate(OVERFLOW)
        if width in SCREENSHOT_WIDTHS:
            page.screenshot(
                path=artifact_path("form", f"form-{language}-{width}.png"), full_page=True
            )
        with page.expect_navigation():
            page.locator("form.submission-form button[type=submit]").click()
        expect(page.locator("#form-summary")).to_be_visible()
        problems[(width, "errors")] = page.evaluate(OVERFLOW)
        if width in SCREENSHOT_WIDTHS:
            page.screenshot(
                path=artifact_path("form", f"form-errors-{language}-{width}.png"), full_page=True
            )
    assert {key: found for key, found in problems.items() if found} == {}


def picture(path, colour):
    image = Image.new("RGB", (600, 400), "#f4efe6")
    ImageDraw.Draw(image).rectangle((100, 80, 500, 320), fill=colour)
    image.save(path, "JPEG", quality=85)
    return path


def test_one_project_at_a_time_and_images_kept_after_an_error(new_page, tmp_path):
    page = new_page(viewport={"width": 390, "height": 844})
    page.goto(page_url("submission-form", "en"))
    opened = time.monotonic()
    projects = page.locator("[data-project]")
    expect(projects.nth(0)).to_be_visible()
    for n in range(1, 5):
        expect(projects.nth(n)).to_be_hidden()

    page.get_by_label("E-mail").fill("ana.kept@example.org")
    page.get_by_label("City").fill("Uppsala")
    page.get_by_label("Country").select_option("SE")
    page.get_by_role("group", name=re.compile("^Disciplines")).get_by_role("checkbox").first.check()
    page.get_by_label("Short bio").fill("I make furniture from what others throw away.")
    page.get_by_label("Links").fill("https://www.behance.net/ana-kept")
    page.get_by_label("Portrait (optional)").set_input_files(picture(tmp_path / "me.jpg", "#333"))
    expect(page.locator("#id_portrait").locator("xpath=../..").locator("img")).to_be_visible()
    page.get_by_label("Describe your portrait").fill("Ana at her workbench")

    for number, colour in ((1, "#a3124f"), (2, "#0b57d0")):
        if number == 2:
            add = page.get_by_role("button", name="Add another project")
            add.click()
            expect(projects.nth(1)).to_be_visible()
            expect(projects.nth(2)).to_be_hidden()
            focused = page.evaluate("document.activeElement.id")
            assert focused == "id_project-1-title"
        project = page.get_by_role("group", name=re.compile(f"^Project {number}"))
        project.get_by_label("Project title").fill(f"Chair number {number}")
        project.get_by_label("Description").fill(f"A chair from old skis, number {number}.")
        project.get_by_label("Year").fill("2025")
        project.get_by_label("Your role").fill("Maker")
        project.get_by_label("Image 1", exact=True).set_input_files(
            picture(tmp_path / f"chair-{number}.jpg", colour)
        )
        # The chosen file is previewed at once, before anything is sent.
        expect(project.locator("[data-preview] img").first).to_have_attribute(
            "src", re.compile("^data:image/jpeg")
        )
        project.get_by_label("Describe image 1", exact=True).fill(f"A ski chair, {number}")
    page.get_by_label("I have read the privacy notice").check()
    page.get_by_label("If my portfolio is accepted").check()
    page.screenshot(path=artifact_path("form", "one-project-at-a-time-390.png"), full_page=True)

    remaining = settings.SUBMISSION_MIN_FILL_SECONDS + 0.5 - (time.monotonic() - opened)
    if remaining > 0:
        page.wait_for_timeout(remaining * 1000)
    with page.expect_navigation():  # the name is missing
        page.get_by_role("button", name="Send my portfolio").click()

    expect(page.locator("#form-summary")).to_be_focused()
    # Both projects are still open, each with its image kept and shown from the server.
    expect(projects.nth(1)).to_be_visible()
    for n in range(2):
        held = page.locator(f"input[name='project-{n}-held_0']")
        assert held.get_attribute("value")
        preview = projects.nth(n).locator("[data-preview] img").first
        expect(preview).to_have_attribute("src", re.compile(r"/en/submissions/held/"))
        assert preview.evaluate("img => img.complete && img.naturalWidth") == 600
    expect(page.locator("#id_portrait").locator("xpath=../..").locator("img")).to_be_visible()
    page.screenshot(path=artifact_path("form", "kept-after-error-390.png"), full_page=True)

    page.get_by_label("Your name").fill("Ana Kept Lindqvist")
    page.wait_for_timeout(settings.SUBMISSION_MIN_FILL_SECONDS * 1000 + 500)
    with page.expect_navigation():
        page.get_by_role("button", name="Send my portfolio").click()
    expect(page).to_have_url(re.compile(r"/en/submissions/[^/]+/\?sent=1$"))

    submission = PortfolioSubmission.objects.get(email="ana.kept@example.org")
    assert submission.project_pages.count() == 2
    assert submission.images.count() == 3  # the portrait and one image per project
    assert submission.designer_page.portrait_alt == "Ana at her workbench"


def test_without_javascript_every_project_is_in_the_form(new_page):
    page = new_page(java_script_enabled=False)
    page.goto(page_url("submission-form", "sv"))
    projects = page.locator("[data-project]")
    expect(projects).to_have_count(5)
    for n in range(5):
        expect(projects.nth(n)).to_be_visible()
    expect(page.locator(".add-project")).to_have_count(0)


def test_the_status_page_switches_language_in_place(new_page):
    # Sent in-process: the browser session's database is committed, so the server sees it.
    sent = Client().post(
        page_url("submission-form", "sv"), form_data(email="status.switch@example.org")
    )
    assert sent.status_code == 302, sent.content.decode()[:500]
    token = make_token(PortfolioSubmission.objects.get(email="status.switch@example.org"))
    page = new_page(viewport={"width": 390, "height": 844})
    page.goto(f"/sv/submissions/{token}/?sent=1")
    expect(page.locator(".form-success h2")).to_have_count(1)
    page.screenshot(path=artifact_path("form", "status-sv-390.png"), full_page=True)
    # On a phone the language switcher is inside the menu (issue #13): open it first.
    page.locator(".menu-button").click()
    switcher = page.get_by_role("navigation", name="Språk")
    with page.expect_navigation():
        switcher.get_by_role("link", name=re.compile("English")).click()
    expect(page).to_have_url(re.compile(rf"/en/submissions/{re.escape(token)}/\?sent=1$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Your submission")
    page.screenshot(path=artifact_path("form", "status-en-390.png"), full_page=True)
