"""Serbian Cyrillic to Latin, exactly, for text and for HTML.

Conversion is one-way: Latin to Cyrillic is ambiguous (nadživeti is надживети, not наџивети) and
is never done. cyrtranslit does the letters; it writes ЉУБИЦА as "LjUBICA", so the digraphs
Lj, Nj, Dž are upper-cased when the next letter is upper case, or when there is no next letter
and the previous one is upper case (an all-caps word).
"""

import re

import cyrtranslit

from languages.scripts import CYRILLIC

DIGRAPHS = {"Љ": "LJ", "Њ": "NJ", "Џ": "DŽ"}
_CAPITAL_DIGRAPH = re.compile(
    r"[ЉЊЏ](?=\W*[A-ZА-ЯЂЈЉЊЋЏ])|(?<=[A-ZА-ЯЂЈЉЊЋЏ])[ЉЊЏ](?![a-zа-яђјљњћџ])"
)


def to_latin(text):
    if not text or not CYRILLIC.search(text):
        return text
    text = _CAPITAL_DIGRAPH.sub(lambda m: DIGRAPHS[m.group()], text)
    return cyrtranslit.to_latin(text, "sr")


# Attributes whose values people read; everything else (href, src, class, data-*) is left alone.
_READABLE_ATTRIBUTES = ("alt", "title", "placeholder", "aria-label", "aria-description", "content",
                        "label", "summary", "data-label")  # fmt: skip
# Left exactly as they are: scripts, styles, form text, and elements marked as Cyrillic on
# purpose (the language switcher's "Српски").
_UNTOUCHED = re.compile(
    r"<(script|style|textarea)\b.*?</\1\s*>|<(\w+)\b[^>]*\blang=\"sr-Cyrl\"[^>]*>.*?</\2\s*>",
    re.S | re.I,
)
_TAG = re.compile(r"(<[^>]*>)", re.S)
_ATTRIBUTE = re.compile(
    r"""(\s(?:""" + "|".join(_READABLE_ATTRIBUTES) + r""")\s*=\s*)("[^"]*"|'[^']*')""", re.I
)


def html_to_latin(markup):
    """Convert the readable text of an HTML document: text nodes and readable attributes.

    URLs, scripts, styles, form values and markup are left untouched, so links keep pointing
    where they pointed and what a visitor typed into a form comes back as typed.
    """
    if not CYRILLIC.search(markup):
        return markup
    out, position = [], 0
    for match in _UNTOUCHED.finditer(markup):
        out.append(_convert_chunk(markup[position : match.start()]))
        out.append(match.group())
        position = match.end()
    out.append(_convert_chunk(markup[position:]))
    return "".join(out)


def _convert_chunk(chunk):
    pieces = _TAG.split(chunk)
    for i, piece in enumerate(pieces):
        if i % 2 == 0:
            pieces[i] = to_latin(piece)
        elif CYRILLIC.search(piece):
            pieces[i] = _ATTRIBUTE.sub(lambda m: m.group(1) + to_latin(m.group(2)), piece)
    return "".join(pieces)
