"""Admin report: Serbian pages with text in Latin script (see languages/script_check.py)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import PageReportView

from languages.script_check import serbian_pages_with_latin_text
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
