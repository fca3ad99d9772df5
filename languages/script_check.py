"""Find Serbian pages with text that arrived in Latin script, so an editor can look at them.

What counts as Serbian in Latin is `languages.scripts.is_latin_serbian`.
"""

from wagtail.models import Page
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from languages.scripts import is_latin_serbian


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
