"""Which translations are out of date with their English source.

wagtail-localize records when it last read a source (`TranslationSource.last_updated_at`) but
does not say when the source changed since. A translation is out of date when its source page
was published after that: the editor then runs wagtail-localize's "Sync translated pages".
"""

from django.db.models import OuterRef, Subquery
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource


def outdated_sources():
    """Page translation sources whose page was published after wagtail-localize last read it."""
    published = Page.objects.filter(
        translation_key=OuterRef("object_id"), locale_id=OuterRef("locale_id")
    ).values("last_published_at")[:1]
    sources = TranslationSource.objects.annotate(source_published_at=Subquery(published))
    return [
        source
        for source in sources.exclude(source_published_at=None)
        if source.source_published_at > source.last_updated_at
    ]


def outdated_translation_pages():
    """The translated pages whose English (or other) source changed since their last sync."""
    pairs = Translation.objects.filter(source__in=outdated_sources(), enabled=True).values_list(
        "source__object_id", "target_locale_id"
    )
    page_ids = [
        page_id
        for key, locale_id in pairs
        for page_id in Page.objects.filter(translation_key=key, locale_id=locale_id).values_list(
            "pk", flat=True
        )
    ]
    return Page.objects.filter(pk__in=page_ids)
