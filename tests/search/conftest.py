"""Run the search suite against every backend: the database one (SQLite or PostgreSQL, as
DATABASE_URL says) and a real search engine (OpenSearch or Elasticsearch): the `engine` half.

The engine is the one SEARCH_TEST_URL names (`opensearch://127.0.0.1:9200`,
`elasticsearch7://127.0.0.1:9250`…), else SEARCH_URL when that names an engine, else the
OpenSearch node `ops/opensearch.sh start` runs (opensearch://127.0.0.1:9200); .ci/run runs the
suite once per engine version it claims. Each test session writes to its own index (a random
prefix) and deletes it at the end. Without a node the engine tests are skipped with the reason,
except under CI=true, where a missing node fails them.

Every test runs inside a savepoint. The database rolls back after each test as usual; for the
engine, which does not take part in the transaction, the pages a test saved or deleted are
re-indexed from the rolled-back database, so the next test sees the demo site again.
"""

import contextlib
import io
import os
import uuid
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.test import override_settings
from wagtail.models import Page

from config.search_backends import DATABASE_BACKEND, backend_from_url
from tests.conftest import running_in_ci

BACKENDS = ["database", "engine"]


def engine_url():
    if os.environ.get("SEARCH_TEST_URL"):
        return os.environ["SEARCH_TEST_URL"]
    url = os.environ.get("SEARCH_URL", "")
    if urlsplit(url).scheme.startswith(("opensearch", "elasticsearch")):
        return url
    return "opensearch://127.0.0.1:9200"


def engine_scheme():
    """The scheme of the engine under test (`opensearch`, `elasticsearch7`…), without TLS."""
    return urlsplit(engine_url()).scheme.lower().removesuffix("s")


def _unreachable_reason(config):
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend("engine")
    try:
        backend.es.cluster.health(request_timeout=5)
    except Exception as error:  # refused, timeout, TLS, not the product: the node is not there
        return f"{engine_url()} is not reachable at {config['HOSTS']}: {error!r}"
    return None


@pytest.fixture(scope="session")
def engine_config(django_db_setup, django_db_blocker):
    """An index of the demo site in the engine under test, for this session only."""
    config = backend_from_url(engine_url())
    config["INDEX_PREFIX"] = f"mikser_test_{uuid.uuid4().hex[:10]}_"
    with override_settings(WAGTAILSEARCH_BACKENDS={"engine": config}):
        reason = _unreachable_reason(config)
        if reason:
            hint = (
                "start it with `bash ops/opensearch.sh start` (or ops/elasticsearch.sh) "
                "or set SEARCH_TEST_URL"
            )
            if running_in_ci():
                pytest.fail(f"{reason} (CI=true needs it; {hint})")
            pytest.skip(f"{reason}; {hint}")
        with django_db_blocker.unblock():
            call_command("update_index", backend_name="engine", stdout=io.StringIO())
    yield config
    from wagtail.search.backends import get_search_backend

    with override_settings(WAGTAILSEARCH_BACKENDS={"engine": config}):
        backend = get_search_backend("engine")
        backend.es.indices.delete(index=f"{config['INDEX_PREFIX']}*")


@pytest.fixture(scope="session")
def database_index(django_db_setup, django_db_blocker):
    """The database backend's index of the demo site, built with the project's analysis.

    The demo is loaded with whatever SEARCH_URL says; when that is an engine the database
    index would be empty, so it is (re)built here once. Tests must request it before `db`:
    built inside a test's transaction, it would be rolled back with that test.
    """
    backends = {"default": DATABASE_BACKEND}
    with override_settings(WAGTAILSEARCH_BACKENDS=backends), django_db_blocker.unblock():
        call_command("update_index", stdout=io.StringIO())


@pytest.fixture(params=BACKENDS)
def search_backend(request, database_index, db):
    """Make the parametrised backend the site's search backend for one test."""
    if request.param == "engine":
        config = request.getfixturevalue("engine_config")
    else:
        config = DATABASE_BACKEND
    touched = set()

    def remember(sender, instance, **kwargs):
        if isinstance(instance, Page):
            touched.add(instance.pk)

    post_save.connect(remember, weak=False, dispatch_uid="search-tests-remember-save")
    post_delete.connect(remember, weak=False, dispatch_uid="search-tests-remember-delete")
    savepoint = transaction.savepoint()
    try:
        with override_settings(WAGTAILSEARCH_BACKENDS={"default": config}):
            yield request.param
            transaction.savepoint_rollback(savepoint)
            if request.param == "engine":
                _reindex_from_database(touched)
    finally:
        post_save.disconnect(dispatch_uid="search-tests-remember-save")
        post_delete.disconnect(dispatch_uid="search-tests-remember-delete")


def _reindex_from_database(page_ids):
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend("default")
    index = backend.get_index_for_model(Page)
    existing = {page.pk: page for page in Page.objects.filter(pk__in=page_ids).specific()}
    for pk in page_ids:
        if pk in existing:
            backend.add(existing[pk])
        else:
            with contextlib.suppress(backend.NotFoundError):
                index.es.delete(index=index.name, id=str(pk))
    index.refresh()


def refresh_index():
    """Make what was just indexed searchable (the engines refresh once a second by themselves)."""
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend("default")
    if hasattr(backend, "es"):
        # The engine-down tests point "default" at a closed port: nothing to refresh there.
        with contextlib.suppress(Exception):
            backend.get_index_for_model(Page).refresh()


def pytest_collection_modifyitems(config, items):
    """Tests marked `postgres` are left out when the tests run on another database."""
    from django.conf import settings

    if "postgresql" in settings.DATABASES["default"]["ENGINE"]:
        return
    kept = [item for item in items if not item.get_closest_marker("postgres")]
    if len(kept) != len(items):
        config.hook.pytest_deselected(items=[i for i in items if i not in kept])
        items[:] = kept
