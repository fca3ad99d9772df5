"""Translate demo objects through wagtail-localize, as a translator would.

Each translation goes through wagtail-localize's own PO import: the loader fills the PO file of
the English source with the Serbian or Swedish strings and imports it, then saves the target.
The translations are therefore ordinary wagtail-localize translations: translators see them in
the editor, and a change to the English source marks them out of date.
"""

from django.db import transaction
from wagtail_localize.models import Translation, TranslationSource


class MissingDemoTranslation(Exception):
    pass


def translate(instance, locale, strings, same=(), publish=True):
    """Create or update `instance`'s translation into `locale`.

    `strings` maps each English source string to its translation. A string with no entry is an
    error unless it is a slug or listed in `same` (strings that read the same in both languages).
    """
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    po = translation.export_po()
    missing = []
    for entry in po:
        if entry.msgid in strings:
            entry.msgstr = strings[entry.msgid]
        elif entry.msgctxt == "slug" or entry.msgid in same:
            entry.msgstr = entry.msgid
        else:
            missing.append((entry.msgctxt, entry.msgid))
    if missing:
        raise MissingDemoTranslation(f"{instance!r} -> {locale}: {missing[:5]}")
    with transaction.atomic():
        translation.import_po(po, tool_name="load_demo_content")
    translation.save_target(publish=publish)
    return instance.get_translation(locale)
