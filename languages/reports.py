"""Admin reports for translators and editors: Serbian pages with text in Latin script
(languages/script_check.py), outdated translations, and the translation status of everything."""

from django import forms
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.views.reports import PageReportView
from wagtail.models import Page

from languages.script_check import serbian_pages_with_latin_text
from languages.translation_coverage import STATUSES, counts, coverage
from languages.translation_status import outdated_translation_pages


class LatinSerbianReportView(PageReportView):
    page_title = _("Serbian text in Latin script")
    header_icon = "warning"
    index_url_name = "latin_serbian_report"
    index_results_url_name = "latin_serbian_report_results"
    results_template_name = "languages/reports/latin_serbian_results.html"

    def get_queryset(self):
        return serbian_pages_with_latin_text().specific(defer=True)


class OutdatedTranslationsReportView(PageReportView):
    page_title = _("Translations out of date")
    header_icon = "resubmit"
    index_url_name = "outdated_translations_report"
    index_results_url_name = "outdated_translations_report_results"
    results_template_name = "languages/reports/outdated_translations_results.html"

    def get_queryset(self):
        return outdated_translation_pages().specific(defer=True)


class CoverageFilterForm(forms.Form):
    """The report's filters; a value that is not offered is refused with a message (400)."""

    locale = forms.ChoiceField(label=_("Language"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)
    section = forms.ChoiceField(label=_("Section"), required=False)

    def __init__(self, data, locales, sections):
        super().__init__(data)
        everything = [("", _("All"))]
        self.fields["locale"].choices = everything + [
            (locale.language_code, locale.get_display_name()) for locale in locales
        ]
        self.fields["status"].choices = everything + list(STATUSES.items())
        self.fields["section"].choices = everything + [(name, name) for name in sections]


def add_links(rows, user):
    """Where a translator goes from each cell: the translation's editor, or "Translate"."""
    finder = AdminURLFinder(user)
    for row in rows:
        opts = row.source._meta
        for cell in row.cells.values():
            if cell.obj is not None and cell.status != "missing":
                cell.url = finder.get_edit_url(cell.obj)
            elif isinstance(row.source, Page):
                cell.url = reverse("wagtail_localize:submit_page_translation", args=[row.source.pk])
            else:
                cell.url = reverse(
                    "wagtail_localize:submit_snippet_translation",
                    args=[opts.app_label, opts.model_name, row.source.pk],
                )


class TranslationStatusReportView(TemplateView):
    """Every page and snippet × locale: source, translated, outdated, missing (issue #14)."""

    template_name = "languages/reports/translation_status.html"

    def get(self, request, *args, **kwargs):
        locales, rows = coverage()
        sections = sorted({row.section for row in rows})
        form = CoverageFilterForm(request.GET, locales, sections)
        status = 200
        chosen_locales = locales
        counted = rows
        if form.is_valid():
            data = form.cleaned_data
            if data["locale"]:
                chosen_locales = [x for x in locales if x.language_code == data["locale"]]
            if data["section"]:
                rows = [row for row in rows if row.section == data["section"]]
            counted = rows  # the counts ignore the status filter: they are the whole picture
            if data["status"]:
                ids = {locale.pk for locale in chosen_locales}
                rows = [
                    row
                    for row in rows
                    if any(c.status == data["status"] for i, c in row.cells.items() if i in ids)
                ]
        else:
            status = 400
        table = counts(counted, locales)
        rows = rows[:500]
        add_links(rows, request.user)
        summary = [
            (section, [(locale, table[section][locale.pk]) for locale in locales])
            for section in sorted(key for key in table if key is not None)
        ]
        context = self.get_context_data(
            form=form,
            locales=locales,
            chosen_locales=chosen_locales,
            rows=[
                (row, [(locale, row.cells[locale.pk]) for locale in chosen_locales]) for row in rows
            ],
            row_count=len(rows),
            summary=summary,
            totals=[(locale, table[None][locale.pk]) for locale in locales],
            statuses=STATUSES,
            page_title=_("Translation status"),
        )
        return self.render_to_response(context, status=status)
