"""Admin reports for translators and editors: outdated translations, Latin Serbian text."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.reports import PageReportView

from languages.reports import (
    LatinSerbianReportView,
    OutdatedTranslationsReportView,
    TranslationStatusReportView,
)

REPORTS = [
    ("translation_status_report", "translations/status/", TranslationStatusReportView,
     _("Translation status"), "globe", 730),
    ("outdated_translations_report", "translations/outdated/", OutdatedTranslationsReportView,
     _("Outdated translations"), "resubmit", 740),
    ("latin_serbian_report", "translations/latin-serbian/", LatinSerbianReportView,
     _("Serbian in Latin script"), "warning", 750),
]  # fmt: skip


class EditorReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("wagtailadmin.access_admin")


@hooks.register("register_admin_urls")
def register_report_urls():
    urls = []
    for name, route, view, _label, _icon, _order in REPORTS:
        urls.append(path(f"reports/{route}", view.as_view(), name=name))
        if issubclass(view, PageReportView):
            urls.append(
                path(
                    f"reports/{route}results/",
                    view.as_view(results_only=True),
                    name=f"{name}_results",
                )
            )
    return urls


for _name, _route, _view, _label, _icon, _order in REPORTS:

    @hooks.register("register_reports_menu_item")
    def _menu_item(name=_name, label=_label, icon=_icon, order=_order):
        return EditorReportMenuItem(label, reverse(name), icon_name=icon, order=order)
