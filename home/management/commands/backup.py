"""`manage.py backup [--output FILE]`: the database and the media files in one archive."""

from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from home.backups.archive import BackupError, create_backup


class Command(BaseCommand):
    help = (
        "Write the database (pg_dump, or SQLite's backup API) and MEDIA_ROOT to a .tar.gz. "
        "Restore it with `manage.py restore FILE`."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            help="archive to write (default: backups/mikser-<date-time>.tar.gz)",
        )
        parser.add_argument("--database", default="default")

    def handle(self, *args, output=None, database="default", **options):
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        destination = Path(output or Path(settings.BASE_DIR) / "backups" / f"mikser-{stamp}.tar.gz")
        try:
            manifest = create_backup(destination, connection=connections[database])
        except BackupError as error:
            raise CommandError(str(error)) from error
        rows = sum(manifest["tables"].values())
        self.stdout.write(
            f"{destination}: {len(manifest['tables'])} tables, {rows} rows, "
            f"{manifest['media_files']} media files"
        )
