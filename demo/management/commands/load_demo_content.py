"""`manage.py load_demo_content [--scale N]`: the demo site, and optionally synthetic bulk."""

from django.core.management.base import BaseCommand

from demo.loader import DemoLoader
from demo.scale import add_synthetic_designers
from worker.inline import tasks_run_here


class Command(BaseCommand):
    help = "Load the trilingual demo site (idempotent). --scale N adds N synthetic designers."

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            type=int,
            default=0,
            metavar="N",
            help="Also create N synthetic designers with several projects each (benchmarks).",
        )

    def handle(self, *args, scale=0, **options):
        # Indexing and the rest run here, not in the worker's queue (worker/inline.py); the
        # loader warms every rendition once at the end (DEMO_WARM_RENDITIONS) rather than page
        # by page as it publishes.
        with tasks_run_here(WARM_RENDITIONS_ON_PUBLISH=False):
            loader = DemoLoader(log=self.stdout.write)
            loader.run()
            if scale:
                created = add_synthetic_designers(loader, scale, log=self.stdout.write)
                self.stdout.write(f"Synthetic content: {created} pages created.")
