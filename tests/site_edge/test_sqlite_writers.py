"""The embedded default takes concurrent writers (issue #11; config/settings/base.py).

Two real processes open the same SQLite file with the site's database settings and each run a
transaction that reads and then writes, overlapping in time: an editor's Publish during another
editor's autosave, a double-clicked submit. With SQLite's default (deferred) transactions both
take the read lock and the second to write fails at once with "database is locked"; the site's
settings (IMMEDIATE transactions, a busy timeout, WAL) make the second wait its turn.
"""

import os
import sqlite3
import subprocess
import sys
import time

from django.conf import settings


def run_writers(database, count, extra_env=None):
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}", **(extra_env or {})}
    env["DJANGO_SETTINGS_MODULE"] = "config.settings.dev"  # what `make run` serves
    start_at = str(time.time() + 3)  # after both have started Django
    writers = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.site_edge.sqlite_writer", f"writer-{n}", start_at],
            cwd=settings.BASE_DIR,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(count)
    ]
    return [writer.communicate(timeout=60)[0].strip() for writer in writers]


def make_database(path, wal=True):
    """A database as the site leaves it: `migrate` opened it first, with the site's settings,
    so it is in WAL mode already (the mode is stored in the file). Switching a new file to WAL
    takes a moment alone; writers racing to do it is not what is tested here."""
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE writes (id INTEGER PRIMARY KEY, name TEXT)")
        if wal:
            db.execute("PRAGMA journal_mode=WAL")
    return path


def rows(path):
    with sqlite3.connect(path) as db:
        return sorted(name for (name,) in db.execute("SELECT name FROM writes"))


def test_overlapping_read_then_write_transactions_all_succeed(tmp_path):
    database = make_database(tmp_path / "site.sqlite3")

    results = run_writers(database, 3)

    assert results == ["ok", "ok", "ok"]
    assert rows(database) == ["writer-0", "writer-1", "writer-2"]


def test_the_database_is_in_wal_mode_after_the_site_opens_it(tmp_path):
    database = make_database(tmp_path / "site.sqlite3", wal=False)
    run_writers(database, 1)
    with sqlite3.connect(database) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
