"""Find Serbian text that arrived in Latin script, so an editor can look at it.

Serbian content is written in Cyrillic and `/sr-latn/` is derived from it. Latin cannot be
converted back to Cyrillic exactly (nadživeti is надживети, injekcija is инјекција), so Latin
Serbian from a PO file, a submission or a paste is kept as written and listed for an editor.
"""

import re

from wagtail.models import Page
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

_URL_OR_EMAIL = re.compile(r"\S+@\S+|https?://\S+|www\.\S+")
_TAGS = re.compile(r"<[^>]+>")
_LATIN_WORD = re.compile(r"\b[A-Za-zČčĆćŽžŠšĐđ]{3,}\b")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def is_latin_serbian(text):
    """True when text has Latin words and no Cyrillic (URLs and e-mail addresses aside)."""
    text = _URL_OR_EMAIL.sub(" ", _TAGS.sub(" ", text or ""))
    return bool(_LATIN_WORD.search(text)) and not _CYRILLIC.search(text)


def latin_segments(instance):
    """The (field path, text) pairs of an object's translatable text written in Latin."""
    found = []
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue) and segment.path != "slug":
            text = segment.render_text()
            if is_latin_serbian(text):
                found.append((segment.path, text))
    return found


def serbian_pages_with_latin_text():
    """Serbian pages (live or draft; their latest revision) with Latin text in them."""
    flagged = []
    for page in Page.objects.filter(locale__language_code="sr").specific():
        latest = page.get_latest_revision_as_object()
        if latin_segments(latest):
            flagged.append(page.pk)
    return Page.objects.filter(pk__in=flagged)
