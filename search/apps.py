from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "site_search"  # "search" alone reads like Wagtail's own search app in the admin
    verbose_name = _("Site search")

    def ready(self):
        from search import signals  # noqa: F401  (connects the index-follows-content handlers)
