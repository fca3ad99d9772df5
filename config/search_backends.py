"""Turn the operator's SEARCH_URL into a WAGTAILSEARCH_BACKENDS entry.

`opensearch://host:9200` and `elasticsearch://host:9200` pick the matching modelsearch backend;
the major version defaults to what this project is tested with (OpenSearch 2, Elasticsearch 8)
and can be given as `opensearch3://` or `elasticsearch9://`. `https` is used when the scheme
ends in `s` (`opensearchs://`).
"""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

_BACKENDS = {
    "opensearch": "wagtail.search.backends.opensearch2",
    "opensearch2": "wagtail.search.backends.opensearch2",
    "opensearch3": "wagtail.search.backends.opensearch3",
    "elasticsearch": "wagtail.search.backends.elasticsearch8",
    "elasticsearch7": "wagtail.search.backends.elasticsearch7",
    "elasticsearch8": "wagtail.search.backends.elasticsearch8",
    "elasticsearch9": "wagtail.search.backends.elasticsearch9",
}


def backend_from_url(url: str, index: str = "mikser") -> dict:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    secure = scheme.endswith("s") and scheme.rstrip("s") in _BACKENDS
    name = scheme.rstrip("s") if secure else scheme
    if name not in _BACKENDS or not parts.hostname:
        raise ImproperlyConfigured(
            f"SEARCH_URL {url!r}: expected opensearch:// or elasticsearch://"
        )
    host = {
        "host": parts.hostname,
        "port": parts.port or 9200,
        "use_ssl": secure,
        "http_auth": (parts.username, parts.password) if parts.username else None,
    }
    return {
        "BACKEND": _BACKENDS[name],
        "HOSTS": [{k: v for k, v in host.items() if v is not None}],
        "INDEX": parts.path.strip("/") or index,
        "TIMEOUT": 5,
        "OPTIONS": {},
        "INDEX_SETTINGS": {},
    }
