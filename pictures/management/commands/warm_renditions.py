"""`manage.py warm_renditions`: make the renditions the public pages ask for, ahead of visitors.

AVIF encoding takes a noticeable fraction of a second per large rendition; run this after an
import or after changing the pictures in pictures/specs.py (docs/operations.md).
"""

from django.core.management.base import BaseCommand

from pictures.warming import warm_renditions


class Command(BaseCommand):
    help = "Create the AVIF, WebP and JPEG renditions every live page shows (idempotent)."

    def handle(self, *args, **options):
        warm_renditions(log=self.stdout.write)
