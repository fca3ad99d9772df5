"""Concurrent writers through the real server on the embedded default (issue #11).

SQLite used to answer "database is locked" (a 500) when two requests wrote at once: a
double-clicked submit, two submitters at the same moment, an editor's Publish during another's
autosave. A real `runserver` (threaded) runs the site's default settings on a copy of the test
site (made with the site's own backup and restore), and several visitors send their portfolios
at the same instant: every one is accepted and stored whole. On the PostgreSQL leg the same
test runs the server on PostgreSQL.
"""

import re
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import requests
from django.conf import settings

from home.backups.archive import create_backup, restore_backup
from showcase.models import PortfolioSubmissionPage
from tests.conftest import url_in
from tests.site_edge.test_backups import restore_target as second_database  # noqa: F401
from tests.submissions.conftest import form_data
from tests.submissions.test_worker_killed import database_url

WRITERS = 4
HIDDEN = r'name="{}"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="{}"'


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(database, media, port):
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "tests.site_edge.server_settings",
        "DATABASE_URL": database_url(database.settings_dict),
        "CHILD_MEDIA_ROOT": str(media),
        "SECRET_KEY": settings.SECRET_KEY,  # the start tokens are signed with it
    }
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120  # a hang guard, generous for a loaded machine
    while time.monotonic() < deadline:
        assert server.poll() is None, server.communicate()[1][-2000:]
        try:
            if requests.get(f"http://127.0.0.1:{port}/healthz/", timeout=5).status_code == 200:
                return server
        except requests.ConnectionError:
            time.sleep(0.3)
    server.kill()
    raise AssertionError("the server never answered")


def hidden(html, name):
    match = re.search(HIDDEN.format(name, name), html)
    assert match, name
    return match.group(1) or match.group(2)


def prepared_post(url, n):
    """A visitor's session with the form opened, and what they will send."""
    session = requests.Session()
    page = session.get(url, timeout=30)
    assert page.status_code == 200
    data = form_data(projects=1, name=f"Writer Number {n}", email=f"writer{n}@example.org")
    data["csrfmiddlewaretoken"] = hidden(page.text, "csrfmiddlewaretoken")
    # form_data's start token says the form was opened a minute ago (the form refuses a
    # portfolio sent within seconds of opening it, as a robot would).
    files = {
        key: (upload.name, upload.read(), upload.content_type)
        for key, upload in list(data.items())
        if hasattr(upload, "read")
    }
    fields = {key: value for key, value in data.items() if key not in files}
    return session, fields, files


def test_simultaneous_submissions_through_the_real_server_are_all_stored(
    demo,
    second_database,  # noqa: F811 (the fixture imported above)
    tmp_path,
):
    database, media = second_database, tmp_path / "media"
    create_backup(tmp_path / "site.tar.gz")
    restore_backup(tmp_path / "site.tar.gz", connection=database, media_root=media)
    port = free_port()
    path = url_in(PortfolioSubmissionPage.objects.get(locale__language_code="en"), "en")
    url = f"http://127.0.0.1:{port}{path}"
    server = start_server(database, media, port)
    try:
        posts = [prepared_post(url, n) for n in range(WRITERS)]
        together = threading.Barrier(WRITERS)

        def send(post):
            session, fields, files = post
            together.wait()
            return session.post(
                url, data=fields, files=files, allow_redirects=False, timeout=120
            ).status_code

        with ThreadPoolExecutor(WRITERS) as pool:
            statuses = list(pool.map(send, posts))
    finally:
        server.terminate()
        server.wait(timeout=30)

    assert statuses == [302] * WRITERS
    with database.cursor() as cursor:
        cursor.execute(
            "SELECT COUNT(*) FROM showcase_portfoliosubmission WHERE email LIKE 'writer%%'"
        )
        assert cursor.fetchone()[0] == WRITERS
        cursor.execute("SELECT COUNT(*) FROM wagtailcore_page WHERE title LIKE 'Writer Number %%'")
        assert cursor.fetchone()[0] == WRITERS
