"""`manage.py restore FILE`: put back the database and media files from a `backup` archive."""

import tarfile

from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from home.backups.archive import BackupError, read_manifest, restore_backup


class Command(BaseCommand):
    help = (
        "Replace the database and MEDIA_ROOT with the contents of an archive written by "
        "`manage.py backup`. Stop the site first; everything since the backup is lost."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument("--database", default="default")
        parser.add_argument(
            "--noinput", "--no-input", action="store_false", dest="interactive",
            help="do not ask for confirmation",
        )  # fmt: skip

    def handle(self, *args, archive, database="default", interactive=True, **options):
        try:
            manifest = read_manifest(archive)
        except (OSError, KeyError, ValueError, tarfile.TarError) as error:
            raise CommandError(f"{archive} is not a backup archive: {error}") from error
        if interactive:
            answer = input(
                f"Replace the database and the media files with the backup of "
                f"{manifest['created_at']}? Type 'yes' to continue: "
            )
            if answer.strip().lower() != "yes":
                raise CommandError("restore cancelled")
        try:
            manifest = restore_backup(archive, connection=connections[database])
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"restored {len(manifest['tables'])} tables and {manifest['media_files']} media "
            f"files from {manifest['created_at']}"
        )
