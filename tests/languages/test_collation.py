"""Alphabet order per language, and the country menus built on it (issue #13)."""

import pytest
from django.utils import translation

from languages.collation import sort_key
from languages.countries import OVERRIDDEN, sorted_countries


def test_swedish_puts_a_ring_a_umlaut_o_umlaut_after_z():
    names = ["Österrike", "Åland", "Zambia", "Albanien", "Ägypten", "Oman", "Vietnam", "Ungern"]
    assert sorted(names, key=sort_key("sv")) == [
        "Albanien", "Oman", "Ungern", "Vietnam", "Zambia", "Åland", "Ägypten", "Österrike",
    ]  # fmt: skip


def test_swedish_reads_u_umlaut_as_y_and_ignores_other_accents():
    names = ["Zürich", "Yxlan", "Réunion", "Rumänien", "Ystad"]
    assert sorted(names, key=sort_key("sv")) == ["Réunion", "Rumänien", "Ystad", "Yxlan", "Zürich"]


def test_serbian_cyrillic_follows_the_azbuka():
    names = ["Шведска", "Џибути", "Чиле", "Ћуприја", "Хрватска", "Ђаково", "Јапан", "Аустрија"]
    assert sorted(names, key=sort_key("sr")) == [
        "Аустрија", "Ђаково", "Јапан", "Ћуприја", "Хрватска", "Чиле", "Џибути", "Шведска",
    ]  # fmt: skip


def test_serbian_latin_follows_the_gajica_with_its_digraphs():
    names = [
        "Švedska", "Čile", "Ćuprija", "Crna Gora", "Džibuti", "Đakovo", "Dominika",
        "Ljubljana", "Luksemburg", "Njemen", "Nemačka", "Žabalj", "Zambija", "Slovenija",
    ]  # fmt: skip
    assert sorted(names, key=sort_key("sr-latn")) == [
        "Crna Gora", "Čile", "Ćuprija", "Dominika", "Džibuti", "Đakovo", "Luksemburg",
        "Ljubljana", "Nemačka", "Njemen", "Slovenija", "Švedska", "Zambija", "Žabalj",
    ]  # fmt: skip


def test_serbian_latin_sorts_cyrillic_text_by_its_latin_spelling():
    # /sr-latn/ is rendered from Cyrillic text; it is sorted as the reader will see it.
    assert sorted(["Чиле", "Crna Gora", "Ћуприја"], key=sort_key("sr-latn")) == [
        "Crna Gora", "Чиле", "Ћуприја",
    ]  # fmt: skip


def test_words_are_compared_word_by_word():
    assert sorted(["Costarika", "Costa Rica"], key=sort_key("en")) == ["Costa Rica", "Costarika"]


@pytest.mark.parametrize("language", ["en", "sv", "sr", "sr-latn"])
def test_serbia_and_sweden_come_first(language):
    with translation.override(language):
        codes = [code for code, _name in sorted_countries()]
    assert sorted(codes[:2]) == ["RS", "SE"]
    assert codes.count("RS") == 1 and codes.count("SE") == 1
    assert len(codes) == 249


def test_swedish_country_names_are_swedish_and_current():
    with translation.override("sv"):
        names = dict(sorted_countries())
    assert names["BR"] == "Brasilien" and names["EG"] == "Egypten" and names["CA"] == "Kanada"
    assert names["MK"] == "Nordmakedonien" and names["SZ"] == "Eswatini"
    with translation.override("en"):
        english = dict(sorted_countries())
    # django-countries 9.1 left these in English in Swedish.
    english_before = (
        "AL AS AU BR BV CA CC CD CU CV EG FM GE HK HM ID IN JO KH LB NF PH PN PS SS TD US VA"
    )
    still_english = [code for code in english_before.split() if names[code] == english[code]]
    assert still_english == []
    assert set(english_before.split()) <= set(OVERRIDDEN)
    with translation.override("sv"):
        order = [name for code, name in sorted_countries() if code not in ("RS", "SE")]
    assert order[-3:] == ["Åland", "Österrike", "Östtimor"]


def test_serbian_country_names_are_corrected():
    with translation.override("sr"):
        names = dict(sorted_countries())
    assert names["LV"] == "Летонија" and names["WS"] == "Самоа"
    assert names["MK"] == "Северна Македонија"
    with translation.override("sr"):
        order = [name for code, name in sorted_countries() if code not in ("RS", "SE")]
    assert order[0] == "Авганистан" and order[-1].startswith("Ш")
