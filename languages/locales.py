"""The active content locale without a query each time it is asked for.

Wagtail's `Locale.get_active()` reads the locale table on every call, and a page asks for it
half a dozen times (switcher, menus, each related list). Locales are added by an operator
(settings and a migration or the admin) a handful of times in a site's life, so each process
keeps the language code → id map and drops it whenever a locale is saved or deleted here, and
whenever the content generation changes (a locale saved by another process or node bumps it:
caching/page_cache.py calls `forget`).
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import translation
from wagtail.models import Locale

_ids = {}


def active_locale():
    """The `Locale` of the active language (Wagtail's default locale when it has none)."""
    language = translation.get_language()
    if language not in _ids:
        locale = Locale.get_active()
        _ids[language] = (locale.pk, locale.language_code)
    pk, code = _ids[language]
    return Locale(pk=pk, language_code=code)


def forget():
    _ids.clear()


@receiver(post_save, sender=Locale)
@receiver(post_delete, sender=Locale)
def _forget(**kwargs):
    forget()
