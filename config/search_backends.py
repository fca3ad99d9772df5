"""Turn the operator's SEARCH_URL into a WAGTAILSEARCH_BACKENDS entry.

The scheme names the engine and the major version of the server (issue #15), and picks the
backend module (wrapped with the project's language analysis, `search/backends/`) for the Python
client that speaks to it:

- `opensearch://` (OpenSearch 2.x or 3.x), `opensearch2://`, `opensearch3://`: opensearch-py 3
  (the project's dependency) talks to both majors, through modelsearch's `opensearch3` backend;
- `elasticsearch7://`: Elasticsearch 7.x, through elasticsearch-py 7.17 and modelsearch's
  `elasticsearch7` backend;
- `elasticsearch://`, `elasticsearch8://`, `elasticsearch9://` are refused with the reason
  (docs/search.md, "Engines and versions").

`https` is used when the scheme ends in `s` (`opensearchs://`). A path names the index prefix
(`opensearch://host:9200/mikser` gives the index `mikser_wagtailcore_page`). An empty URL means
the database backend.

A cluster is named by its nodes, comma-separated (`opensearch://h1:9200,h2:9200,h3:9200/mikser`):
the client spreads requests over them and retries a refused one on another node. `?replicas=N`
sets the indexes' `number_of_replicas` (a cluster of three keeps answering with a node gone when
every shard has a copy on another node).
"""

from urllib.parse import parse_qs, urlsplit

from django.core.exceptions import ImproperlyConfigured

_BACKENDS = {
    "opensearch": "search.backends.opensearch3",
    "opensearch2": "search.backends.opensearch3",
    "opensearch3": "search.backends.opensearch3",
    "elasticsearch7": "search.backends.elasticsearch7",
}

_NOT_ELASTICSEARCH_8 = (
    "Elasticsearch {major} is not supported: it needs the elasticsearch {major} Python client, "
    "which cannot be installed beside the 7.x client Elasticsearch 7 needs, and no such server "
    "runs in the project's tests; use elasticsearch7:// (Elasticsearch 7.x) or opensearch://"
)
_REFUSED = {
    "elasticsearch": (
        "say which Elasticsearch the server is: elasticsearch7:// for Elasticsearch 7.x "
        "(the one supported)"
    ),
    "elasticsearch8": _NOT_ELASTICSEARCH_8.format(major=8),
    "elasticsearch9": _NOT_ELASTICSEARCH_8.format(major=9),
}

# The database backend: the project analyses text itself (search/analysis.py), so PostgreSQL
# must not stem again with its own configuration; SQLite ignores the option.
DATABASE_BACKEND = {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "simple"}

# Seconds the client waits for the engine when indexing: a bulk request of update_index timed
# out at 10 s on a busy 2-core machine (docs/benchmarks.md). Searches use the shorter
# SEARCH_TIMEOUT (search/engines.py) so a slow engine cannot hold a visitor.
INDEXING_TIMEOUT = 30


def backend_from_url(url: str, index: str = "mikser") -> dict:
    if not url:
        return dict(DATABASE_BACKEND)
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    secure = scheme.endswith("s") and scheme[:-1] in _BACKENDS.keys() | _REFUSED.keys()
    name = scheme[:-1] if secure else scheme
    if name in _REFUSED:
        raise ImproperlyConfigured(f"SEARCH_URL {url!r}: {_REFUSED[name]}")
    nodes = [urlsplit(f"//{node}") for node in parts.netloc.rpartition("@")[2].split(",")]
    if name not in _BACKENDS or not all(node.hostname for node in nodes):
        raise ImproperlyConfigured(
            f"SEARCH_URL {url!r}: expected opensearch:// (or opensearch2://, opensearch3://) "
            "or elasticsearch7://"
        )
    hosts = [
        {
            "host": node.hostname,
            "port": node.port or 9200,
            "use_ssl": secure,
            "http_auth": (parts.username, parts.password) if parts.username else None,
        }
        for node in nodes
    ]
    prefix = parts.path.strip("/") or index
    replicas = parse_qs(parts.query).get("replicas")
    return {
        "BACKEND": _BACKENDS[name],
        "HOSTS": [{k: v for k, v in host.items() if v is not None} for host in hosts],
        "INDEX_PREFIX": f"{prefix}_",
        "TIMEOUT": INDEXING_TIMEOUT,
        # A refused connection is retried once, not three times: the page waits for it.
        "OPTIONS": {"max_retries": 1},
        "INDEX_SETTINGS": (
            {"settings": {"index": {"number_of_replicas": int(replicas[0])}}} if replicas else {}
        ),
    }
