"""Sorting words the way each language's readers expect (issue #13).

Python sorts by code point, and django-countries sorts with pyuca's root collation (DUCET)
when it is installed, else by the letters without their accents: both put Swedish Å, Ä, Ö among
the A's and O's, and Serbian Ч, Ћ, Џ, Ш by their code points (after Я). Each language has its
own alphabet order:

- Swedish: a–z, then å, ä, ö (ü sorts as y, æ as ä, ø as ö; other accents are ignored).
- Serbian in Cyrillic: the azbuka, а б в г д ђ е ж з и ј к л љ м н њ о п р с т ћ у ф х ц ч џ ш.
- Serbian in Latin: the gajica, a b c č ć d dž đ e f g h i j k l lj m n nj o p r s š t u v z ž,
  where dž, lj and nj are single letters.

A small key rather than PyICU (which needs the ICU headers and a compiler on every machine):
the site sorts short lists (countries, disciplines) in three languages, and these three
alphabets are all it needs. Letters outside the language's alphabet sort after it by their
accent-free form; spaces and hyphens separate words (so "Costa Rica" comes before "Costarika"),
other punctuation is ignored, and the text itself breaks ties (case, accents).
"""

import functools
import unicodedata

from languages.transliteration import to_latin

LATIN = "a b c d e f g h i j k l m n o p q r s t u v w x y z"
ALPHABETS = {
    "en": LATIN,
    "sv": LATIN + " å ä ö",
    "sr": "а б в г д ђ е ж з и ј к л љ м н њ о п р с т ћ у ф х ц ч џ ш",
    "sr-latn": "a b c č ć d dž đ e f g h i j k l lj m n nj o p q r s š t u v w x y z ž",
}
# Letters a language reads as another of its own.
EQUIVALENTS = {
    "sv": {"ü": "y", "æ": "ä", "ø": "ö", "ǿ": "ö"},
    "sr-latn": {"dj": "đ"},
}
SEPARATORS = {" ", "-", "\u2010", "\u2011", "\u00a0", "/"}


@functools.cache
def _table(language):
    letters = ALPHABETS.get(language, LATIN).split()
    ranks = {letter: rank for rank, letter in enumerate(letters, start=2)}
    for letter, same in EQUIVALENTS.get(language, {}).items():
        ranks[letter] = ranks[same]
    longest = max(len(letter) for letter in ranks)
    return ranks, longest, len(letters) + 2


def _bare(character):
    """A character without its accents: é → e, ć → c (for letters outside the alphabet)."""
    decomposed = unicodedata.normalize("NFD", character)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def collation_key(text, language):
    """A sort key for `text` in `language` ("en", "sv", "sr", "sr-latn")."""
    if language == "sr-latn":
        text = to_latin(text)
    ranks, longest, after = _table(language if language in ALPHABETS else "en")
    folded = unicodedata.normalize("NFC", text).casefold()
    primary, position = [], 0
    while position < len(folded):
        for size in range(longest, 0, -1):
            chunk = folded[position : position + size]
            if len(chunk) == size and chunk in ranks:
                primary.append(ranks[chunk])
                position += size
                break
        else:
            character = folded[position]
            position += 1
            if character in SEPARATORS:
                primary.append(1)
            elif character.isalnum():
                bare = _bare(character)
                if bare in ranks:
                    primary.append(ranks[bare])
                else:
                    primary.append(after + ord(bare[:1] or character))
    return tuple(primary), folded, text


def sort_key(language):
    """A key function for sorted(): `sorted(names, key=sort_key("sv"))`."""
    return lambda text: collation_key(str(text), language)
