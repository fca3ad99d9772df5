"""Paginated, filterable listing pages: the page mixin, its paginator and the filter-form base."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ListingsConfig(AppConfig):
    name = "listings"
    verbose_name = _("Listings")
