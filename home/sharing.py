"""What a shared link shows: the description and the Open Graph / social-card tags (issue #13).

Link previews (Facebook, LinkedIn, Slack, Signal, Mastodon, X) read Open Graph tags; X reads
`twitter:card` and falls back to Open Graph for the rest. Every public page gets them in each
language version, with the page's own picture as a rendition made for it
(pictures.specs.SHARE_IMAGE, 1200×630), or the site's default picture (home/share_image.py).

Only public renders carry them: a preview, a draft or a page behind a privacy restriction is
never described to a crawler (the tags would name its title, text and picture).
"""

from django.templatetags.static import static
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from addresses.absolute import absolute
from home import share_image
from pictures.specs import SHARE_IMAGE

# og:locale is language_TERRITORY (ogp.me). Serbian in Latin has no such code of its own; the
# script subtag keeps the two Serbian versions apart (crawlers that do not know it ignore it).
OG_LOCALES = {"en": "en_GB", "sr": "sr_RS", "sr-latn": "sr_Latn_RS", "sv": "sv_SE"}

# Where a page's own short text is, in order of preference (the editor's search description
# first: it is written for exactly this).
DESCRIPTION_FIELDS = ("search_description", "summary", "short_bio", "hero_text", "intro")
DESCRIPTION_LENGTH = 200  # search engines show about 155–160 characters; previews about 200

# Page types described as a person or a piece of writing; everything else is a website.
OG_TYPES = {"showcase.DesignerPage": "profile", "showcase.ProjectPage": "article",
            "programmes.ProgrammePage": "article"}  # fmt: skip


def site_description():
    return _(
        "Young designers and social innovators from Serbia and Sweden, their work, and the "
        "residencies, exchanges and workshops that bring them together."
    )


def page_description(page):
    """A page's description for `<meta name="description">` and og:description."""
    for field in DESCRIPTION_FIELDS:
        text = getattr(page, field, "") if page is not None else ""
        text = " ".join(strip_tags(str(text or "")).split())
        if text:
            return Truncator(text).chars(DESCRIPTION_LENGTH)
    return site_description()


def is_public_render(page, request):
    """Whether this render of `page` is what any visitor would see: not a preview (of a draft,
    a revision or a moderation), not an unpublished page, not behind a privacy restriction."""
    if page is None or request is None or getattr(request, "is_preview", False):
        return False
    if not page.live:
        return False
    return not page.get_view_restrictions().exists()


def share_tags(page, request, language_links=()):
    """The Open Graph and social-card properties of a public render, as (property, value)."""
    if not is_public_render(page, request):
        return []
    language = translation.get_language()
    title = page.seo_title or page.title
    image, alt = _image(page, request)
    tags = [
        ("og:site_name", pgettext("site name", "Mikser Showcase")),
        ("og:type", OG_TYPES.get(page._meta.label, "website")),
        ("og:title", title),
        ("og:description", page_description(page)),
        ("og:url", absolute(request.path, request)),
        ("og:locale", OG_LOCALES.get(language, language)),
    ]
    for link in language_links:
        if not link.is_current and not link.is_fallback and link.code in OG_LOCALES:
            tags.append(("og:locale:alternate", OG_LOCALES[link.code]))
    tags += [
        ("og:image", image["url"]),
        ("og:image:type", "image/jpeg"),
        ("og:image:width", str(image["width"])),
        ("og:image:height", str(image["height"])),
        ("og:image:alt", alt or title),
        ("twitter:card", "summary_large_image"),
        ("twitter:image:alt", alt or title),
    ]
    return tags


def _image(page, request):
    chosen, alt = page.share_image() if hasattr(page, "share_image") else (None, "")
    if chosen is not None:
        rendition = chosen.get_rendition(SHARE_IMAGE)
        picture = {"url": rendition.url, "width": rendition.width, "height": rendition.height}
    else:
        alt = _("Mikser Showcase: young designers from Serbia and Sweden")
        picture = {
            "url": static(share_image.STATIC_NAME),
            "width": share_image.WIDTH,
            "height": share_image.HEIGHT,
        }
    picture["url"] = absolute(picture["url"], request)
    return picture, alt
