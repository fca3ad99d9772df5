"""The pictures the public templates draw, and prefetching their renditions.

Rendition warming (which images the live pages show, as which picture) is pictures/warming.py.

Every public image is a `{% picture %}`: AVIF and WebP `<source>`s and a JPEG `<img>`, each in
several widths (docs/browser-and-accessibility.md, "Responsive images"). The template tag only
takes literal filter specs, so each template repeats one of the PICTURES below word for word;
tests/pictures/test_responsive_images.py fails when a template asks for a picture not listed here.

Prefetching renditions with the image keeps a listing's query count flat: without it every
`{% picture %}` asks the database for its renditions. The prefetch must name every expanded
spec a template asks for (`renditions_of()`); a spec left out costs a query per item.
"""

from django.db.models import Prefetch
from wagtail.images import get_image_model
from wagtail.images.models import Filter

# One format list for every picture: the browser takes the first <source> it can decode.
# JPEG last, so it is the <img> fallback, also for PNG originals (a PNG fallback would be
# several times larger; AVIF and WebP keep transparency for the browsers that take them).
FORMATS = "format-{avif,webp,jpeg}"

# 4:3 cards of projects and programmes (listings, home, a designer's projects).
CARD_PICTURE = f"fill-{{320x240,480x360,640x480}}-c100 {FORMATS}"
# Squares: designer cards and the portrait on a designer's page (16rem, so 640 serves 2x).
SQUARE_PICTURE = f"fill-{{160x160,320x320,640x640}}-c100 {FORMATS}"
# 16:9 heroes: the home page's hero and a project's cover.
HERO_PICTURE = f"fill-{{480x270,800x450,1200x675}}-c100 {FORMATS}"
# A programme's own image (at most 30rem wide, so 960 serves 2x).
PROGRAMME_PICTURE = f"fill-{{320x240,480x360,640x480,960x720}}-c100 {FORMATS}"
# Images in a project's body: a lone captioned image and gallery images keep their ratio.
BODY_PICTURE = f"width-{{480,800,1200}} {FORMATS}"
GALLERY_PICTURE = f"width-{{320,480,640}} {FORMATS}"

PICTURES = {
    "card": CARD_PICTURE,
    "square": SQUARE_PICTURE,
    "hero": HERO_PICTURE,
    "programme": PROGRAMME_PICTURE,
    "body": BODY_PICTURE,
    "gallery": GALLERY_PICTURE,
}

# Single JPEG renditions for structured data (JSON-LD `image`): one of each picture's own
# renditions, so no extra file is made for them.
CARD_IMAGE = "fill-480x360-c100|format-jpeg"
PORTRAIT_IMAGE = "fill-640x640-c100|format-jpeg"
HERO_IMAGE = "fill-1200x675-c100|format-jpeg"
# The picture a shared link shows (og:image, issue #13): 1200×630 is the size Facebook,
# LinkedIn, Mastodon and X's large card ask for. Closeness 0 (not c100): the crop keeps the
# focal point in frame and as much of the artwork around it as 1.91:1 allows. JPEG, because
# not every link-preview crawler reads WebP or AVIF. Not upscaled: a smaller original gives a
# smaller rendition, and the tags state its real size.
SHARE_IMAGE = "fill-1200x630|format-jpeg|jpegquality-82"


def renditions_of(*pictures):
    """The rendition filter specs a `{% picture %}` with these specs asks for."""
    specs = []
    for picture in pictures:
        specs += Filter.expand_spec(picture)
    return specs


def with_renditions(relation, *pictures):
    """A Prefetch for an image foreign key, with the renditions of `pictures` prefetched."""
    images = get_image_model().objects.prefetch_renditions(*renditions_of(*pictures))
    return Prefetch(relation, queryset=images)
