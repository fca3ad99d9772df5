"""Erase rejected and withdrawn portfolio submissions after a grace period (issue #5).

Run it daily (cron or a systemd timer): `manage.py purge_submissions` uses
SUBMISSION_PURGE_AFTER_DAYS; `--days N` overrides it.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from showcase.models import PortfolioSubmission
from showcase.submissions.services import purge


class Command(BaseCommand):
    help = "Delete rejected or withdrawn submissions (pages, images, record) older than N days."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.SUBMISSION_PURGE_AFTER_DAYS,
            help="Keep decisions younger than this many days (default: %(default)s).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Only say what would be deleted."
        )

    def handle(self, *args, days, dry_run, **options):
        if days < 0:
            raise CommandError("--days must be 0 or more.")
        doomed = list(PortfolioSubmission.objects.erasable(days))
        if not dry_run:
            for submission in doomed:
                purge(submission)
        verb = "Would purge" if dry_run else "Purged"
        self.stdout.write(f"{verb} {len(doomed)} submission(s) decided more than {days} days ago.")
