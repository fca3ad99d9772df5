"""The four language versions: locales, sr → sr-latn, ASCII slugs, the language middleware,
the multilingual sitemap, and the translation reports."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LanguagesConfig(AppConfig):
    name = "languages"
    verbose_name = _("Languages")

    def ready(self):
        from wagtail.signals import page_published

        from languages.translation_alerts import on_page_published

        page_published.connect(on_page_published, dispatch_uid="translators_untranslated_page")
