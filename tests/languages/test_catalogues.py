"""A fully translated interface: complete sr and sv catalogues, no literal text in templates."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.template.base import Lexer, TokenType

from tests.conftest import running_in_ci

ROOT = Path(settings.BASE_DIR)
PROJECT_TEMPLATE_DIRS = sorted(ROOT.glob("*/templates"))  # site/ and each app
CATALOGUE_LANGUAGES = ["sr", "sv"]
PLACEHOLDERS = re.compile(r"%\(\w+\)s|\{\w*\}|<[^>]+>|\S+@\S+")
PLACEHOLDER = "\x00"
READABLE_ATTRIBUTE = re.compile(
    r"""\s(alt|title|aria-label|aria-description|placeholder|label)\s*=\s*"([^"]*)\"""", re.I
)
RAW_ELEMENT = re.compile(r"<(script|style)\b.*?</\1>", re.S | re.I)
TAG = re.compile(r"<[^>]*>", re.S)
ENTITY = re.compile(r"&[#\w]+;")
LETTER = re.compile(r"[^\W\d_]", re.U)


def project_templates():
    for directory in PROJECT_TEMPLATE_DIRS:
        if ".venv" in directory.parts:
            continue
        yield from sorted(directory.rglob("*.html")) + sorted(directory.rglob("*.txt"))


def literal_text(source):
    """Readable text in a template that does not go through a translation tag.

    Template tags and variables become a placeholder, text inside {% blocktranslate %} and
    {% comment %} is dropped; what remains outside markup and in readable attributes must hold
    no letters.
    """
    skeleton, skipping = [], None
    for token in Lexer(source).tokenize():
        name = (token.contents.split() or [""])[0]
        if token.token_type == TokenType.BLOCK and name in ("comment", "blocktranslate"):
            skipping = "end" + name
        elif token.token_type == TokenType.BLOCK and name == skipping:
            skipping = None
        elif token.token_type == TokenType.TEXT and not skipping:
            skeleton.append(token.contents)
            continue
        skeleton.append(PLACEHOLDER)
    text = RAW_ELEMENT.sub(" ", "".join(skeleton))
    found = [
        value.replace(PLACEHOLDER, "").strip()
        for _name, value in READABLE_ATTRIBUTE.findall(text)
        if LETTER.search(value.replace(PLACEHOLDER, ""))
    ]
    for chunk in ENTITY.sub(" ", TAG.sub(" ", text)).split(PLACEHOLDER):
        if LETTER.search(chunk):
            found.append(chunk.strip())
    return found


@pytest.mark.parametrize("path", list(project_templates()), ids=lambda p: str(p.relative_to(ROOT)))
def test_templates_hold_no_untranslatable_literal(path):
    assert literal_text(path.read_text()) == []


def test_the_literal_finder_finds_literals():
    assert literal_text("<p>Hello</p>") == ["Hello"]
    assert literal_text('<img alt="A cat" src="x">') == ["A cat"]
    assert literal_text('{% translate "Hello" %}<img alt="{{ alt }}">') == []
    assert literal_text('<a href="{{ url }}" title="Open {{ x }}">{{ x }}</a>') == ["Open"]
    assert literal_text("{% blocktranslate %}Hi {{ name }}{% endblocktranslate %}") == []
    assert literal_text("{% comment %}Note{% endcomment %}<p>&nbsp;·</p>") == []


@pytest.fixture(scope="module")
def fresh_catalogues(tmp_path_factory):
    """The committed catalogues, merged with every message the code and templates hold now.

    makemessages writes into every `locale/` folder it finds under its working directory, so
    it runs in a copy of the source tree and the real catalogues are never touched.
    """
    if shutil.which("xgettext") is None:
        if running_in_ci():
            pytest.fail("GNU gettext (xgettext) is required under CI to check the catalogues")
        pytest.skip("GNU gettext is not installed")
    copy = tmp_path_factory.mktemp("source") / "tree"
    skip = shutil.ignore_patterns(
        ".venv", ".git", "node_modules", "media", "static", ".ops", "target", "test-artifacts",
        "*.pyc", "__pycache__", "*.sqlite3",
    )  # fmt: skip
    shutil.copytree(ROOT, copy, ignore=skip)
    command = [sys.executable, "manage.py", "makemessages", "--no-obsolete", "-v", "0"]
    command += [f"--locale={language}" for language in CATALOGUE_LANGUAGES]
    command += ["--ignore=tests/*", "--ignore=bench/*"]
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"}
    subprocess.run(command, cwd=copy, env=env, check=True)
    return copy / "locale"


@pytest.mark.parametrize("language", CATALOGUE_LANGUAGES)
def test_catalogue_is_complete_and_current(fresh_catalogues, language):
    catalogue = polib.pofile(str(fresh_catalogues / language / "LC_MESSAGES" / "django.po"))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert untranslated == [], f"{len(untranslated)} untranslated: {untranslated[:10]}"
    assert fuzzy == [], f"{len(fuzzy)} fuzzy: {fuzzy[:10]}"


# Names that Serbian writes in Latin letters even in Cyrillic text.
LATIN_NAMES = {
    "UTC", "RSS", "Atom", "Instagram", "LinkedIn", "Behance", "iCalendar", "JSON",
    "Dribbble", "GitHub", "Vimeo", "YouTube",
}  # fmt: skip


def test_serbian_catalogue_is_cyrillic():
    catalogue = polib.pofile(str(ROOT / "locale" / "sr" / "LC_MESSAGES" / "django.po"))
    latin_only = []
    for entry in catalogue.translated_entries():
        text = PLACEHOLDERS.sub(" ", entry.msgstr)
        for name in LATIN_NAMES:
            text = text.replace(name, " ")
        if re.search(r"[A-Za-z]{2,}", text) and not re.search(r"[\u0400-\u04FF]", text):
            latin_only.append(entry.msgstr)
    assert latin_only == []


@pytest.mark.parametrize("language", CATALOGUE_LANGUAGES)
def test_translations_keep_every_placeholder(language):
    # A lost placeholder breaks the message at runtime (KeyError or a missing value).
    catalogue = polib.pofile(str(ROOT / "locale" / language / "LC_MESSAGES" / "django.po"))
    broken = []
    for entry in catalogue.translated_entries():
        texts = [entry.msgstr] if entry.msgstr else list(entry.msgstr_plural.values())
        for placeholder in re.findall(r"%\(\w+\)[sd]", entry.msgid):
            if not all(placeholder in text for text in texts):
                broken.append(entry.msgid)
    assert broken == []
