"""SEARCH_URL becomes a backend with the project's analysis (config/search_backends.py)."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.search_backends import backend_from_url
from search.backends.elastic import ANALYSIS


def test_empty_url_is_the_database_backend_without_its_own_stemming():
    config = backend_from_url("")
    assert config["BACKEND"] == "wagtail.search.backends.database"
    assert config["SEARCH_CONFIG"] == "simple"


def test_opensearch_url_uses_the_language_backend_and_names_the_index():
    config = backend_from_url("opensearchs://user:secret@search.example:9443/site")
    assert config["BACKEND"] == "search.backends.opensearch3"
    assert config["HOSTS"] == [
        {"host": "search.example", "port": 9443, "use_ssl": True, "http_auth": ("user", "secret")}
    ]
    assert config["INDEX_PREFIX"] == "site_"


@pytest.mark.parametrize("scheme", ["opensearch", "opensearch2", "opensearch3"])
def test_each_opensearch_major_uses_opensearch_py_3(scheme):
    assert backend_from_url(f"{scheme}://h")["BACKEND"] == "search.backends.opensearch3"


def test_elasticsearch7_url_names_the_server_major():
    config = backend_from_url("elasticsearch7s://search.example/site")
    assert config["BACKEND"] == "search.backends.elasticsearch7"
    assert config["HOSTS"] == [{"host": "search.example", "port": 9200, "use_ssl": True}]


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("elasticsearch://h:9200", "elasticsearch7://"),
        ("elasticsearchs://h:9200", "elasticsearch7://"),
        ("elasticsearch8://h:9200", "Elasticsearch 8 is not supported"),
        ("elasticsearch9://h:9200", "Elasticsearch 9 is not supported"),
    ],
)
def test_elasticsearch_urls_without_a_supported_major_are_refused_with_the_reason(url, reason):
    with pytest.raises(ImproperlyConfigured, match=reason):
        backend_from_url(url)


@pytest.mark.parametrize("url", ["redis://h:9200", "opensearch://", "solr://h"])
def test_unknown_urls_are_refused(url):
    with pytest.raises(ImproperlyConfigured):
        backend_from_url(url)


def test_language_backend_carries_the_analyzers():
    from search.backends.opensearch3 import SearchBackend

    analysis = SearchBackend.settings["settings"]["analysis"]
    assert set(ANALYSIS["analyzer"]) <= set(analysis["analyzer"])
    assert analysis["analyzer"]["edgengram_analyzer"]["filter"][-1] == "edgengram"
    assert "asciifolding" in analysis["analyzer"]["mikser_sv"]["filter"]


def test_elasticsearch7_backend_carries_the_analyzers_its_lucene_has():
    from search.backends.elasticsearch7 import SearchBackend

    analysis = SearchBackend.settings["settings"]["analysis"]
    assert "mikser_serbian_stemmer" not in analysis["filter"]  # Lucene 8 has none
    assert (
        analysis["analyzer"]["mikser_sr"]["filter"][:3]
        == ANALYSIS["analyzer"]["mikser_sr"]["filter"][:3]
    )
    assert analysis["analyzer"]["mikser_sv"] == ANALYSIS["analyzer"]["mikser_sv"]
    assert analysis["analyzer"]["mikser_en"] == ANALYSIS["analyzer"]["mikser_en"]
    # The shared definition itself is untouched.
    assert "mikser_serbian_stemmer" in ANALYSIS["analyzer"]["mikser_sr"]["filter"]


@pytest.mark.parametrize(
    ("flavour", "tagline", "accepted"),
    [
        ("oss", "You Know, for Search", True),  # Apache-licensed Elasticsearch 7.10
        ("unknown", "You Know, for Search", True),  # the Maven Central server (ops/)
        ("default", "You Know, for Search", True),
        ("oss", "The OpenSearch Project: https://opensearch.org/", False),
    ],
)
def test_elasticsearch7_transport_accepts_apache_licensed_builds_only_of_elasticsearch(
    flavour, tagline, accepted
):
    from elasticsearch.transport import _ProductChecker

    from search.backends.elasticsearch7 import ApacheLicensedElasticsearchTransport

    transport = ApacheLicensedElasticsearchTransport([{"host": "127.0.0.1", "port": 1}])
    info = {"version": {"number": "7.10.2", "build_flavor": flavour}, "tagline": tagline}
    transport._verified_elasticsearch = _ProductChecker.check_product({}, info)
    assert (transport._verified_elasticsearch is True) is accepted


def test_a_cluster_is_named_by_its_nodes_and_sets_replicas():
    config = backend_from_url("opensearch://127.0.0.1:9281,127.0.0.1:9282,[::1]:9283/c?replicas=2")
    assert [(h["host"], h["port"]) for h in config["HOSTS"]] == [
        ("127.0.0.1", 9281),
        ("127.0.0.1", 9282),
        ("::1", 9283),
    ]
    assert config["INDEX_PREFIX"] == "c_"
    assert config["INDEX_SETTINGS"] == {"settings": {"index": {"number_of_replicas": 2}}}
    assert backend_from_url("opensearch://h:1")["INDEX_SETTINGS"] == {}
