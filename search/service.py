"""The site search: ranked results of the visitor's locale, facets, pagination.

On OpenSearch/Elasticsearch (`engine.faceted`) the engine does it all in one request: ranks
(open calls first, below), counts the facets with aggregations on the facet fields of the
documents (the call status from the stored dates, relative to the moment of the search) and
returns only the page asked for; the database then loads those ten pages, keeping only live,
public pages of the locale (a stale index cannot show a page that is no longer public, though
its counts may count it until the page is re-indexed).

On the database backends:

1. The engine (search/engines.py) returns up to MAX_MATCHES page ids, best first.
2. The database confirms them: only live, public pages of the locale and of the three kinds
   survive, whatever an external index may still hold (a page unpublished while OpenSearch was
   down stays out of the results).
3. Open calls move up: a programme open for applications gains over a closed one with the
   same text (issue #4).
4. Facets are counted and applied (search/facets.py), the list is paginated, and only the
   pages shown are loaded.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db.models import prefetch_related_objects
from django.utils import timezone
from wagtail.models import Page

from pictures.specs import CARD_PICTURE, SQUARE_PICTURE, with_renditions
from programmes.status import programme_status
from search.analysis import autocomplete_queries
from search.engines import STATUS_FACTOR, get_engine
from search.facets import build_facets, count_facets, kind_models, load_facts, matches
from showcase.models import Discipline

# Results considered per query. Beyond it a query is too broad to browse: the page says that
# only the best matches are shown (docs/search.md has the measurements behind the number).
MAX_MATCHES = 1000
PAGE_SIZE = 10
AUTOCOMPLETE_SIZE = 8
# How deep the engine-side path pages (OpenSearch's default index.max_result_window).
MAX_WINDOW = 10_000


def searchable_pages(locale):
    # Content types from Django's cache: Wagtail's `.type()` walks every model for subclasses
    # (29 ms a call at the home page's measurement); the searchable types have none.
    types = [ContentType.objects.get_for_model(model) for model in kind_models().values()]
    return Page.objects.live().public().filter(locale=locale, content_type__in=types)


# The picture beside a result, per kind: (image field, its alt text field, picture spec). The
# pictures the listings' cards already show, so no other renditions are made for search.
THUMBNAILS = {
    "designer": ("portrait", "portrait_alt", SQUARE_PICTURE),
    "project": ("cover_image", "cover_alt", CARD_PICTURE),
    "programme": ("image", "image_alt", CARD_PICTURE),
}


@dataclass
class Result:
    page: Page
    kind: str
    status: str
    highlights: list

    @property
    def summary(self):
        return getattr(self.page, "summary", "") or getattr(self.page, "short_bio", "")

    @property
    def thumbnail(self):
        field, _alt, _picture = THUMBNAILS.get(self.kind, ("", "", ""))
        return getattr(self.page, field, None) if field else None

    @property
    def thumbnail_alt(self):
        _field, alt, _picture = THUMBNAILS.get(self.kind, ("", "", ""))
        return getattr(self.page, alt, "") if alt else ""


def with_thumbnails(pages, kinds):
    """`pages` (specific) with their thumbnails and renditions fetched: two queries per kind
    shown, however many results (search-result pictures must not cost a query each)."""
    by_kind = defaultdict(list)
    for page in pages:
        if kinds.get(page.pk) in THUMBNAILS:
            by_kind[kinds[page.pk]].append(page)
    for kind, group in by_kind.items():
        field, _alt, picture = THUMBNAILS[kind]
        prefetch_related_objects(group, with_renditions(field, picture))
    return pages


@dataclass
class SearchOutcome:
    query: str
    results: object = None  # a Paginator page of Result
    total: int = 0
    facets: list = field(default_factory=list)
    capped: bool = False


def search_site(query, locale, selected, page_number, backend_name="default", now=None):
    engine = get_engine(backend_name)
    pages = searchable_pages(locale)
    if getattr(engine, "faceted", False):
        return _search_in_engine(engine, pages, query, locale, selected, page_number, now)
    hits = engine.search(pages, query, locale.language_code, MAX_MATCHES + 1)
    capped = len(hits) > MAX_MATCHES
    hits = hits[:MAX_MATCHES]

    facts = load_facts(pages, [hit.page_id for hit in hits], now)
    hits = [hit for hit in hits if hit.page_id in facts]
    for hit in hits:
        hit.relevance *= STATUS_FACTOR.get(facts[hit.page_id].status, 1.0)
    hits.sort(key=lambda hit: -hit.relevance)  # stable: equal scores keep the engine's order

    ranked_ids = [hit.page_id for hit in hits]
    slugs = {slug for fact in facts.values() for slug in fact.disciplines}
    facets = count_facets(ranked_ids, facts, selected, _discipline_names(locale, slugs))
    chosen = [hit for hit in hits if matches(facts[hit.page_id], selected)]

    paginator = Paginator(chosen, PAGE_SIZE)
    page = paginator.get_page(page_number)  # not a number: first page; too far: last page
    shown = Page.objects.filter(id__in=[h.page_id for h in page]).specific()
    kinds = {hit.page_id: facts[hit.page_id].kind for hit in page}
    shown = {p.pk: p for p in with_thumbnails(list(shown), kinds)}
    page.object_list = [
        Result(
            shown[hit.page_id],
            facts[hit.page_id].kind,
            facts[hit.page_id].status,
            hit.highlights,
        )
        for hit in page
        if hit.page_id in shown
    ]
    return SearchOutcome(query, page, paginator.count, facets, capped)


class _Window:
    """The whole result list as the Paginator sees it: its length, and the one page the engine
    returned (any other slice is empty: it was not asked for)."""

    def __init__(self, length, found):
        self.length = length
        self.found = found

    def __len__(self):
        return self.length

    def __getitem__(self, bounds):
        return self.found.hits if bounds.start == self.found.offset else []


def _search_in_engine(engine, pages, query, locale, selected, page_number, now):
    now = now or timezone.now()
    language = locale.language_code

    def fetch(number):
        offset = (number - 1) * PAGE_SIZE
        return engine.faceted_search(pages, query, language, selected, offset, PAGE_SIZE, now)

    asked = _page_number(page_number)
    found = fetch(min(asked, MAX_WINDOW // PAGE_SIZE))
    window = min(found.total, MAX_WINDOW)
    paginator = Paginator(_Window(window, found), PAGE_SIZE)
    number = paginator.get_page(page_number).number  # what Django pages to (last if too far)
    if (number - 1) * PAGE_SIZE != found.offset:
        found = fetch(number)  # only for a page beyond the last one: a second request
        paginator = Paginator(_Window(window, found), PAGE_SIZE)
    page = paginator.get_page(number)

    ids = [hit.page_id for hit in found.hits]
    shown = list(pages.filter(id__in=ids).specific())
    shown = {p.pk: p for p in with_thumbnails(shown, {p.pk: p.search_kind for p in shown})}
    page.object_list = [
        Result(
            shown[hit.page_id],
            shown[hit.page_id].search_kind,
            _status(shown[hit.page_id], now),
            hit.highlights,
        )
        for hit in found.hits
        if hit.page_id in shown
    ]
    slugs = set(found.counts.get("discipline", {})) | selected.get("discipline", set())
    facets = build_facets(found.counts, selected, _discipline_names(locale, slugs))
    return SearchOutcome(query, page, found.total, facets, found.total > MAX_WINDOW)


def _page_number(value):
    try:
        return max(1, int(value))
    except (TypeError, ValueError):
        return 1


def _status(page, now):
    if not hasattr(page, "application_deadline"):
        return ""
    return str(programme_status(page.applications_open_at, page.application_deadline, now))


def autocomplete_site(query, locale, backend_name="default"):
    engine = get_engine(backend_name)
    pages = searchable_pages(locale)
    ids = []
    for text in autocomplete_queries(query, locale.language_code):
        ids += [
            pk for pk in engine.autocomplete(pages, text, AUTOCOMPLETE_SIZE * 2) if pk not in ids
        ]
        if len(ids) >= AUTOCOMPLETE_SIZE * 2:
            break
    facts = load_kinds(pages, ids)
    found = {p.pk: p for p in Page.objects.filter(id__in=list(facts)).specific()}
    results = [(found[pk], facts[pk]) for pk in ids if pk in found]
    return results[:AUTOCOMPLETE_SIZE]


def load_kinds(pages, ids):
    kind_of = {ContentType.objects.get_for_model(m).pk: k for k, m in kind_models().items()}
    return {
        pk: kind_of[content_type]
        for pk, content_type in pages.filter(id__in=ids).values_list("id", "content_type_id")
    }


def known_disciplines():
    return Discipline.objects.values_list("slug", flat=True).distinct()


def _discipline_names(locale, slugs):
    names = {}
    # The visitor's locale wins; any other translation is a fallback for an untranslated term.
    for slug, name, locale_id in Discipline.objects.filter(slug__in=slugs).values_list(
        "slug", "name", "locale_id"
    ):
        if locale_id == locale.pk or slug not in names:
            names[slug] = name
    return names
