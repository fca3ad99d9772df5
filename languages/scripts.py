"""Which script a text is written in: the one definition of "Cyrillic" and of "Serbian in Latin".

Serbian content is written in Cyrillic and `/sr-latn/` is derived from it. Latin cannot be
converted back to Cyrillic exactly (nadživeti is надживети, injekcija is инјекција), so Serbian
that arrives in Latin (a PO file, a submission, a paste) is kept as written and flagged for an
editor: the admin report (languages/script_check.py) and the submissions list
(showcase/submissions/services.py) both ask `is_latin_serbian()`.
"""

import re

# Any letter of the Cyrillic block (U+0400–U+04FF).
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_URL_OR_EMAIL = re.compile(r"\S+@\S+|https?://\S+|www\.\S+")
_TAGS = re.compile(r"<[^>]+>")
# A word of three or more Latin letters (Serbian Latin included): shorter ones are initials,
# units and abbreviations, which Serbian Cyrillic text carries too.
_LATIN_WORD = re.compile(r"\b[A-Za-zČčĆćŽžŠšĐđ]{3,}\b")


def is_latin_serbian(text):
    """True when text has Latin words and no Cyrillic (markup, URLs and e-mail addresses aside)."""
    text = _URL_OR_EMAIL.sub(" ", _TAGS.sub(" ", text or ""))
    return bool(_LATIN_WORD.search(text)) and not CYRILLIC.search(text)
