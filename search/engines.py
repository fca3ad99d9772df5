"""Ask the configured search backend for the best matches, as page ids with scores.

One engine per kind of backend, both answering the same two questions:

- `search(queryset, text, language)`: up to `limit` `Hit`s, best first;
- `autocomplete(queryset, text, limit)`: page ids whose title starts like the text.

The database engine sends the project's analysed words (search/analysis.py) to Wagtail's
database backend; the Elastic engine (OpenSearch, Elasticsearch) sends the visitor's text to
the language sub-fields that the project's analyzers build (search/backends/elastic.py) and
returns highlighted fragments. Either way a failing engine raises `SearchUnavailable`, which the
view turns into a message: external engines fail by network, and the caller must not 500.
"""

import logging
from dataclasses import dataclass, field
from datetime import UTC

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.signals import setting_changed
from django.db import connection
from django.dispatch import receiver
from django.utils import timezone
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend
from modelsearch.query import MATCH_ALL
from wagtail.search.backends import get_search_backend

from programmes.status import CLOSING_SOON, ProgrammeStatus
from search.analysis import analyze_words, folded_words
from search.documents import TITLE_BOOST
from search.facets import kind_models

# How much a programme's call status lifts its relevance: open calls first, then upcoming ones.
# Both search paths use it (the database path in search/service.py, the engines' function_score).
STATUS_FACTOR = {
    ProgrammeStatus.OPEN: 1.5,
    ProgrammeStatus.CLOSING_SOON: 1.5,
    ProgrammeStatus.UPCOMING: 1.2,
}

logger = logging.getLogger(__name__)


# How much a page whose title holds every query word gains on the database backends.
TITLE_MATCH_FACTOR = 3.0


class SearchUnavailable(Exception):
    """The search engine did not answer (down, too slow, or refused the query)."""


@dataclass
class Hit:
    page_id: int
    relevance: float  # higher is better, >= 0
    highlights: list[str] = field(default_factory=list)


@dataclass
class FacetedPage:
    """One page of results with the facet counts of the whole result set (engine-side)."""

    hits: list  # the requested page's Hits, best first
    total: int  # results after the selected facets
    counts: dict  # facet -> {value: count}; each facet counted without its own selection
    offset: int  # of hits[0] in the whole list


_engines = {}


@receiver(setting_changed)
def _forget_engines(setting, **kwargs):
    if setting in ("WAGTAILSEARCH_BACKENDS", "SEARCH_TIMEOUT"):
        _engines.clear()


def get_engine(backend_name="default"):
    """The engine for a configured backend, kept for the process.

    Wagtail builds a new backend (and a new HTTP client with its own connection pool) on every
    `get_search_backend()` call; keeping one per process lets requests reuse connections.
    """
    if backend_name not in _engines:
        backend = get_search_backend(backend_name)
        if isinstance(backend, ElasticsearchBaseSearchBackend):
            _engines[backend_name] = ElasticEngine(backend)
        elif connection.vendor == "postgresql":
            _engines[backend_name] = PostgresEngine(backend)
        else:
            _engines[backend_name] = DatabaseEngine(backend)
    return _engines[backend_name]


class DatabaseEngine:
    highlights = False

    def __init__(self, backend):
        self.backend = backend

    def search(self, queryset, text, language, limit):
        terms = analyze_words(text, language)
        if not terms:
            return []
        results = self.backend.search(
            " ".join(terms), queryset.only("id", "title"), operator="and"
        ).annotate_score("_score")
        hits = []
        for page in results[:limit]:
            relevance = _relevance(page._score)
            # SQLite's bm25() scores the whole row, so a name in a project's team list weighs
            # as much as the designer's own title: the project favours title matches itself.
            if set(terms) <= set(analyze_words(page.title, language)):
                relevance *= TITLE_MATCH_FACTOR
            hits.append(Hit(page.pk, relevance))
        hits.sort(key=lambda hit: -hit.relevance)
        return hits

    def autocomplete(self, queryset, text, limit):
        terms = folded_words(text)
        if not terms:
            return []
        results = self.backend.autocomplete(" ".join(terms), queryset.only("id"), operator="and")
        return [page.pk for page in results[:limit]]


class PostgresEngine(DatabaseEngine):
    """The database backend's index on PostgreSQL, ranked in tiers so a broad query does not rank
    every page it matches.

    Wagtail's query ranks every match with `ts_rank` on title and body (a query such as
    "design" matches ~39,000 of 40,000 pages; 0.6 s). Here, in the same index entries:

    1. Pages whose title holds every word, ranked by `ts_rank` of the title (short vectors,
       found through the GIN index on the title). A title match ranks above any body match
       (issue #4), so when these fill `limit` nothing else needs ranking.
    2. Otherwise the remaining matches (title and body together, through the GIN index on
       `title || body`, search/migrations/0001), ranked by `ts_rank` of the body: all of them
       when there are at most BODY_CANDIDATES, else the BODY_CANDIDATES newest index entries
       (BODY_CANDIDATES > MAX_MATCHES, so such a query always says only the best are shown).
    """

    BODY_CANDIDATES = 2000
    # Title matches score TITLE_TIER + r, body matches r, with r = rank / (1 + rank) < 1 (same
    # order as ts_rank): a programme's status factor (STATUS_FACTOR, ×1.5 at most) reorders
    # within a tier but never lifts a body match over a title match.
    TITLE_TIER = 2.0

    def search(self, queryset, text, language, limit):
        terms = analyze_words(text, language)
        if not terms:
            return []
        tsquery = " & ".join(f"'{term}'" for term in dict.fromkeys(terms))  # \w+ words only
        config = getattr(self.backend, "config", None) or "simple"
        entries, entry_params = _entries(queryset)
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT (e.object_id)::bigint, ts_rank(e.title, q.q) AS rank "
                "FROM (SELECT to_tsquery(%s::regconfig, %s) AS q) q, "
                f"LATERAL (SELECT e.object_id, e.title {entries} AND e.title @@ q.q) e "
                "ORDER BY rank DESC, 1 DESC LIMIT %s",
                [config, tsquery, *entry_params, limit],
            )
            hits = [Hit(pk, self.TITLE_TIER + _below_one(rank)) for pk, rank in cursor.fetchall()]
            if len(hits) >= limit:
                return hits
            cursor.execute(
                "SELECT c.id, ts_rank(c.body, q.q) AS rank "
                "FROM (SELECT to_tsquery(%s::regconfig, %s) AS q) q, LATERAL ("
                f"SELECT (e.object_id)::bigint AS id, e.body {entries} "
                "AND (e.title || e.body) @@ q.q AND NOT (e.title @@ q.q) "
                "ORDER BY e.id + 0 DESC LIMIT %s) c "  # + 0: not a backward scan of the pk
                "ORDER BY rank DESC, 1 DESC LIMIT %s",
                [config, tsquery, *entry_params, self.BODY_CANDIDATES, limit - len(hits)],
            )
            hits += [Hit(pk, _below_one(rank)) for pk, rank in cursor.fetchall()]
        return hits

    def autocomplete(self, queryset, text, limit):
        """Wagtail's autocomplete query (every word, the last one as a prefix, ranked by
        `ts_rank`), with the pages looked up by primary key instead of hashing all of them."""
        terms = folded_words(text)
        if not terms:
            return []
        *whole, last = terms
        tsquery = " & ".join([f"'{term}'" for term in whole] + [f"'{last}':*"])
        config = getattr(self.backend, "autocomplete_config", None) or "simple"
        entries, entry_params = _entries(queryset)
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT (e.object_id)::bigint, ts_rank(e.autocomplete, q.q) AS rank "
                "FROM (SELECT to_tsquery(%s::regconfig, %s) AS q) q, "
                f"LATERAL (SELECT e.object_id, e.autocomplete {entries} "
                "AND e.autocomplete @@ q.q) e "
                "ORDER BY rank DESC, 1 DESC LIMIT %s",
                [config, tsquery, *entry_params, limit],
            )
            return [pk for pk, _rank in cursor.fetchall()]


def _below_one(rank):
    rank = max(0.0, float(rank or 0.0))
    return rank / (1.0 + rank)


def _entries(queryset):
    """The FROM/WHERE of the index entries of the pages in `queryset`, and its parameters."""
    pages_sql, pages_params = queryset.order_by().values("pk").query.sql_with_params()
    content_types = _content_type_ids(queryset)
    sql = (
        "FROM wagtailsearch_indexentry e "
        "WHERE e.content_type_id = ANY(%s) "
        # Compared as integers so the page side can use its primary key index (a varchar
        # comparison hashed all 40,000 pages); CASE keeps other models' ids out of the cast.
        "AND CASE WHEN e.content_type_id = ANY(%s) THEN (e.object_id)::bigint END "
        f"IN (SELECT page.pk FROM ({pages_sql}) AS page) "
    )
    return sql, [content_types, content_types, *pages_params]


def _content_type_ids(queryset):
    # Wagtail indexes each page under its specific model; the site searches the three kinds.
    return sorted(ContentType.objects.get_for_model(m).pk for m in kind_models().values())


def _relevance(score):
    # SQLite's bm25() is negative (lower is better); PostgreSQL's ts_rank is positive.
    score = float(score or 0.0)
    return -score if score < 0 else score


class ElasticEngine:
    highlights = True
    faceted = True  # search/service.py asks faceted_search(), not search()

    def __init__(self, backend):
        self.backend = backend
        self.client = backend.es
        self.timeout = settings.SEARCH_TIMEOUT

    def _index(self, queryset):
        return self.backend.get_index_for_model(queryset.model).name

    def _filters(self, queryset):
        # modelsearch's compiler turns the queryset's filters (locale, live, public, type)
        # into the engine's filter clauses; only the text query is the project's own.
        compiler = self.backend.query_compiler_class(queryset, MATCH_ALL)
        return compiler.get_filters()

    def _call(self, method, **kwargs):
        try:
            if hasattr(self.client, "options"):  # elasticsearch-py 8+
                return getattr(self.client.options(request_timeout=self.timeout), method)(**kwargs)
            return getattr(self.client, method)(request_timeout=self.timeout, **kwargs)
        except Exception as error:  # connection refused, timeout, HTTP errors: all "unavailable"
            logger.warning("search engine %s failed: %r", method, error)
            raise SearchUnavailable(str(error)) from error

    def search(self, queryset, text, language, limit):
        text = text.strip()
        if not text:
            return []
        body = {
            "query": self._text_query(queryset, text, language),
            "highlight": _highlight(language),
            "_source": False,
            "stored_fields": ["pk"],
            "size": limit,
        }
        response = self._call("search", index=self._index(queryset), body=body)
        return _hits(response, language)

    def _text_query(self, queryset, text, language):
        """Every word of `text` in the title or body of the visitor's language, title first,
        within the queryset's filters (locale, live, public, type)."""
        fields = [f"title.{language}^{TITLE_BOOST}", f"search_body.{language}"]
        return {
            "bool": {
                "must": {
                    "multi_match": {
                        "query": text,
                        "fields": fields,
                        "type": "cross_fields",
                        "operator": "and",
                    }
                },
                "filter": self._filters(queryset),
            }
        }

    def autocomplete(self, queryset, text, limit):
        if not text.strip():
            return []
        compiler = self.backend.autocomplete_query_compiler_class(
            queryset, text.strip(), operator="and"
        )
        body = {
            "query": compiler.get_query(),
            "_source": False,
            "stored_fields": ["pk"],
            "size": limit,
        }
        response = self._call("search", index=self._index(queryset), body=body)
        return [int(hit["fields"]["pk"][0]) for hit in response["hits"]["hits"]]

    def faceted_search(self, queryset, text, language, selected, offset, size, now=None):
        """One request: the `size` best results from `offset` (highlighted), their total, and
        the facet counts of the whole result set, relative to the moment `now`.

        The engine ranks (by STATUS_FACTOR, as the database path does), counts
        each facet with the other facets' selections applied (`filter` aggregations around
        `terms`, and around `filters` for the call status, bucketed from the stored dates) and
        applies every selection to the hits only (`post_filter`).
        """
        text = text.strip()
        if not text:
            return FacetedPage([], 0, {}, 0)
        now = now or timezone.now()
        statuses = status_filters(now)
        chosen = {
            facet: facet_filter(facet, values, statuses)
            for facet, values in selected.items()
            if values
        }
        body = {
            "query": {
                "function_score": {
                    "query": self._text_query(queryset, text, language),
                    # The statuses are exclusive: "first" applies a programme's own factor.
                    "functions": [
                        {"filter": statuses[status.value], "weight": factor}
                        for status, factor in STATUS_FACTOR.items()
                    ],
                    "score_mode": "first",
                    "boost_mode": "multiply",
                }
            },
            "post_filter": _all(list(chosen.values())),
            "aggs": {
                facet: {
                    "filter": _all([f for other, f in chosen.items() if other != facet]),
                    "aggs": {"values": _facet_aggregation(facet, statuses)},
                }
                for facet in FACET_FIELDS
            },
            "highlight": _highlight(language),
            "_source": False,
            "stored_fields": ["pk"],
            "track_total_hits": True,
            "from": offset,
            "size": size,
        }
        response = self._call("search", index=self._index(queryset), body=body)
        hits = _hits(response, language)
        counts = {}
        for facet in FACET_FIELDS:
            buckets = response["aggregations"][facet]["values"]["buckets"]
            if isinstance(buckets, dict):  # `filters`: the call status
                counts[facet] = {k: b["doc_count"] for k, b in buckets.items() if b["doc_count"]}
            else:
                counts[facet] = {b["key"]: b["doc_count"] for b in buckets}
        return FacetedPage(hits, _total(response["hits"]["total"]), counts, offset)


# The document fields of each facet (search/documents.py FacetField); the call status has none:
# it is computed from facet_opens_at and facet_deadline at the moment of the search.
FACET_FIELDS = {
    "kind": "facet_kind",
    "discipline": "facet_disciplines",
    "country": "facet_countries",
    "status": None,
}
# Far more than the site has (30 disciplines, ~250 countries): every value gets a count.
FACET_SIZE = 1000


def _highlight(language):
    return {
        "encoder": "html",
        "pre_tags": ["<mark>"],
        "post_tags": ["</mark>"],
        "fields": {f"search_body.{language}": {"fragment_size": 160, "number_of_fragments": 2}},
    }


def _hits(response, language):
    return [
        Hit(
            int(hit["fields"]["pk"][0]),
            float(hit["_score"] or 0.0),
            hit.get("highlight", {}).get(f"search_body.{language}", []),
        )
        for hit in response["hits"]["hits"]
    ]


def _iso(moment):
    return moment.astimezone(UTC).isoformat()


def status_filters(now):
    """`programmes.status.status_q` as engine filters on the stored dates."""
    soon = now + CLOSING_SOON
    opened = {"range": {"facet_opens_at": {"lte": _iso(now)}}}
    return {
        ProgrammeStatus.UPCOMING.value: {"range": {"facet_opens_at": {"gt": _iso(now)}}},
        ProgrammeStatus.OPEN.value: _all(
            [opened, {"range": {"facet_deadline": {"gt": _iso(soon)}}}]
        ),
        ProgrammeStatus.CLOSING_SOON.value: _all(
            [opened, {"range": {"facet_deadline": {"gt": _iso(now), "lte": _iso(soon)}}}]
        ),
        ProgrammeStatus.CLOSED.value: {"range": {"facet_deadline": {"lte": _iso(now)}}},
    }


def facet_filter(facet, values, statuses):
    if facet == "status":
        return _any(*(statuses[value] for value in sorted(values)))
    return {"terms": {FACET_FIELDS[facet]: sorted(values)}}


def _facet_aggregation(facet, statuses):
    if facet == "status":
        return {"filters": {"filters": statuses}}
    return {"terms": {"field": FACET_FIELDS[facet], "size": FACET_SIZE}}


def _all(filters):
    if not filters:
        return {"match_all": {}}
    return {"bool": {"filter": filters}}


def _any(*filters):
    return {"bool": {"should": list(filters), "minimum_should_match": 1}}


def _total(total):
    return total["value"] if isinstance(total, dict) else int(total)
