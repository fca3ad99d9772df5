"""The caching layer: the page cache, derived fragments, worker memory, invalidation, and the
patches that answer Wagtail's privacy and site lookups from the derived cache."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CachingConfig(AppConfig):
    name = "caching"
    verbose_name = _("Caching")

    def ready(self):
        # Both modules use Wagtail's models, which may be imported only once apps are ready.
        from caching import invalidation, wagtail_patches

        invalidation.connect()
        wagtail_patches.install()
