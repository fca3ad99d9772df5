"""Public pages draw their images as <picture>s: AVIF and WebP sources and a JPEG <img>, several
widths each, width and height always set, eager above the fold and lazy below it; the rendition
files are what the markup says they are (docs/browser-and-accessibility.md, "Responsive images")."""

import re
from html.parser import HTMLParser
from io import BytesIO
from pathlib import Path
from urllib.parse import unquote

import pytest
from django.conf import settings
from django.utils.text import smart_split
from PIL import Image as PILImage
from PIL import features
from wagtail.images.models import Filter
from wagtail.models import Locale

from pictures import specs as images
from pictures import warming
from programmes.models import ProgrammeIndexPage, ProgrammePage
from showcase.models import DesignerIndexPage, DesignerPage, ProjectIndexPage, ProjectPage
from tests.conftest import url_in

AVIF = features.check("avif")  # Pillow 11.3+ with libavif; without it Wagtail cannot encode AVIF
SOURCE_TYPES = ["image/avif", "image/webp"] if AVIF else ["image/webp"]
PILLOW_FORMAT = {"image/avif": "AVIF", "image/webp": "WEBP", "image/jpeg": "JPEG"}


class Pictures(HTMLParser):
    """The <img>s of a page, each with the <source>s of the <picture> around it (if any)."""

    def __init__(self, html):
        super().__init__()
        self.imgs, self._sources, self._in_picture = [], [], False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "picture":
            self._in_picture, self._sources = True, []
        elif tag == "source" and self._in_picture:
            self._sources.append(attrs)
        elif tag == "img":
            attrs["sources"] = list(self._sources) if self._in_picture else None
            self.imgs.append(attrs)

    def handle_endtag(self, tag):
        if tag == "picture":
            self._in_picture = False


def srcset_widths(srcset):
    """{url: width} from a srcset of width descriptors."""
    entries = [entry.strip().rsplit(" ", 1) for entry in srcset.split(",")]
    return {url: int(width.rstrip("w")) for url, width in entries}


def media_file(url):
    assert url.startswith(settings.MEDIA_URL), url
    return Path(settings.MEDIA_ROOT) / unquote(url[len(settings.MEDIA_URL) :])


def assert_file_is(url, mime_type, width):
    with PILImage.open(media_file(url)) as stored:
        assert stored.format == PILLOW_FORMAT[mime_type], url
        assert stored.width == width, url


def assert_responsive(img, check_files=True):
    """One picture: every format in several widths, a JPEG fallback, real files behind it."""
    assert img["sources"] is not None, f"an <img> outside a <picture>: {img}"
    assert img.get("width") and img.get("height"), img
    assert "alt" in img, img
    assert img.get("sizes"), img
    assert [source["type"] for source in img["sources"]] == SOURCE_TYPES
    offers = {source["type"]: source for source in img["sources"]}
    offers["image/jpeg"] = img
    assert img["src"].endswith(".jpg"), "the fallback is JPEG, PNG originals included"
    for mime_type, offer in offers.items():
        assert offer["sizes"] == img["sizes"]
        widths = srcset_widths(offer["srcset"])
        assert len(set(widths.values())) >= 3, offer["srcset"]
        if check_files:
            for url, width in widths.items():
                assert_file_is(url, mime_type, width)
    assert img["src"] in srcset_widths(img["srcset"])
    # The <img>'s own size is one of its renditions', so the box has the picture's ratio.
    fallback = PILImage.open(media_file(img["src"]))
    assert (int(img["width"]), int(img["height"])) == fallback.size


def page_imgs(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return Pictures(response.content.decode()).imgs


def english(model, **filters):
    return model.objects.live().filter(locale__language_code="en", **filters).first()


def test_home_hero_is_eager_and_high_priority_cards_lazy(client, demo):
    assert demo.hero_image is not None, "the demo home page should have a hero image"
    imgs = page_imgs(client, url_in(demo, "en"))
    hero, *cards = imgs
    assert "hero__image" in hero["class"]
    assert hero["alt"] == ""  # decorative by design (HomePage.hero_image)
    assert (hero["loading"], hero["fetchpriority"]) == ("eager", "high")
    assert cards, "the demo home page should feature designers and projects"
    for img in imgs:
        assert_responsive(img)
    for card in cards:
        assert (card["loading"], card["decoding"]) == ("lazy", "async")
        assert "fetchpriority" not in card


def test_designer_page_portrait_is_eager_and_the_projects_lazy(client, demo):
    designer = next(
        page
        for page in DesignerPage.objects.live().filter(locale__language_code="en")
        if page.portrait and ProjectPage.objects.live().filter(team_members__designer=page)
    )
    portrait, *projects = page_imgs(client, url_in(designer, "en"))
    assert portrait["alt"] == designer.portrait_alt
    assert portrait["loading"] == "eager"
    assert_responsive(portrait)
    assert projects
    for img in projects:
        assert_responsive(img)
        assert img["loading"] == "lazy"


def test_project_page_cover_is_eager_and_the_gallery_lazy(client, demo):
    project = next(
        page
        for page in ProjectPage.objects.live().filter(locale__language_code="en")
        if page.cover_image and any(block.block_type == "gallery" for block in page.body)
    )
    cover, *body = page_imgs(client, url_in(project, "en"))
    assert cover["alt"] == project.cover_alt
    assert (cover["loading"], cover["fetchpriority"]) == ("eager", "high")
    gallery = next(block for block in project.body if block.block_type == "gallery")
    assert len(body) >= len(gallery.value["images"]) >= 2
    for img in [cover, *body]:
        assert_responsive(img)
    for img in body:
        assert (img["loading"], img["decoding"]) == ("lazy", "async")
        assert img["alt"], "the demo's project images all have alt text"


def test_programme_page_image(client, demo):
    programme = next(
        page
        for page in ProgrammePage.objects.live().filter(locale__language_code="en")
        if page.image
    )
    (img,) = page_imgs(client, url_in(programme, "en"))
    assert img["alt"] == programme.image_alt
    assert img["loading"] == "eager"
    assert_responsive(img)


@pytest.mark.parametrize(
    "model", [DesignerIndexPage, ProjectIndexPage, ProgrammeIndexPage], ids=lambda m: m.__name__
)
def test_listing_first_row_is_eager_and_the_rest_lazy(client, demo, model):
    response = client.get(url_in(english(model), "en"))
    # A designer's card has several pictures (works and portrait): all of a card's alike.
    cards = response.content.decode().split('<article class="card')[1:]
    assert len(cards) > 3, "the first page of each demo listing has more than a row of cards"
    for n, card in enumerate(cards):
        imgs = Pictures(card).imgs
        assert imgs, "every demo card has a picture"
        for img in imgs:
            assert_responsive(img)
            assert img["loading"] == ("eager" if n < 3 else "lazy")
            assert img["decoding"] == "async"


def test_alt_text_converted_but_image_urls_untouched_in_serbian_latin(client, demo):
    designer = english(DesignerPage, portrait__isnull=False)
    cyrillic = page_imgs(client, url_in(designer, "sr"))[0]
    latin = page_imgs(client, url_in(designer, "sr-latn"))[0]
    assert re.search(r"[\u0400-\u04FF]", cyrillic["alt"]), "the Serbian alt text is Cyrillic"
    assert latin["alt"] != cyrillic["alt"] and not re.search(r"[\u0400-\u04FF]", latin["alt"])
    for name in ("src", "srcset", "sizes", "width", "height"):
        assert latin[name] == cyrillic[name]
    assert latin["sources"] == cyrillic["sources"]


def test_cyrillic_file_names_reach_serbian_latin_unconverted(client, demo):
    """Uploads named in Cyrillic are stored under an ASCII name (Wagtail's upload path), so
    image URLs have nothing the /sr-latn/ conversion could change; the srcsets stay identical."""
    from django.core.files.images import ImageFile
    from wagtail.images import get_image_model

    from tests.submissions import imagefiles

    image = get_image_model()(title="Плакат")
    image.file = ImageFile(BytesIO(imagefiles.png(size=(700, 700))), name="плакат.png")
    image.save()
    assert image.file.name.isascii()
    designer = english(DesignerPage, portrait__isnull=False).get_translation(
        Locale.objects.get(language_code="sr")
    )
    designer.portrait = image
    designer.save_revision().publish()
    latin = page_imgs(client, url_in(designer, "sr-latn"))[0]
    cyrillic = page_imgs(client, url_in(designer, "sr"))[0]
    assert latin["src"] == cyrillic["src"] and latin["srcset"] == cyrillic["srcset"]
    assert latin["sources"] == cyrillic["sources"]
    assert_responsive(latin)


def test_every_template_picture_is_declared_and_prefetchable():
    """A template asking for a picture not in pictures.specs.PICTURES would not be prefetched."""
    root = Path(settings.BASE_DIR)
    found = set()
    for path in [*root.glob("*/templates/**/*.html"), *root.glob("site/templates/**/*.html")]:
        if "admin" in path.relative_to(root).parts:
            continue  # the Wagtail admin's thumbnails for curators, never a visitor's page
        text = path.read_text()
        assert "{% image " not in text, f"{path} still uses {{% image %}}"
        for tag in re.findall(r"{%\s*picture\s.*?%}", text):
            _name, _image, *bits = smart_split(tag[2:-2].strip())
            found.add(" ".join(bit for bit in bits if "=" not in bit))
    assert found == set(images.PICTURES.values())
    for picture in found:
        assert len(images.renditions_of(picture)) == len(Filter.expand_spec(picture)) >= 9


def test_warm_renditions_makes_every_rendition_once(demo):
    from wagtail.images import get_image_model

    rendition_model = get_image_model().get_rendition_model()
    warming.warm_renditions(only=[images.PROGRAMME_PICTURE])
    made = rendition_model.objects.count()
    assert warming.warm_renditions(only=[images.PROGRAMME_PICTURE]) >= 1
    assert rendition_model.objects.count() == made
    for image, picture in warming.pictures_in_use(only=[images.PROGRAMME_PICTURE]):
        specs = set(images.renditions_of(picture))
        assert specs <= {r.filter_spec for r in image.renditions.all()}


def test_home_cards_take_their_renditions_from_the_prefetch(client, demo):
    """One rendition query per kind of card picture, not one per card: featured designers'
    portraits, their works (issue #13 shows two or three on each designer card) and the featured
    projects' covers."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = url_in(demo, "en")
    client.get(url)  # renditions of the hero are made on the first visit
    with CaptureQueriesContext(connection) as queries:
        imgs = page_imgs(client, url)
    assert len(imgs) >= 5  # the hero and four or more cards
    rendition_queries = [q for q in queries if "wagtailimages_rendition" in q["sql"]]
    # The hero's renditions come from the rendition cache (it is not prefetched).
    assert len(rendition_queries) == 3, [q["sql"][:120] for q in rendition_queries]
