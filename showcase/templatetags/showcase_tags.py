"""Template filters for the showcase's cards and headers."""

import zlib

from django import template

register = template.Library()

# How many tones the initials tiles have (`.initials--tone-N` in site.css).
TONES = 4


@register.filter
def initials(name):
    """The first letters of the first and last words of a name: "Ана Марија Петровић" → "АП"."""
    words = [word for word in str(name).split() if word[:1].isalpha()]
    if not words:
        return ""
    letters = words[0][0] + (words[-1][0] if len(words) > 1 else "")
    return letters.upper()


@register.filter
def name_tone(name):
    """A tone for `name`'s initials tile, the same on every page and in every script (the
    checksum is of the name's letters as they are stored, before /sr-latn/ converts them)."""
    return zlib.crc32(str(name).encode()) % TONES
