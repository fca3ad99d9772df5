"""`manage.py backup` and `restore`: a round trip that loses nothing (home/backups/archive.py)."""

import copy
import hashlib
import os
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connections

from home.backups.archive import create_backup, read_manifest, restore_backup, table_counts


@pytest.fixture
def restore_target(tmp_path):
    """A second, empty database of the same kind as the test database.

    Its connection keeps the alias "default" (Django's test case allows only that one), with its
    own settings; the test's own connection and transaction are not touched.
    """
    real = connections["default"]
    source = real.settings_dict
    target = copy.deepcopy(source)
    if real.vendor == "sqlite":
        target["NAME"] = str(tmp_path / "restored.sqlite3")
        cleanup = None
    else:
        target["NAME"] = f"{source['NAME']}_restore_{os.getpid()}"
        _postgres_admin(source, f'DROP DATABASE IF EXISTS "{target["NAME"]}"')
        _postgres_admin(source, f'CREATE DATABASE "{target["NAME"]}"')
        cleanup = f'DROP DATABASE IF EXISTS "{target["NAME"]}" WITH (FORCE)'
    connection = real.__class__(target, alias="default")
    yield connection
    connection.close()
    if cleanup:
        _postgres_admin(source, cleanup)


def _postgres_admin(settings_dict, statement):
    import psycopg

    with psycopg.connect(
        host=settings_dict["HOST"],
        port=settings_dict["PORT"] or 5432,
        user=settings_dict["USER"],
        password=settings_dict["PASSWORD"],
        dbname="postgres",
        autocommit=True,
    ) as admin:
        admin.execute(statement)


def table_rows(connection):
    """Every row of every table, in a stable order: what "loses nothing" is measured by."""
    rows = {}
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.table_names(cursor)):
            quoted = connection.ops.quote_name(table)
            cursor.execute(f"SELECT * FROM {quoted}")
            rows[table] = sorted(cursor.fetchall(), key=repr)
    return rows


def file_digests(root):
    root = Path(root)
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def test_round_trip_loses_nothing(demo, restore_target, tmp_path):
    media = Path(settings.MEDIA_ROOT)
    (media / "documents").mkdir(parents=True, exist_ok=True)
    (media / "documents" / "programme-brochure.pdf").write_bytes(b"%PDF-1.4 brochure\n")
    assert file_digests(media), "the demo should have stored its images under MEDIA_ROOT"
    archive = tmp_path / "mikser.tar.gz"

    manifest = create_backup(archive)

    assert archive.exists() and not archive.with_name(archive.name + ".partial").exists()
    assert manifest["tables"]["showcase_designerpage"] > 0
    restored_media = tmp_path / "restored-media"
    (restored_media / "stale.txt").parent.mkdir(parents=True)
    (restored_media / "stale.txt").write_text("not in the backup")
    restore_backup(archive, connection=restore_target, media_root=restored_media)

    assert table_counts(restore_target) == manifest["tables"]
    assert table_rows(restore_target) == table_rows(connections["default"])
    assert file_digests(restored_media) == file_digests(media)


def test_restored_database_holds_the_live_pages(demo, restore_target, tmp_path):
    from wagtail.models import Page

    archive = tmp_path / "mikser.tar.gz"
    create_backup(archive)
    restore_backup(archive, connection=restore_target, media_root=tmp_path / "media")
    with restore_target.cursor() as cursor:
        cursor.execute("SELECT title, url_path FROM wagtailcore_page WHERE id = %s", [demo.pk])
        assert cursor.fetchone() == (demo.title, demo.url_path)
        cursor.execute("SELECT COUNT(*) FROM wagtailcore_page WHERE live AND depth > 1")
        assert cursor.fetchone()[0] == Page.objects.live().filter(depth__gt=1).count() > 0


def test_commands_write_and_check_an_archive(demo, tmp_path, capsys):
    archive = tmp_path / "by-command.tar.gz"
    call_command("backup", output=str(archive))
    assert "tables" in capsys.readouterr().out
    assert read_manifest(archive)["vendor"] == connections["default"].vendor

    not_a_backup = tmp_path / "notes.tar.gz"
    not_a_backup.write_bytes(b"certainly not a tar file")
    with pytest.raises(CommandError, match="not a backup archive"):
        call_command("restore", str(not_a_backup), interactive=False)
