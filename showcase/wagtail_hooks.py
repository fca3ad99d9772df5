"""Admin registration of the taxonomy snippets, grouped under one menu item."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from showcase.models import Discipline, Organisation, Theme
from showcase.submissions.admin_views import PortfolioSubmissionViewSet
from showcase.submissions.dashboard import panel_for


class DisciplineViewSet(SnippetViewSet):
    model = Discipline
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "country", "website"]
    list_filter = ["country"]
    search_fields = ["name"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomy")
    menu_icon = "tag"
    menu_order = 300
    items = (DisciplineViewSet, ThemeViewSet, OrganisationViewSet)


register_snippet(TaxonomyGroup)


@hooks.register("register_admin_viewset")
def register_submissions_viewset():
    return PortfolioSubmissionViewSet("portfolio_submissions")


@hooks.register("construct_homepage_panels")
def add_portfolios_awaiting_review(request, panels):
    panel = panel_for(request)
    if panel is not None:
        panels.append(panel)
