"""The kinds of programme: the choices of `ProgrammePage.kind`, its filter and its search facet."""

from django.utils.translation import gettext_lazy as _

PROGRAMME_KINDS = [
    ("residency", _("Residency")),
    ("exchange", _("Exchange")),
    ("workshop", _("Workshop")),
    ("fellowship", _("Fellowship")),
    ("mentorship", _("Mentorship")),
]
