"""What a visitor does on the public site, in Chromium: language, filters, calendars, search."""

import re

import pytest
from django.utils import translation
from playwright.sync_api import expect
from wagtail.models import Locale

from languages.transliteration import to_latin
from programmes.models import ProgrammePage
from showcase.models import DesignerIndexPage, DesignerPage, Discipline, ProjectPage
from tests.browser.site_map import first_live
from tests.conftest import url_in

pytestmark = pytest.mark.browser


def tr(message, language):
    """What the site says for `message` in a language (the catalogue, not a copy of it)."""
    with translation.override(language):
        return translation.gettext(message)


def test_swedish_browser_lands_on_the_swedish_site(new_page):
    page = new_page(locale="sv-SE")

    page.goto("/")

    expect(page).to_have_url(re.compile(r"/sv/$"))
    expect(page.locator("html")).to_have_attribute("lang", "sv")
    swedish = page.get_by_role("navigation", name=tr("Language", "sv")).get_by_role(
        "link", name="Svenska"
    )
    expect(swedish).to_have_attribute("aria-current", "true")


def test_switching_to_serbian_latin_stays_on_the_project(new_page):
    project = first_live(ProjectPage)
    serbian = project.get_translation(Locale.objects.get(language_code="sr"))
    page = new_page()
    page.goto(url_in(project, "en"))
    expect(page.get_by_role("heading", level=1)).to_have_text(project.title)

    page.get_by_role("navigation", name="Language").get_by_role("link", name="Srpski").click()

    expect(page).to_have_url(re.compile(re.escape(url_in(project, "sr-latn")) + "$"))
    expect(page.locator("html")).to_have_attribute("lang", "sr-Latn")
    expect(page.get_by_role("heading", level=1)).to_have_text(to_latin(serbian.title))
    # The choice is remembered: the bare address now brings the visitor back to Latin Serbian.
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/sr-latn/$"))


def _designer_cards(page):
    return page.locator(".card--designer")


def _demo_discipline_with_designers():
    """A discipline some, but not all, demo designers have, and the names of those who do."""
    designers = DesignerPage.objects.live().filter(locale__language_code="en")
    for discipline in Discipline.objects.filter(locale__language_code="en").order_by("slug"):
        names = {d.title for d in designers if discipline in d.disciplines.all()}
        if 1 < len(names) < designers.count():
            return discipline, names
    pytest.fail("the demo has no discipline shared by some but not all designers")


def _check_only(page, discipline, names):
    expect(page).to_have_url(re.compile(rf"[?&]discipline={re.escape(discipline.slug)}"))
    titles = set(_designer_cards(page).locator(".card__title").all_inner_texts())
    # The submission journey may add a designer later in the session; the demo's are fixed.
    assert names <= titles
    for card in _designer_cards(page).all():
        expect(card.locator(".tag", has_text=discipline.name)).to_have_count(1)


def test_visitor_filters_designers_by_discipline(page):
    discipline, names = _demo_discipline_with_designers()
    index = DesignerIndexPage.objects.get(locale__language_code="en")
    page.goto(url_in(index, "en"))
    everyone = _designer_cards(page).count()

    # The filters apply as soon as a choice changes (js/site.js): no button to press.
    page.get_by_label("Discipline", exact=True).select_option(discipline.slug)

    _check_only(page, discipline, names)
    assert _designer_cards(page).count() < everyone
    expect(page.locator(".active-filters")).to_contain_text(discipline.name)
    page.get_by_role("link", name="Clear filters").first.click()
    expect(_designer_cards(page)).to_have_count(everyone)


def tab_to(page, locator, limit=80):
    """Press Tab until `locator` has the focus, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if locator.evaluate("element => element === document.activeElement"):
            return
    pytest.fail(f"Tab never reached {locator}")


def test_visitor_filters_designers_with_the_keyboard_alone(page):
    discipline, names = _demo_discipline_with_designers()
    index = DesignerIndexPage.objects.get(locale__language_code="en")
    page.goto(url_in(index, "en"))

    select = page.get_by_label("Discipline", exact=True)
    tab_to(page, select)
    # A closed <select> takes typed letters: the first option whose name starts with them.
    # The listing follows the choice (js/site.js), and the focus comes back to the field.
    page.keyboard.type(discipline.name[:6], delay=50)
    page.wait_for_url(re.compile(rf"discipline={re.escape(discipline.slug)}"))
    expect(page.get_by_label("Discipline", exact=True)).to_be_focused()
    mobility = page.get_by_label("Available for mobility")
    tab_to(page, mobility)
    page.keyboard.press("Space")

    page.wait_for_url(re.compile(r"mobility="))
    assert "country=" not in page.url and "sort=" not in page.url, page.url
    for card in _designer_cards(page).all():
        expect(card.locator(".tag", has_text=discipline.name)).to_have_count(1)
        expect(card.locator(".badge--mobility")).to_have_count(1)
    mobile_names = {
        d.title
        for d in DesignerPage.objects.live().filter(
            locale__language_code="en", available_for_mobility=True, title__in=names
        )
    }
    titles = set(_designer_cards(page).locator(".card__title").all_inner_texts())
    assert mobile_names <= titles


def test_visitor_opens_a_programme_and_downloads_its_calendar(page):
    programme = first_live(ProgrammePage)
    index = programme.get_parent().specific
    page.goto(url_in(index, "en"))

    page.get_by_role("link", name=programme.title, exact=True).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(programme.title)
    with page.expect_download() as download_info:
        page.get_by_role("link", name=re.compile("Add to calendar")).click()
    download = download_info.value

    assert download.suggested_filename == f"{programme.slug}.ics"
    calendar = download.path().read_text(encoding="utf-8")
    assert calendar.startswith("BEGIN:VCALENDAR")
    assert "BEGIN:VEVENT" in calendar
    unfolded = calendar.replace("\r\n ", "")
    assert programme.title.split()[0] in unfolded


def test_visitor_searches_with_suggestions(page):
    designer = DesignerPage.objects.live().get(locale__language_code="en", slug="jovana-petrovic")
    page.goto("/en/")
    box = page.get_by_role("combobox", name="Search the site")

    box.click()
    page.keyboard.type("Jovana", delay=60)
    listbox = page.get_by_role("listbox")
    expect(listbox).to_be_visible()
    option = listbox.get_by_role("option", name=re.compile(designer.title))
    expect(option).to_be_visible()
    expect(page.locator("#header-search-status")).to_contain_text("Suggestions")
    # Down-arrow to the suggestion and Enter opens it.
    for _ in range(listbox.get_by_role("option").count()):
        page.keyboard.press("ArrowDown")
        if option.get_attribute("aria-selected") == "true":
            break
    expect(box).to_have_attribute("aria-activedescendant", option.get_attribute("id"))
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(re.escape(url_in(designer, "en")) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(designer.title)


def test_search_without_suggestions_still_works_as_a_form(page):
    page.goto("/sv/")
    box = page.get_by_role("combobox", name=tr("Search the site", "sv"))
    box.fill("Jovana")
    box.press("Enter")  # no suggestion chosen: Enter sends the form

    expect(page).to_have_url(re.compile(r"/sv/search/\?q=Jovana"))
    expect(page.locator(".search-results")).to_contain_text("Jovana Petrović")
