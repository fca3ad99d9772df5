"""Translation status of every page and snippet in every locale (issue #14).

For each translation key (a page or snippet and its translations) and each content locale the
status is one of:
- `source`: the original the others are translated from (wagtail-localize's source, or the
  oldest object of the key when nothing was translated through wagtail-localize yet);
- `translated`: a translation exists (for pages: live) and is up to date;
- `outdated`: the source page was published after wagtail-localize last read it
  (`translation_status.outdated_sources`). Snippets have no publication date: they are never
  outdated, only translated or missing;
- `missing`: no translation (for pages: no live one), so visitors of that version do not see it.

Only live pages count as content needing translation: drafts (a submission in review) do not.
`segments_left` is wagtail-localize's own progress for a translation that was started in its
editor (string segments, the slug included, not yet translated).
"""

from collections import Counter, defaultdict
from dataclasses import dataclass

from django.apps import apps
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail_localize.models import Translation, TranslationSource

from languages.translation_status import outdated_sources

STATUSES = {
    "source": _("Source"),
    "translated": _("Translated"),
    "outdated": _("Outdated"),
    "missing": _("Missing"),
}


@dataclass
class Cell:
    status: str
    obj: object = None
    segments_left: int | None = None
    url: str | None = None


@dataclass
class Row:
    section: str
    title: str
    key: object
    source: object
    cells: dict  # locale_id -> Cell


def snippet_models():
    from wagtail.snippets.models import get_snippet_models

    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def _segments_left(translations):
    """{(source object_id, target locale_id): untranslated segments} for started translations."""
    left = {}
    for translation in translations:
        total, done = translation.get_progress()
        left[(translation.source.object_id, translation.target_locale_id)] = total - done
    return left


def _page_rows(locales, outdated_pairs, left):
    pages = Page.objects.filter(depth__gt=1).select_related("content_type").order_by("path")
    by_key = defaultdict(list)
    for page in pages:
        by_key[page.translation_key].append(page)
    sources = dict(
        TranslationSource.objects.filter(
            specific_content_type__in={p.content_type_id for p in pages}
        ).values_list("object_id", "locale_id")
    )
    rows = []
    for key, group in by_key.items():
        if not any(page.live for page in group):
            continue  # drafts only (e.g. a submission in review): nothing to translate yet
        source_locale = sources.get(key) or min(group, key=lambda p: p.pk).locale_id
        source = next((p for p in group if p.locale_id == source_locale), group[0])
        present = {page.locale_id: page for page in group}
        cells = {}
        for locale in locales:
            page = present.get(locale.pk)
            if locale.pk == source_locale:
                cells[locale.pk] = Cell("source", page)
            elif page is None or not page.live:
                cells[locale.pk] = Cell("missing", page, left.get((key, locale.pk)))
            elif (key, locale.pk) in outdated_pairs:
                cells[locale.pk] = Cell("outdated", page, left.get((key, locale.pk)))
            else:
                cells[locale.pk] = Cell("translated", page, left.get((key, locale.pk)))
        section = source.content_type.model_class()
        label = section._meta.verbose_name_plural if section else _("Pages")
        rows.append(Row(str(label).capitalize(), source.title, key, source, cells))
    return rows


def _snippet_rows(locales, left):
    rows = []
    for model in snippet_models():
        by_key = defaultdict(list)
        for obj in model.objects.all().order_by("pk"):
            by_key[obj.translation_key].append(obj)
        sources = dict(
            TranslationSource.objects.filter(
                object_id__in=list(by_key), specific_content_type__model=model._meta.model_name
            ).values_list("object_id", "locale_id")
        )
        for key, group in by_key.items():
            source_locale = sources.get(key) or group[0].locale_id
            source = next((o for o in group if o.locale_id == source_locale), group[0])
            present = {obj.locale_id: obj for obj in group}
            cells = {}
            for locale in locales:
                obj = present.get(locale.pk)
                if locale.pk == source_locale:
                    cells[locale.pk] = Cell("source", obj)
                elif obj is None:
                    cells[locale.pk] = Cell("missing", None, left.get((key, locale.pk)))
                else:
                    cells[locale.pk] = Cell("translated", obj, left.get((key, locale.pk)))
            label = str(model._meta.verbose_name_plural).capitalize()
            rows.append(Row(label, str(source), key, source, cells))
    return rows


def coverage(with_segments=True):
    """(locales, rows) for every live page and translatable snippet."""
    locales = list(Locale.objects.order_by("language_code"))
    sources = outdated_sources()
    outdated_pairs = set(
        Translation.objects.filter(source__in=sources, enabled=True).values_list(
            "source__object_id", "target_locale_id"
        )
    )
    left = {}
    if with_segments:
        left = _segments_left(Translation.objects.filter(enabled=True).select_related("source"))
    return locales, _page_rows(locales, outdated_pairs, left) + _snippet_rows(locales, left)


def counts(rows, locales):
    """{section: {locale_id: Counter(status)}} and the totals under the key None."""
    table = defaultdict(lambda: {locale.pk: Counter() for locale in locales})
    for row in rows:
        for locale_id, cell in row.cells.items():
            table[row.section][locale_id][cell.status] += 1
            table[None][locale_id][cell.status] += 1
    return table


def is_snippet(model):
    return model in snippet_models()


def get_model(label):
    return apps.get_model(label)
