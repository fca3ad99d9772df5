"""`manage.py sweep_submission_files`: delete submitted image files that a killed worker left.

ops/serve-production.sh runs it at every start; schedule it too (hourly is plenty), see
docs/operations.md and showcase/submissions/orphans.py.
"""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from showcase.submissions.orphans import held_lifetime, sweep


class Command(BaseCommand):
    help = (
        "Delete submission image files (and their renditions) that no image or rendition row "
        "refers to and that are older than the grace period."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--grace-minutes",
            type=int,
            default=settings.SUBMISSION_ORPHAN_GRACE_MINUTES,
            help="Keep files younger than this: a submission may still be saving them "
            "(default: %(default)s).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Only say what would be deleted."
        )

    def handle(self, *args, grace_minutes, dry_run, **options):
        if grace_minutes < 0:
            raise CommandError("--grace-minutes must be 0 or more.")
        grace = timedelta(minutes=grace_minutes)
        result = sweep(grace=grace, dry_run=dry_run)
        held_minutes = int(held_lifetime(grace).total_seconds() // 60)
        verb = "Would delete" if dry_run else "Deleted"
        for name in result.deleted:
            self.stdout.write(f"{verb} {name}")
        self.stdout.write(
            f"{verb} {len(result.deleted)} orphaned submission files; kept "
            f"{result.referenced} in use, {len(result.kept_young)} younger than "
            f"{grace_minutes} minutes and {len(result.kept_held)} held for a form younger than "
            f"{held_minutes} minutes."
        )
