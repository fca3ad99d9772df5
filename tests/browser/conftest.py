"""Browser tests: Playwright drives Debian's Chromium against the site served by a live server.

Why the browser tests run in a pytest session of their own (`make test` starts it after the
main suite; a run that collects both kinds leaves the browser tests out and says so):

- The browser reaches the site through a server thread, which sees only committed data. The
  usual way (pytest-django's `live_server` + `transaction=True`) flushes the database after
  every test, which would delete the demo site that tests/conftest.py loads once per session.
- So this session starts its own server thread (Django's `LiveServerThread`, which also serves
  static and media files) on the session's test database, after the demo is loaded, and the
  tests use no per-test transaction at all: what the browser does (a submission, a workflow
  step) is committed, as on a real site, and is seen by the later browser tests of this
  session only. The test database is thrown away when the session ends.
- An in-memory SQLite test database is shared with the server thread the way Django's own
  LiveServerTestCase shares it; PostgreSQL needs nothing special.
"""

import os
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connections

from tests.conftest import running_in_ci

CHROMIUM = Path("/usr/bin/chromium")
# Headless, and nothing that phones home (the machine reaches no network but the registries).
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"
MOBILE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}

# Playwright's sync API keeps an asyncio loop in the main thread, so Django would refuse ORM
# calls made by a test between two browser steps (SynchronousOnlyOperation). They are plain
# synchronous calls in a test process; the server thread is unaffected either way.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """Leave the browser tests out of a session that also runs the other tests.

    They need a session of their own (see the module docstring); `make test` runs them in a
    second pytest run, `pytest tests/browser` runs them alone.
    """
    browser = [item for item in items if item.get_closest_marker("browser")]
    if not browser or len(browser) == len(items):
        return
    items[:] = [item for item in items if not item.get_closest_marker("browser")]
    config.hook.pytest_deselected(items=browser)
    config.stash[_DESELECTED] = len(browser)


_DESELECTED = pytest.StashKey[int]()


def pytest_terminal_summary(terminalreporter, config):
    count = config.stash.get(_DESELECTED, 0)
    if count:
        terminalreporter.write_line(
            f"{count} browser tests were left out: they run in a session of their own "
            "(`make test` runs them; or `pytest tests/browser`)."
        )


def _missing(reason):
    if running_in_ci():
        pytest.fail(f"{reason} (CI must run the browser tests)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def playwright():
    if not CHROMIUM.exists():
        _missing("Debian's Chromium is not installed: bash ops/system-packages.sh chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("Playwright is not installed: pip install -e '.[test]'")
    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright):
    browser = playwright.chromium.launch(
        executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
    )
    yield browser
    browser.close()


@pytest.fixture(scope="session")
def django_db_setup(request, django_test_environment, django_db_blocker):
    """The test database, with the demo site, for a session of browser tests.

    pytest-django creates test databases only for tests that use its `db` fixtures or marker,
    and browser tests use neither (see above): without this, the ORM would reach the
    developer's own database. So the test database is made here, explicitly.
    """
    from django.test.utils import setup_databases, teardown_databases

    from demo.loader import DemoLoader
    from pictures.warming import warm_renditions

    verbosity = request.config.option.verbose
    with django_db_blocker.unblock():
        databases = setup_databases(verbosity=verbosity, interactive=False, aliases={"default"})
        name = connections["default"].settings_dict["NAME"]
        assert "memorydb" in str(name) or str(name).startswith("test_"), (
            f"refusing to load the demo into {name!r}: not a test database"
        )
        DemoLoader(log=lambda *args: None).run()
        # What the browser makes is committed here, so every rendition is made once: ahead,
        # rather than while a page load waits for its AVIF encoding (pictures/warming.py).
        warm_renditions()
    yield
    with django_db_blocker.unblock():
        teardown_databases(databases, verbosity=verbosity)


@pytest.fixture(scope="session")
def site_url(django_db_setup, django_db_blocker):
    """The base URL of the live site, served on the session's test database."""
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.test.testcases import LiveServerThread

    with django_db_blocker.unblock():
        shared = {
            conn.alias: conn
            for conn in connections.all()
            if conn.vendor == "sqlite" and conn.is_in_memory_db()
        }
        for conn in shared.values():
            conn.inc_thread_sharing()
        server = LiveServerThread("127.0.0.1", StaticFilesHandler, shared, port=0)
        server.daemon = True
        server.start()
        server.is_ready.wait()
        if server.error:
            raise server.error
        try:
            yield f"http://127.0.0.1:{server.port}"
        finally:
            server.terminate()
            for conn in shared.values():
                conn.dec_thread_sharing()


@pytest.fixture
def new_page(browser, site_url, request):
    """Open a page in a fresh browser context (no cookies): `new_page(locale=…, viewport=…)`."""
    contexts = []

    def open_page(locale="en-GB", viewport=DESKTOP, **options):
        context = browser.new_context(
            base_url=site_url, locale=locale, viewport=viewport, **options
        )
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page()


def artifact_path(*parts):
    path = ARTIFACTS.joinpath(*parts)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path
