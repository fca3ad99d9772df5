"""Open Graph and social-card tags on every public page type in every language (issue #13).

The head of each page is parsed as a link-preview crawler would read it; the picture is checked
to be the rendition made for sharing (pictures.specs.SHARE_IMAGE) of the page's own image, or
the site's default picture, and previews, drafts and private pages carry none of it.
"""

from html.parser import HTMLParser

import pytest
from django.test import Client
from wagtail.models import Locale, PageViewRestriction

from home.models import HomePage, StandardPage
from home.sharing import OG_LOCALES
from languages.transliteration import to_latin
from programmes.models import ProgrammeIndexPage, ProgrammePage
from showcase.models import (
    DesignerIndexPage,
    DesignerPage,
    PortfolioSubmissionPage,
    ProjectIndexPage,
    ProjectPage,
)
from tests.conftest import LANGUAGE_VERSIONS, url_in

PAGE_TYPES = [
    HomePage,
    DesignerIndexPage,
    DesignerPage,
    ProjectIndexPage,
    ProjectPage,
    ProgrammeIndexPage,
    ProgrammePage,
    StandardPage,
    PortfolioSubmissionPage,
]
OWN_PICTURE = {HomePage, DesignerPage, ProjectPage, ProgrammePage}


class Head(HTMLParser):
    """The `<meta>` and `<link>` elements of a document's head."""

    def __init__(self, html):
        super().__init__()
        self.meta, self.links, self.in_head = [], [], False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "head":
            self.in_head = True
        elif tag == "meta" and self.in_head:
            self.meta.append(attrs)
        elif tag == "link" and self.in_head:
            self.links.append(attrs)

    def handle_endtag(self, tag):
        if tag == "head":
            self.in_head = False

    def all(self, name):
        return [
            m["content"] for m in self.meta if m.get("property") == name or m.get("name") == name
        ]

    def one(self, name):
        values = self.all(name)
        assert len(values) == 1, f"{name}: {values}"
        return values[0]

    def canonical(self):
        return next(link["href"] for link in self.links if link.get("rel") == "canonical")


def english_page(model):
    pages = model.objects.live().public().filter(locale__language_code="en")
    if model is DesignerPage:  # one with a portrait: its picture is the portrait
        pages = pages.filter(portrait__isnull=False)
    if model in (ProjectPage, ProgrammePage):
        pages = pages.exclude(**{f"{picture_field(model)}__isnull": True})
    return pages.order_by("path").first()


def picture_field(model):
    return {
        HomePage: "hero_image",
        DesignerPage: "portrait",
        ProjectPage: "cover_image",
        ProgrammePage: "image",
    }[model]


def in_language(page, language):
    content = "sr" if language.startswith("sr") else language
    return page.get_translation(Locale.objects.get(language_code=content)).specific


@pytest.mark.parametrize("language", LANGUAGE_VERSIONS)
@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m.__name__)
def test_every_page_type_is_described_for_sharing(client, demo, model, language):
    english = english_page(model)
    page = in_language(english, language)
    response = client.get(url_in(english, language))
    assert response.status_code == 200
    head = Head(response.content.decode())

    title = page.seo_title or page.title
    if language == "sr-latn":
        title = to_latin(title)
    assert head.one("og:title") == title
    assert head.one("og:description")
    assert head.one("og:description") == head.one("description")
    assert head.one("og:url") == head.canonical()
    assert head.one("og:url").startswith("http://testserver/")
    assert head.one("og:site_name")
    assert head.one("og:type") in {"website", "profile", "article"}
    assert head.one("twitter:card") == "summary_large_image"

    assert head.one("og:locale") == OG_LOCALES[language]
    alternates = set(head.all("og:locale:alternate"))
    assert alternates == {OG_LOCALES[code] for code in LANGUAGE_VERSIONS if code != language}

    image = head.one("og:image")
    width, height = int(head.one("og:image:width")), int(head.one("og:image:height"))
    assert image.startswith("http://testserver/")
    assert head.one("og:image:alt")
    assert 0 < width <= 1200 and 0 < height <= 630
    assert abs(width / height - 1200 / 630) < 0.02
    if model in OWN_PICTURE:
        own = getattr(page, picture_field(model))
        rendition = own.get_rendition("fill-1200x630|format-jpeg|jpegquality-82")
        assert image.endswith(rendition.url)
        assert (width, height) == (rendition.width, rendition.height)
    else:
        assert "/static/img/share-default" in image
        assert (width, height) == (1200, 630)


def test_a_designer_without_a_portrait_shares_their_newest_project(client, demo):
    designer = english_page(DesignerPage)
    designer.portrait = None
    designer.save_revision().publish()
    html = client.get(url_in(designer, "en")).content.decode()
    project = (
        ProjectPage.objects.live()
        .filter(team_members__designer=designer, cover_image__isnull=False)
        .order_by("-year", "title")
        .first()
    )
    assert project is not None
    rendition = project.cover_image.get_rendition("fill-1200x630|format-jpeg|jpegquality-82")
    assert Head(html).one("og:image") == f"http://testserver{rendition.url}"
    assert Head(html).one("og:image:alt") == project.cover_alt


def test_a_preview_of_a_draft_carries_no_sharing_tags(demo):
    page = english_page(ProjectPage)
    page.title = "Unpublished title"
    page.save_revision()  # a draft of the live page
    response = page.make_preview_request()
    html = response.content.decode()
    assert "Unpublished title" in html  # it is the preview of the draft...
    head = Head(html)
    assert not [m for m in head.meta if m.get("property", "").startswith("og:")]  # ...unshared
    assert not head.all("twitter:card")


def test_a_private_page_is_not_described(demo):
    page = english_page(ProgrammePage)
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    html = Client().get(url_in(page, "en")).content.decode()
    assert page.title not in [m.get("content") for m in Head(html).meta]
    assert not Head(html).all("og:image")


def test_the_default_picture_is_shipped_at_its_stated_size():
    from PIL import Image

    from home import share_image

    with Image.open(share_image.path()) as picture:
        assert picture.size == (share_image.WIDTH, share_image.HEIGHT)
        assert picture.format == "JPEG"
