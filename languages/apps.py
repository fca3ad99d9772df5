"""The four language versions: locales, sr → sr-latn, ASCII slugs, the language middleware,
the multilingual sitemap, and the translation reports."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LanguagesConfig(AppConfig):
    name = "languages"
    verbose_name = _("Languages")
