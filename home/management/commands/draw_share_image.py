from django.core.management.base import BaseCommand

from home import share_image


class Command(BaseCommand):
    help = "Draw the default link-preview picture (site/static/img/share-default.jpg)."

    def handle(self, *args, **options):
        target = share_image.write()
        self.stdout.write(f"Wrote {target}")
