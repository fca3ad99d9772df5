"""The project's own text analysis, used by the database backends (search/analysis.py)."""

import pytest

from search.analysis import analyze, fold, folded_words


@pytest.mark.parametrize(
    "spelling", ["Ђорђевић", "Đorđević", "đorđević", "djordjevic", "DJORDJEVIC"]
)
def test_serbian_spellings_fold_to_one_form(spelling):
    assert fold(spelling) == "djordjevic"


@pytest.mark.parametrize("language", ["en", "sr", "sv"])
def test_every_language_analyses_serbian_names_alike(language):
    forms = {analyze(word, language) for word in ["Ђорђевић", "đorđević", "djordjevic"]}
    assert len(forms) == 1
    assert analyze("Живковић", language) == analyze("zivkovic", language)


def test_serbian_case_endings_meet_the_base_form():
    assert analyze("Београду", "sr") == analyze("beograd", "sr")
    assert analyze("дизајнера", "sr") == analyze("dizajner", "sr")


@pytest.mark.parametrize("form", ["formgivaren", "formgivarna", "formgivarnas"])
def test_swedish_inflections_meet_the_base_form(form):
    assert analyze(form, "sv") == analyze("formgivare", "sv")


@pytest.mark.parametrize("form", ["möbler", "möbeln", "möblerna", "mobler"])
def test_swedish_el_nouns_meet_their_plurals(form):
    assert analyze(form, "sv") == analyze("möbel", "sv")


def test_english_stems_plurals():
    assert analyze("designers", "en") == analyze("designer", "en") == "design"


def test_syntax_characters_are_not_words():
    assert analyze('"*AND( \\ OR 1=1', "en") == "and or 1 1"
    assert analyze("😀 \u202e", "en") == ""


def test_autocomplete_words_are_folded_but_not_stemmed():
    assert folded_words("Ђорђевић designers") == ["djordjevic", "designers"]
