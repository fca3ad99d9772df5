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


def test_elasticsearch_versions():
    assert backend_from_url("elasticsearch://h")["BACKEND"] == "search.backends.elasticsearch8"
    assert backend_from_url("elasticsearch9://h")["BACKEND"] == "search.backends.elasticsearch9"


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
