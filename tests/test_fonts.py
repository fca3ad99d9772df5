"""The self-hosted typeface (site/static/css/tokens.css) keeps what it was chosen for.

Noto Sans was chosen for its Serbian localized forms (OpenType `locl` under the SRB language
system of the Cyrillic script): a subsetter or a re-encoding that drops the feature would
silently give Serbian readers Russian letterforms. So the shipped woff2 files are read back here.
"""

import re
from pathlib import Path

import pytest
from django.conf import settings
from fontTools.ttLib import TTFont

FONTS = Path(settings.BASE_DIR) / "site" / "static" / "fonts" / "noto-sans"
TOKENS = Path(settings.BASE_DIR) / "site" / "static" / "css" / "tokens.css"
CYRILLIC = ["noto-sans-cyrillic-wght-normal.woff2", "noto-sans-cyrillic-wght-italic.woff2"]


def locl_substitutions(font, script, language):
    """The single substitutions of `locl` for a script and language system, as {char: glyph}."""
    gsub = font["GSUB"].table
    reverse = {glyph: chr(code) for code, glyph in font.getBestCmap().items()}
    found = {}
    for script_record in gsub.ScriptList.ScriptRecord:
        if script_record.ScriptTag != script:
            continue
        for lang in script_record.Script.LangSysRecord:
            if lang.LangSysTag.strip() != language:
                continue
            for index in lang.LangSys.FeatureIndex:
                record = gsub.FeatureList.FeatureRecord[index]
                if record.FeatureTag != "locl":
                    continue
                for lookup_index in record.Feature.LookupListIndex:
                    for table in gsub.LookupList.Lookup[lookup_index].SubTable:
                        table = getattr(table, "ExtSubTable", table)
                        for glyph, target in getattr(table, "mapping", {}).items():
                            found[reverse.get(glyph, glyph)] = target
    return found


@pytest.mark.parametrize("filename", CYRILLIC)
def test_cyrillic_woff2_keeps_the_serbian_localized_forms(filename):
    font = TTFont(FONTS / filename)
    assert font.flavor == "woff2"
    serbian = locl_substitutions(font, "cyrl", "SRB")
    # The Serbian б, in upright and italic alike.
    assert serbian.get("б", "").endswith("loclSRB"), serbian


def test_italic_has_the_serbian_italic_forms():
    font = TTFont(FONTS / "noto-sans-cyrillic-wght-italic.woff2")
    serbian = locl_substitutions(font, "cyrl", "SRB")
    assert {"б", "г", "д", "п", "т"} <= set(serbian), serbian


def test_every_font_the_tokens_name_is_shipped_with_its_licence():
    urls = re.findall(r'url\("\.\./fonts/noto-sans/([^"]+)"\)', TOKENS.read_text())
    assert len(urls) == 6
    for name in urls:
        assert (FONTS / name).is_file(), name
        assert TTFont(FONTS / name)["name"].getDebugName(1).startswith("Noto Sans")
    assert "SIL Open Font License" in (FONTS / "OFL.txt").read_text()


def test_the_latin_fonts_cover_serbian_latin_and_swedish_letters():
    for style in ("normal", "italic"):
        covered = set()
        for subset in ("latin", "latin-ext"):
            font = TTFont(FONTS / f"noto-sans-{subset}-wght-{style}.woff2")
            covered |= {chr(code) for code in font.getBestCmap()}
        assert set("čćđšžČĆĐŠŽåäöÅÄÖ") <= covered
