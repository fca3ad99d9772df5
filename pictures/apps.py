"""Responsive pictures: the picture specs templates ask for, and rendition warming."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PicturesConfig(AppConfig):
    name = "pictures"
    verbose_name = _("Pictures")

    def ready(self):
        # A patch to Wagtail's picture tags: a format that cannot encode an image is left out
        # instead of failing the page (pictures/wagtail_patch.py). Imported here: it needs the
        # app registry.
        from pictures import wagtail_patch

        wagtail_patch.install()

        # After a publish the worker makes the page's renditions (pictures/tasks.py).
        from wagtail.signals import page_published

        from pictures.tasks import queue_page_renditions

        page_published.connect(queue_page_renditions, dispatch_uid="pictures-warm-on-publish")
