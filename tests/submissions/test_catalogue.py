"""The submission package's own catalogue (showcase/submissions/locale) is fully translated."""

import re
from pathlib import Path

import polib
import pytest

CATALOGUES = Path(__file__).resolve().parents[2] / "showcase" / "submissions" / "locale"


@pytest.mark.parametrize("language", ["sr", "sv"])
def test_submission_catalogue_is_complete(language):
    catalogue = polib.pofile(str(CATALOGUES / language / "LC_MESSAGES" / "django.po"))
    assert len(catalogue) > 30
    assert [entry.msgid for entry in catalogue.untranslated_entries()] == []
    assert [entry.msgid for entry in catalogue.fuzzy_entries()] == []
    for entry in catalogue.translated_entries():
        # Placeholders must survive translation, or the message breaks at runtime.
        translations = [entry.msgstr] if entry.msgstr else list(entry.msgstr_plural.values())
        for placeholder in re.findall(r"%\(\w+\)[sd]", entry.msgid):
            assert all(placeholder in text for text in translations), entry.msgid
