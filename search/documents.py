"""What a page contributes to the search index.

Each searchable page type lists `SEARCH_FIELDS` in its `search_fields` and has a `search_body()`
method returning its plain text (see `page_text`). Two kinds of entries come out of that:

- the page's own words (`title`, `search_body`), which OpenSearch analyses per language with
  the analyzers in `search/backends/elastic.py`;
- the same words analysed by the project (`AnalysedField`, `FoldedAutocompleteField`): folded
  to Latin without diacritics and stemmed in the page's language, which is what the database
  backends (SQLite FTS5, PostgreSQL) match against, because they cannot do either themselves.
"""

import functools

from django.db import models
from django.utils import translation
from django.utils.html import strip_tags
from django_countries.fields import Country
from wagtail.blocks import StreamValue
from wagtail.rich_text import RichText
from wagtail.search import index

from languages.localization import localize_all
from search.analysis import analyze, autocomplete_words

# A title match outranks a body match (issue #4). Same value as Wagtail's own title boost so
# PostgreSQL's four weights keep title and body apart.
TITLE_BOOST = 2


def _language(obj):
    return obj.locale.language_code


class AnalysedField(index.SearchField):
    """The analysed words of an attribute, in the object's own language (database backends)."""

    def get_value(self, obj):
        return analyze(plain_text(super().get_value(obj)), _language(obj))


class FoldedAutocompleteField(index.AutocompleteField):
    """The folded words of an attribute, so `djor` completes `Ђорђевић`, and their stems in the
    object's language, so `residencies` finds "Residency" (search.analysis.autocomplete_words).
    Both backends index this value (OpenSearch as edge n-grams), so both complete alike."""

    def get_value(self, obj):
        return " ".join(autocomplete_words(plain_text(super().get_value(obj)), _language(obj)))


class FacetField(index.FilterField):
    """A facet value for OpenSearch/Elasticsearch: a keyword (or date) field with no per-model
    prefix (`facet_kind`, `facet_disciplines`…), so one aggregation covers every page type
    (search/backends/elastic.py, search/engines.py). The database backends ignore it: they count
    facets in SQL (search/facets.py)."""

    def __init__(self, field_name, es_type="keyword"):
        super().__init__(field_name)
        self.es_type = es_type

    @property
    def column_name(self):
        return self.field_name.removeprefix("search_")


class SearchFacetsMixin:
    """What a searchable page is, for the engine's facets: the same facts `search/facets.py`
    reads from the database. The call status is not stored (it changes with time): the dates
    are, and the engine buckets them relative to the moment of the search."""

    search_kind = ""

    def search_facet_kind(self):
        return self.search_kind

    def search_facet_disciplines(self):
        return sorted({discipline.slug for discipline in self.disciplines.all()})

    def search_facet_countries(self):
        if hasattr(self, "locations"):
            codes = {location.country.code for location in self.locations.all()}
        else:
            codes = {self.country.code} if getattr(self, "country", None) else set()
        return sorted(code for code in codes if code)

    def search_facet_opens_at(self):
        return getattr(self, "applications_open_at", None)

    def search_facet_deadline(self):
        return getattr(self, "application_deadline", None)


SEARCH_FIELDS = [
    index.SearchField("search_body"),
    AnalysedField("title", boost=TITLE_BOOST),
    AnalysedField("search_body"),
    FoldedAutocompleteField("title"),
    FacetField("search_facet_kind"),
    FacetField("search_facet_disciplines"),
    FacetField("search_facet_countries"),
    FacetField("search_facet_opens_at", "date"),
    FacetField("search_facet_deadline", "date"),
]


def search_text(method):
    """Compute a page's `search_body()` once per instance.

    Three index entries read it (the raw text for OpenSearch, the analysed words for the
    database) and it queries related objects; indexing always loads fresh instances (on save
    and in `update_index`), so a cached text cannot outlive the content it came from.
    """
    attribute = f"_{method.__name__}_cached"

    @functools.wraps(method)
    def cached(self):
        if attribute not in self.__dict__:
            self.__dict__[attribute] = method(self)
        return self.__dict__[attribute]

    return cached


def plain_text(value):
    """Readable text of a field value: strings, rich text, StreamField values, snippets."""
    if value is None or value == "":
        return ""
    if isinstance(value, StreamValue):
        return " ".join(str(part) for part in value.stream_block.get_searchable_content(value))
    if isinstance(value, RichText):
        value = value.source
    if isinstance(value, Country):
        return str(value.name) if value.code else ""
    if isinstance(value, (models.Manager, models.QuerySet)):
        value = list(value.all())
    if isinstance(value, (list, tuple)):
        return " ".join(plain_text(item) for item in value)
    return strip_tags(str(value))


def page_text(page, *parts):
    """Join `parts` as plain text in `page`'s language.

    Related snippets and pages (disciplines, partners, team members) are written in their
    translation into the page's locale; country names in the page's language.
    """
    with translation.override(_language(page)):
        texts = []
        for part in parts:
            if isinstance(part, (models.Manager, models.QuerySet)):
                part = list(part.all())
            if isinstance(part, list) and part and hasattr(part[0], "translation_key"):
                part = localize_all(part, locale=page.locale)
            texts.append(plain_text(part))
        return " ".join(text for text in texts if text)
