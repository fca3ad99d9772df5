"""Text analysis for the database search backends: script and diacritic folding, stemming.

SQLite FTS5 folds neither scripts nor diacritics and does not stem; PostgreSQL has one text
search configuration per backend (issue #4, modelsearch#61). So for the database backends the
project analyses text itself, the same way at index time and at query time, and indexes the
result as plain lower-case words (docs/search.md):

- Serbian: Cyrillic to Latin, diacritics folded (đ→dj, č/ć→c, š→s, ž→z), then the Snowball
  Serbian stemmer, then folded again (the stemmer writes "dj" back as "đ"). Folding first makes
  `djordjevic`, `đorđević` and `Ђорђевић` reach the stemmer as the same word.
- Swedish: the Snowball Swedish stemmer on the Latin, unfolded word (it needs å, ä, ö to find the
  vowels), then `möbel`/`möbler` are joined (see `_swedish_syncope`), then folded.
- English: folded, then the Snowball English (Porter 2) stemmer.

The OpenSearch analyzers in `search/backends/elastic.py` do the same steps with Lucene's filters.
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

from languages.transliteration import to_latin

_WORD = re.compile(r"\w+")
_SPECIAL_LETTERS = str.maketrans({"đ": "dj", "Đ": "Dj", "ß": "ss", "æ": "ae", "ø": "o", "ł": "l"})
# Swedish drops the e of -el in inflection (möbel, möbler, möblerna; artikel, artiklar). The
# Snowball stemmer leaves "möbel" but cuts "möbler" to "möbl"; joining -el to -l after stemming
# makes both the same term. Mirrored by the `mikser_swedish_syncope` filter for OpenSearch.
_SWEDISH_SYNCOPE = re.compile(r"^(\w{2,}[^aeiouyåäö\W])eln?$")

STEMMER_LANGUAGES = {"en": "english", "sr": "serbian", "sv": "swedish"}


def fold(text):
    """Lower-case Latin without diacritics: `Ђорђевић` and `Đorđević` both give `djordjevic`."""
    text = to_latin(text or "").translate(_SPECIAL_LETTERS).lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text):
    return _WORD.findall(text.lower())


@lru_cache(maxsize=8)
def _stemmer(language):
    name = STEMMER_LANGUAGES.get(language)
    return snowballstemmer.stemmer(name) if name else None


def _swedish_syncope(word):
    return _SWEDISH_SYNCOPE.sub(r"\1l", word)


# The pure-Python stemmers cost about 0.1 ms a word; a site's vocabulary is small, so each
# word is stemmed once per process (measured: docs/benchmarks.md, search section).
@lru_cache(maxsize=200_000)
def _term(word, language):
    stemmer = _stemmer(language)
    if language == "sv":
        return fold(_swedish_syncope(stemmer.stemWord(word)))
    if stemmer is None:
        return word
    stem = stemmer.stemWord(word)
    return fold(stem) if language == "sr" else stem


def analyze_words(text, language):
    """The index terms of `text` written in `language` (a content locale: en, sr or sv)."""
    if language == "sv":
        # Latin first so a Serbian name reads the same in either script; diacritics stay.
        return [_term(word, language) for word in words(to_latin(text))]
    return [_term(word, language) for word in words(fold(text))]


def analyze(text, language):
    return " ".join(analyze_words(text, language))


def folded_words(text):
    """Folded but not stemmed: for autocomplete, where the last word is a prefix."""
    return words(fold(text))


def autocomplete_words(text, language):
    """What autocomplete indexes of a title: its folded words, then their stems.

    The folded words complete what is being typed (`resid` → Residency, `djor` → Ђорђевић);
    the stems let a whole inflected word find its other forms (`residencies` and `residency`
    are both `resid`, `formgivarna` and `formgivare` both `formgiv`), which a prefix cannot.
    """
    return list(dict.fromkeys(folded_words(text) + analyze_words(text, language)))


def autocomplete_queries(text, language):
    """The queries autocomplete asks, best first: the text as typed (folded, each word a
    prefix), then its stems in the visitor's language, when they differ.

    Each is a prefix query over `autocomplete_words`, so a stem also completes (`formgivarna`
    → `formgiv` → formgivare, formgivaren). A half-typed inflection whose stem is neither a
    prefix of the word nor a stem (`residencie` → `residenci`) finds nothing until the next
    letter; docs/search.md.
    """
    typed = " ".join(folded_words(text))
    stemmed = " ".join(analyze_words(text, language))
    return [query for query in dict.fromkeys([typed, stemmed]) if query]
