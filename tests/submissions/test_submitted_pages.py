"""What a submission becomes: a short lead, the rest as body, disciplines, labelled links, and
a designer without a portrait whose published pages are complete (issue #13)."""

import re

import pytest
from django.utils.html import escape

from showcase.models import Discipline, PortfolioSubmission
from showcase.submissions.link_kinds import link_kind
from showcase.submissions.services import LEAD_MAX, lead_and_body
from tests.submissions.conftest import form_data

pytestmark = pytest.mark.django_db

LONG_FIRST = (
    "We mapped every stop of the tram line with the people who ride it every day. "
    "Blind and partially sighted riders walked each route with us and marked what they missed. "
    "The maps were printed in raised lines and braille, and tested at three stops in winter. "
    "This last sentence pushes the first paragraph well past the length of a lead."
)


def test_a_short_first_paragraph_is_the_lead_and_the_rest_the_body():
    lead, body = lead_and_body("Signs people can read.\n\nMade with locals.\n\nIn 2024.")
    assert lead == "Signs people can read."
    assert body == "Made with locals.\n\nIn 2024."


def test_a_long_first_paragraph_gives_its_first_sentences_to_the_lead():
    lead, body = lead_and_body(LONG_FIRST + "\n\nSecond paragraph.")
    assert len(LONG_FIRST) > LEAD_MAX >= len(lead)
    assert lead.endswith("tested at three stops in winter.")
    assert body.startswith("This last sentence pushes")
    assert body.endswith("Second paragraph.")
    # Nothing is lost and nothing repeated: the lead and the body make up the text.
    assert " ".join(f"{lead} {body}".split()) == " ".join(
        (LONG_FIRST + " Second paragraph.").split()
    )


def test_one_endless_sentence_is_cut_at_a_word():
    text = "word " * 200
    lead, body = lead_and_body(text)
    assert lead.endswith("…") and len(lead) <= LEAD_MAX + 1
    assert " " not in lead[-3:-1]  # cut between words
    assert body.strip() == text.strip()


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://www.behance.net/mila", "behance"),
        ("https://behance.net/gallery/1/x", "behance"),
        ("https://instagram.com/mila", "instagram"),
        ("https://dribbble.com/mila", "dribbble"),
        ("https://se.linkedin.com/in/mila", "linkedin"),
        ("https://github.com/mila", "github"),
        ("https://mila.github.io/", "github"),
        ("https://vimeo.com/123", "vimeo"),
        ("https://youtu.be/abc", "youtube"),
        ("https://www.youtube.com/@mila", "youtube"),
        ("https://mila.example.org", "website"),
        ("https://notbehance.net/", "website"),
        ("https://behance.net.example.org/", "website"),
    ],
)
def test_links_are_labelled_by_their_host(url, kind):
    assert link_kind(url) == kind


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def test_a_portfolio_without_a_portrait_publishes_complete(client, submit_url):
    slugs = list(
        Discipline.objects.filter(locale__language_code="en")
        .order_by("slug")
        .values_list("slug", flat=True)[:2]
    )
    links = "https://www.behance.net/mila\nhttps://dribbble.com/mila\nhttps://mila.example.org"
    data = form_data(
        disciplines=slugs,
        links=links,
        **{"project-0-description": LONG_FIRST + "\n\nWith the riders' union."},
    )
    assert client.post(submit_url("sv"), data).status_code == 302
    submission = PortfolioSubmission.objects.get()
    designer = submission.designer_page
    assert designer.portrait is None
    assert [link.value["kind"] for link in designer.links] == ["behance", "dribbble", "website"]
    [project] = submission.project_pages.all()
    assert project.summary.endswith("tested at three stops in winter.")
    body = "".join(
        str(block.value.source) for block in project.body if block.block_type == "paragraph"
    )
    assert "This last sentence pushes" in body and "tram line" not in body
    assert sorted(d.slug for d in project.disciplines.all()) == sorted(slugs)
    assert sorted(d.slug for d in designer.disciplines.all()) == sorted(slugs)

    designer, project = publish(designer), publish(project)
    page = client.get(designer.url)
    html = page.content.decode()
    assert page.status_code == 200
    assert "Mila Jovanović" in html
    assert escape(designer.short_bio) in html
    assert "Behance" in html and "Dribbble" in html
    listing = client.get(designer.get_parent().url)
    assert listing.status_code == 200 and "Mila Jovanović" in listing.content.decode()
    project_page = client.get(project.url)
    assert project_page.status_code == 200
    # What a visitor reads: the page's <main> (the head repeats the summary as its meta and
    # Open Graph description, and the JSON-LD as its description).
    project_html = re.search(r"<main.*?</main>", project_page.content.decode(), flags=re.S)[0]
    assert project_html.count("Blind and partially sighted riders") == 1
    assert project_html.count("This last sentence pushes") == 1


def test_the_status_page_thanks_once_and_switches_language_in_place(client, submit_url):
    response = client.post(submit_url("sv"), form_data())
    status_url = response["Location"]
    token = status_url.split("/submissions/")[1].split("/")[0]
    html = client.get(status_url).content.decode()
    assert html.count("Tack") == 1  # the editors' thank-you only, not a second one of ours
    assert "curator" not in html.lower()
    assert "kuratorer" in html
    for language in ("en", "sr", "sr-latn", "sv"):
        assert f'href="/{language}/submissions/{token}/?sent=1"' in html
    # Without ?sent=1 the switcher keeps the page as it is, too.
    plain = client.get(f"/en/submissions/{token}/").content.decode()
    assert f'href="/sv/submissions/{token}/"' in plain


def test_the_status_page_header_is_never_shared_through_the_fragment_cache(
    client, submit_url, settings
):
    settings.DERIVED_CACHE_SECONDS = 3600  # as in production
    status_url = client.post(submit_url("sv"), form_data())["Location"]
    assert client.get(status_url).status_code == 200
    # The search page has no page either: its header must not be the status page's.
    search = client.get("/sv/search/?q=design").content.decode()
    assert "/submissions/" not in search
