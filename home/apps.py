from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and site-wide parts")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from home import cache_invalidation, privacy

        cache_invalidation.connect()
        privacy.install()
