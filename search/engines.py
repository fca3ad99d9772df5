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

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend
from modelsearch.query import MATCH_ALL
from wagtail.search.backends import get_search_backend

from search.analysis import analyze_words, folded_words
from search.documents import TITLE_BOOST

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


def _relevance(score):
    # SQLite's bm25() is negative (lower is better); PostgreSQL's ts_rank is positive.
    score = float(score or 0.0)
    return -score if score < 0 else score


class ElasticEngine:
    highlights = True

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
        fields = [f"title.{language}^{TITLE_BOOST}", f"search_body.{language}"]
        body = {
            "query": {
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
            },
            "highlight": {
                "encoder": "html",
                "pre_tags": ["<mark>"],
                "post_tags": ["</mark>"],
                "fields": {
                    f"search_body.{language}": {"fragment_size": 160, "number_of_fragments": 2},
                },
            },
            "_source": False,
            "stored_fields": ["pk"],
            "size": limit,
        }
        response = self._call("search", index=self._index(queryset), body=body)
        return [
            Hit(
                int(hit["fields"]["pk"][0]),
                float(hit["_score"] or 0.0),
                hit.get("highlight", {}).get(f"search_body.{language}", []),
            )
            for hit in response["hits"]["hits"]
        ]

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
