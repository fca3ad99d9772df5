"""Backups of the database and the media files in one archive (docs/operations.md "Backups").

An archive is a gzipped tar holding
- `manifest.json`: when, from which database vendor, and the row count of every table;
- `database.pgdump` (PostgreSQL, `pg_dump --format=custom`) or `database.sqlite3` (SQLite,
  copied with SQLite's online backup API, consistent while the site runs);
- `media/…`: every file under MEDIA_ROOT (originals and renditions, documents).

Both database formats are the databases' own tools, so a restore loses nothing: sequences,
tree paths, revisions, translations and users come back as they were.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.db import connections

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
MEDIA_DIR = "media"
DUMP_NAMES = {"postgresql": "database.pgdump", "sqlite": "database.sqlite3"}


class BackupError(Exception):
    pass


def table_counts(connection=None):
    connection = connection or connections["default"]
    with connection.cursor() as cursor:
        counts = {}
        for table in sorted(connection.introspection.table_names(cursor)):
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")
            counts[table] = cursor.fetchone()[0]
    return counts


def create_backup(destination, connection=None, media_root=None):
    """Write an archive of the database and the media files to `destination`; return it."""
    connection = connection or connections["default"]
    vendor = connection.vendor
    if vendor not in DUMP_NAMES:
        raise BackupError(f"backups support PostgreSQL and SQLite, not {vendor}")
    media_root = Path(media_root or settings.MEDIA_ROOT)
    destination = Path(destination)
    destination.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="mikser-backup-") as work:
        dump = Path(work) / DUMP_NAMES[vendor]
        if vendor == "postgresql":
            _pg_dump(connection.settings_dict, dump)
        else:
            _sqlite_copy(connection, dump)
        manifest = {
            "format": FORMAT_VERSION,
            "created_at": datetime.now(UTC).isoformat(),
            "vendor": vendor,
            "tables": table_counts(connection),
            "media_files": sum(1 for path in media_root.rglob("*") if path.is_file())
            if media_root.exists()
            else 0,
        }
        (Path(work) / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True))
        # Written next to the destination and renamed: a crash never leaves half an archive
        # under the final name.
        partial = destination.with_name(destination.name + ".partial")
        with tarfile.open(partial, "w:gz") as archive:
            archive.add(Path(work) / MANIFEST, arcname=MANIFEST)
            archive.add(dump, arcname=dump.name)
            if media_root.exists():
                archive.add(media_root, arcname=MEDIA_DIR)
        os.replace(partial, destination)
    return manifest


def read_manifest(source):
    with tarfile.open(source, "r:gz") as archive:
        return json.load(archive.extractfile(MANIFEST))


def restore_backup(source, connection=None, media_root=None):
    """Replace the database and the media files with those in the archive `source`."""
    connection = connection or connections["default"]
    media_root = Path(media_root or settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory(prefix="mikser-restore-") as work:
        with tarfile.open(source, "r:gz") as archive:
            archive.extractall(work, filter="data")  # refuses absolute paths and links out
        manifest = json.loads((Path(work) / MANIFEST).read_text())
        if manifest.get("format") != FORMAT_VERSION:
            raise BackupError(f"unknown backup format {manifest.get('format')!r}")
        if manifest["vendor"] != connection.vendor:
            raise BackupError(
                f"the backup is of a {manifest['vendor']} database; this site uses "
                f"{connection.vendor} (restore it into the same kind of database)"
            )
        dump = Path(work) / DUMP_NAMES[connection.vendor]
        if connection.vendor == "postgresql":
            _pg_restore(connection, dump)
        else:
            _sqlite_restore(connection, dump)
        _replace_directory(Path(work) / MEDIA_DIR, media_root)
    restored = table_counts(connection)
    if restored != manifest["tables"]:
        changed = sorted(
            table
            for table in set(restored) | set(manifest["tables"])
            if restored.get(table) != manifest["tables"].get(table)
        )
        raise BackupError(f"restored row counts differ from the backup in: {', '.join(changed)}")
    return manifest


def _pg_env(settings_dict):
    env = {**os.environ, "PGPASSWORD": str(settings_dict.get("PASSWORD") or "")}
    env.pop("PGDATABASE", None)
    return env


def _pg_connection_args(settings_dict):
    args = []
    if settings_dict.get("HOST"):
        args += ["--host", str(settings_dict["HOST"])]
    if settings_dict.get("PORT"):
        args += ["--port", str(settings_dict["PORT"])]
    if settings_dict.get("USER"):
        args += ["--username", str(settings_dict["USER"])]
    return args


def _run(command, env):
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()}")


def _pg_dump(settings_dict, dump):
    command = ["pg_dump", "--format=custom", "--no-owner", "--no-privileges"]
    command += _pg_connection_args(settings_dict) + ["--file", str(dump), settings_dict["NAME"]]
    _run(command, _pg_env(settings_dict))


def _pg_restore(connection, dump):
    settings_dict = connection.settings_dict
    connection.close()
    command = ["pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges"]
    command += ["--single-transaction", "--exit-on-error"]
    command += _pg_connection_args(settings_dict) + ["--dbname", settings_dict["NAME"], str(dump)]
    _run(command, _pg_env(settings_dict))
    # Tables the site gained after the backup (a newer migration) would survive --clean.
    # Keep them out of scope: the row-count check above reports them.


def _sqlite_copy(connection, dump):
    connection.ensure_connection()
    target = sqlite3.connect(dump)
    try:
        connection.connection.backup(target)
    finally:
        target.close()


def _sqlite_restore(connection, dump):
    source = sqlite3.connect(dump)
    try:
        connection.ensure_connection()
        # Page by page into the open database: other connections see the old or the new
        # database, never a mix.
        source.backup(connection.connection)
    finally:
        source.close()


def _replace_directory(source, target):
    """Make `target` hold exactly what `source` holds (an absent source means no media)."""
    target.mkdir(parents=True, exist_ok=True)
    for child in target.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()
    if source.exists():
        shutil.copytree(source, target, dirs_exist_ok=True)
