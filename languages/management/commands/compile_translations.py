"""Compile the project's gettext catalogues (locale/*/LC_MESSAGES/*.po) to .mo files.

Django's compilemessages needs GNU gettext's msgfmt, which a fresh machine may not have; polib
(already installed with wagtail-localize) writes the same .mo files in pure Python.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Compile the project's .po catalogues to .mo without GNU gettext."

    def handle(self, *args, **options):
        compiled = 0
        for directory in settings.LOCALE_PATHS:
            for po_path in sorted(Path(directory).glob("*/LC_MESSAGES/*.po")):
                catalogue = polib.pofile(str(po_path))
                broken = [
                    entry.msgid
                    for entry in catalogue
                    if entry.msgstr
                    and "%" in entry.msgid
                    and entry.msgid.count("%") != entry.msgstr.count("%")
                ]
                if broken:
                    raise CommandError(f"{po_path}: placeholders differ in {broken[:3]}")
                catalogue.save_as_mofile(str(po_path.with_suffix(".mo")))
                compiled += 1
        self.stdout.write(f"Compiled {compiled} catalogue(s).")
