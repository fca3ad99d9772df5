"""The submissions list in the admin: who sent what, its status, and Serbian written in Latin.

Curators and editors read it (the review itself happens on the pages, in their workflow);
editors may clear the Latin-script flag once they have dealt with it.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet

from showcase.models import PortfolioSubmission


class PortfolioSubmissionViewSet(ModelViewSet):
    model = PortfolioSubmission
    icon = "mail"
    menu_label = _("Submissions")
    menu_order = 250
    add_to_admin_menu = True
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = ["name", "locale", "created_at", "get_status_display", "needs_script_review"]
    list_filter = ["locale"]
    search_fields = ["name", "email"]
    form_fields = ["latin_script_fields"]
    inspect_view_fields = [
        "name", "email", "language", "created_at", "designer_page", "submitted_links",
        "latin_script_fields",
        "withdrawn_at", "rejected_at",
    ]  # fmt: skip
