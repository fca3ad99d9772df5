"""Filter form for the programmes listing."""

from django import forms
from django.utils.translation import gettext_lazy as _

from listings.filters import ListingFilterForm, country_choices
from programmes.kinds import PROGRAMME_KINDS
from programmes.status import ProgrammeStatus
from showcase.models import Discipline


class ProgrammeFilterForm(ListingFilterForm):
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)
    discipline = forms.ChoiceField(label=_("Discipline"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", _("All"))] + PROGRAMME_KINDS
        self.fields["status"].choices = [("", _("All"))] + list(ProgrammeStatus.choices)
        countries = self.listing_fact("countries", self.listing_page.available_countries)
        self.fields["country"].choices = country_choices(countries)
        self.fields["discipline"].choices = self.term_choices(Discipline)
