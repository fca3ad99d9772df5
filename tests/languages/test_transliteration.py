"""Serbian Cyrillic → Latin is exact, letter by letter, and leaves markup alone."""

import pytest

from languages.scripts import is_latin_serbian
from languages.slugs import ascii_slug
from languages.transliteration import html_to_latin, to_latin

ALPHABET = {
    "А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Ђ": "Đ", "Е": "E", "Ж": "Ž", "З": "Z",
    "И": "I", "Ј": "J", "К": "K", "Л": "L", "Љ": "Lj", "М": "M", "Н": "N", "Њ": "Nj", "О": "O",
    "П": "P", "Р": "R", "С": "S", "Т": "T", "Ћ": "Ć", "У": "U", "Ф": "F", "Х": "H", "Ц": "C",
    "Ч": "Č", "Џ": "Dž", "Ш": "Š",
}  # fmt: skip


@pytest.mark.parametrize(("cyrillic", "latin"), ALPHABET.items())
def test_every_letter_in_both_cases(cyrillic, latin):
    assert to_latin(cyrillic) == latin
    assert to_latin(cyrillic.lower()) == latin.lower()
    # inside a capitalised word, and inside an all-caps word
    assert to_latin(cyrillic + "ан") == latin + "an"
    assert to_latin("А" + cyrillic + "А") == "A" + latin.upper() + "A"


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("ЉУБИЦА", "LJUBICA"),
        ("Љубица", "Ljubica"),
        ("ЊЕГОШ", "NJEGOŠ"),
        ("Његош", "Njegoš"),
        ("ЏЕП", "DŽEP"),
        ("Џеп", "Džep"),
        ("ЂОРЂЕВИЋ", "ĐORĐEVIĆ"),
        ("КЊИГА", "KNJIGA"),
        ("Нови Сад и Ниш", "Novi Sad i Niš"),
        ("Пројекат „Миксер“ 2026.", "Projekat „Mikser“ 2026."),
    ],
)
def test_digraphs_keep_case(cyrillic, latin):
    assert to_latin(cyrillic) == latin


def test_latin_and_other_text_pass_through_unchanged():
    for text in ("nadživeti", "injekcija", "podžanr", "Möbler", "", "2026-11-21"):
        assert to_latin(text) == text


def test_markup_urls_scripts_and_form_values_are_left_intact():
    html = (
        '<a href="/sr/пројекти/" title="Пројекти" class="ћ">Пројекти</a>'
        '<img src="/media/слика.png" alt="Слика Љубице">'
        '<script>const label = "ђ";</script><style>.ж{}</style>'
        '<input name="q" value="Ђорђе" placeholder="Претрага"><textarea>Шта</textarea>'
    )
    converted = html_to_latin(html)
    assert '<a href="/sr/пројекти/" title="Projekti" class="ћ">Projekti</a>' in converted
    assert '<img src="/media/слика.png" alt="Slika Ljubice">' in converted
    assert '<script>const label = "ђ";</script><style>.ж{}</style>' in converted
    assert 'value="Ђорђе" placeholder="Pretraga"' in converted
    assert "<textarea>Шта</textarea>" in converted


def test_elements_marked_cyrillic_stay_cyrillic():
    html = '<p>Језик</p><a lang="sr-Cyrl" href="/sr/">Српски</a>'
    assert html_to_latin(html) == '<p>Jezik</p><a lang="sr-Cyrl" href="/sr/">Српски</a>'


def test_no_latin_to_cyrillic_conversion_exists():
    # Latin input is never turned into Cyrillic: the conversion is one-way.
    assert to_latin("nadživeti injekcija podžanr") == "nadživeti injekcija podžanr"
    assert html_to_latin("<p>nadživeti</p>") == "<p>nadživeti</p>"


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Ђорђевић", "djordjevic"),
        ("Љубица Живковић", "ljubica-zivkovic"),
        ("ЏЕП", "dzep"),
        ("Möbler på Södermalm", "mobler-pa-sodermalm"),
        ("Đorđe", "djordje"),
    ],
)
def test_slugs_are_ascii_latin(title, slug):
    assert ascii_slug(title) == slug


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        ("Пројекат у Нишу", False),
        ("Projekat u Nišu", True),
        ("Пише на hello@mikser.example", False),
        ("https://mikser.example", False),
        ("Ђорђе and Ana", False),
    ],
)
def test_latin_serbian_is_recognised(text, latin):
    assert is_latin_serbian(text) is latin
