"""A worker killed during a submission leaves no half-saved pages, and no orphan files once the
sweep has run (issue #7; showcase/submissions/orphans.py, docs/submissions.md).

A real process is killed: a child Python process posts a real submission to the real view on a
copy of the test site (database and media, made with the site's own backup and restore), stops
after the image files are written and before the commit (submit_in_child.py patches the service
to wait there), and gets SIGKILL, which skips every clean-up Python would run.
"""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

from django.conf import settings

from home.backups.archive import create_backup, restore_backup
from showcase.submissions.orphans import FILE_PREFIX, HELD_FOLDER

# A fixture: a second, empty database of the kind the tests run on (SQLite file or PostgreSQL).
from tests.site_edge.test_backups import restore_target as second_database  # noqa: F401
from tests.submissions.submit_in_child import PAUSE_BEFORE_COMMIT

KILLED = ("Killed Worker", "killed@example.org")
FINISHED = ("Finished Worker", "finished@example.org")
TWO_HOURS_AGO = time.time() - 2 * 60 * 60


def database_url(settings_dict):
    if "sqlite" in settings_dict["ENGINE"]:
        return f"sqlite:///{settings_dict['NAME']}"
    user, password = quote(settings_dict["USER"] or ""), quote(settings_dict["PASSWORD"] or "")
    host, port = settings_dict["HOST"] or "localhost", settings_dict["PORT"] or 5432
    return f"postgres://{user}:{password}@{host}:{port}/{settings_dict['NAME']}"


def child_env(database, media, **extra):
    env = {k: v for k, v in os.environ.items() if k != PAUSE_BEFORE_COMMIT}
    env.update(
        DJANGO_SETTINGS_MODULE="tests.submissions.child_settings",
        DATABASE_URL=database_url(database.settings_dict),
        CHILD_MEDIA_ROOT=str(media),
        **extra,
    )
    return env


def submit(env, person):
    return subprocess.Popen(
        [sys.executable, "-m", "tests.submissions.submit_in_child", *person],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for(marker, child, timeout=180):  # a hang guard, generous for a loaded machine
    deadline = time.monotonic() + timeout
    while not marker.exists():
        if child.poll() is not None:
            raise AssertionError(f"the child ended before pausing: {child.communicate()}")
        assert time.monotonic() < deadline, "the child never reached the pause"
        time.sleep(0.1)


def count(database, sql, *params):
    with database.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone()[0]


def rows_of(database, person):
    name, email = person
    return {
        "pages": count(database, "SELECT COUNT(*) FROM wagtailcore_page WHERE title = %s", name)
        + count(
            database,
            "SELECT COUNT(*) FROM wagtailcore_page WHERE title LIKE %s",
            "Wayfinding for the Danube quay%",
        ),
        "submissions": count(
            database, "SELECT COUNT(*) FROM showcase_portfoliosubmission WHERE email = %s", email
        ),
        "images": count(database, "SELECT COUNT(*) FROM wagtailimages_image"),
        "submission images": count(
            database,
            "SELECT COUNT(*) FROM wagtailimages_image WHERE file LIKE %s",
            f"original_images/{FILE_PREFIX}%",
        ),
    }


def files(media):
    return {str(p.relative_to(media)) for p in media.rglob("*") if p.is_file()}


def referenced_files(database):
    with database.cursor() as cursor:
        cursor.execute("SELECT file FROM wagtailimages_image")
        names = {row[0] for row in cursor.fetchall()}
        cursor.execute("SELECT file FROM wagtailimages_rendition")
        return names | {row[0] for row in cursor.fetchall()}


def test_killed_submission_leaves_no_rows_and_the_sweep_removes_its_files(
    demo,
    second_database,  # noqa: F811 (the fixture imported above)
    tmp_path,
):
    database, media = second_database, tmp_path / "media"
    create_backup(tmp_path / "site.tar.gz")
    restore_backup(tmp_path / "site.tar.gz", connection=database, media_root=media)
    before = rows_of(database, KILLED)
    files_before = files(media)
    assert before["submission images"] == 0 and files_before
    # Submissions of earlier tests in this session were rolled back, their files were not: with
    # no submission image rows in the copy, such files are orphans too. Images held across a
    # validation error by earlier tests (held_uploads.py) are not: a form may send their
    # reference back for SUBMISSION_FORM_MAX_AGE, so the sweep keeps them that long.
    earlier_held = {name for name in files_before if name.startswith(f"{HELD_FOLDER}/")}
    earlier_orphans = {name for name in files_before if FILE_PREFIX in name} - earlier_held
    others = files_before - earlier_orphans - earlier_held

    # 1. The killed worker: files written, transaction open, then SIGKILL.
    marker = tmp_path / "paused"
    child = submit(child_env(database, media, **{PAUSE_BEFORE_COMMIT: str(marker)}), KILLED)
    try:
        wait_for(marker, child)
        orphans = {name for name in files(media) - files_before if FILE_PREFIX in name}
        assert len(orphans) == 4, "two projects of two images were written before the commit"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    database.close()  # a new connection: SQLite rolls the dead writer's journal back on open
    assert rows_of(database, KILLED) == before, "the killed submission left rows"
    assert orphans <= files(media), "the files outlive the kill (what the sweep is for)"

    # 2. A submission that completes, with a rendition, next to the orphans.
    finished = submit(child_env(database, media), FINISHED)
    assert finished.wait(timeout=180) == 0, finished.communicate()
    assert rows_of(database, FINISHED)["submissions"] == 1
    kept = {
        name for name in referenced_files(database) if name.split("/")[-1].startswith(FILE_PREFIX)
    }
    assert len(kept) == 8 and kept <= files(media)  # four originals, four renditions

    # Every submission file is old now, past the grace period; three more files test the rules.
    for name in files(media):
        if FILE_PREFIX in name:
            os.utime(media / name, (TWO_HOURS_AGO, TWO_HOURS_AGO))
    dead_rendition = f"images/{FILE_PREFIX}{'0' * 32}.2e16d0ba.fill-160x160-c100.format-webp.webp"
    young = f"original_images/{FILE_PREFIX}{'1' * 32}.jpeg"  # a submission still saving
    stranger = "original_images/uploaded-by-hand.jpeg"  # no row either, but not a submission's
    # Held images: two hours old is past the grace period but within the form's lifetime (a
    # person may still send the form again), one older than the form's lifetime is abandoned.
    held_live = f"{HELD_FOLDER}/{FILE_PREFIX}{'2' * 26}.jpeg"
    held_abandoned = f"{HELD_FOLDER}/{FILE_PREFIX}{'3' * 26}.jpeg"
    (media / HELD_FOLDER).mkdir(exist_ok=True)
    for name in (dead_rendition, young, stranger, held_live, held_abandoned):
        (media / name).write_bytes(b"not really an image")
    for name in (dead_rendition, stranger, held_live):
        os.utime(media / name, (TWO_HOURS_AGO, TWO_HOURS_AGO))
    past_form_lifetime = time.time() - settings.SUBMISSION_FORM_MAX_AGE - 60 * 60
    os.utime(media / held_abandoned, (past_form_lifetime, past_form_lifetime))
    held = earlier_held | {held_live}

    # 3. The sweep, as ops/serve-production.sh runs it at start.
    start_script = (Path(settings.BASE_DIR) / "ops" / "serve-production.sh").read_text()
    assert "manage.py sweep_submission_files" in start_script

    def run_sweep(*options):
        return subprocess.run(
            [sys.executable, "manage.py", "sweep_submission_files", *options],
            cwd=settings.BASE_DIR,
            env=child_env(database, media),
            capture_output=True,
            text=True,
            timeout=180,
        )

    deleted = len(orphans) + 2 + len(earlier_orphans)  # + the dead rendition, the abandoned
    summary = f"kept 8 in use, 1 younger than 60 minutes and {len(held)} held for a form"
    files_now = files(media)
    rehearsal = run_sweep("--dry-run")
    assert rehearsal.returncode == 0, rehearsal.stderr
    assert f"Would delete {deleted} orphaned submission files; {summary}" in rehearsal.stdout
    assert files(media) == files_now, "--dry-run deleted something"

    sweep = run_sweep()
    assert sweep.returncode == 0, sweep.stderr
    left = files(media)
    assert not (orphans & left), "the sweep left the killed worker's files"
    assert dead_rendition not in left
    assert kept <= left, "the sweep deleted a completed submission's files"
    assert others <= left, "the sweep deleted files of other images"
    assert {young, stranger} <= left
    assert not (earlier_orphans & left)
    assert held <= left, "the sweep deleted an image a live form may still send back"
    assert held_abandoned not in left
    assert f"Deleted {deleted} orphaned submission files; {summary}" in sweep.stdout
