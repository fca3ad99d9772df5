"""Elasticsearch 7.x (`SEARCH_URL=elasticsearch7://`) through elasticsearch-py 7.17.

Two differences from the OpenSearch backend, both about Elasticsearch 7 itself:

- elasticsearch-py 7.14+ checks the product it talks to. For servers 7.0-7.13 it wants the
  tagline "You Know, for Search" *and* the build flavour "default" (Elastic's licensed
  distribution), so it refuses Elasticsearch built from the Apache-licensed code (the OSS
  distribution, flavour "oss", or the 7.10.2 server from Maven Central that ops/elasticsearch.sh
  runs, "unknown") although the API is the same. The transport here lets that one case through
  and keeps refusing everything else the client refuses (OpenSearch has another tagline; 7.14+
  servers are checked by their X-Elastic-Product header as before).
- Lucene 8 has no Snowball Serbian stemmer (it came with Lucene 9), so on Elasticsearch 7
  Serbian is folded across scripts and diacritics but not stemmed (docs/search.md).
"""

from elasticsearch import Transport
from elasticsearch.transport import _ProductChecker

from search.backends.elastic import language_backend


class ApacheLicensedElasticsearchTransport(Transport):
    """Accepts Elasticsearch 7.0-7.13 of any build flavour; otherwise the client's own check."""

    # The client sets and reads this attribute around its check (Transport.perform_request);
    # a property keeps the verdict right for every thread without copying the check.
    @property
    def _verified_elasticsearch(self):
        return self._product_verdict

    @_verified_elasticsearch.setter
    def _verified_elasticsearch(self, verdict):
        if verdict == _ProductChecker.UNSUPPORTED_DISTRIBUTION:
            verdict = True
        self._product_verdict = verdict


_LanguageBackend = language_backend(
    "modelsearch.backends.elasticsearch7", missing_filters={"mikser_serbian_stemmer"}
)


class SearchBackend(_LanguageBackend):
    def __init__(self, params):
        options = {"transport_class": ApacheLicensedElasticsearchTransport}
        options.update(params.get("OPTIONS", {}))
        super().__init__({**params, "OPTIONS": options})
