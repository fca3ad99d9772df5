"""Filter forms for the designer and project listings (their base is listings/filters.py)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from listings.filters import ListingFilterForm, country_choices
from showcase.models.taxonomy import Discipline, Theme


class DesignerFilterForm(ListingFilterForm):
    discipline = forms.ChoiceField(label=_("Discipline"), required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)
    collaboration = forms.BooleanField(label=_("Open to collaboration"), required=False)
    mobility = forms.BooleanField(label=_("Available for mobility"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["discipline"].choices = self.term_choices(Discipline)
        countries = self.listing_fact("countries", self.listing_page.available_countries)
        self.fields["country"].choices = country_choices(countries)


class ProjectFilterForm(ListingFilterForm):
    discipline = forms.ChoiceField(label=_("Discipline"), required=False)
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    country = forms.ChoiceField(label=_("Country"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["discipline"].choices = self.term_choices(Discipline)
        self.fields["theme"].choices = self.term_choices(Theme)
        years = self.listing_fact("years", self.listing_page.available_years)
        self.fields["year"].choices = [("", _("All"))] + [(y, y) for y in years]
        countries = self.listing_fact("countries", self.listing_page.available_countries)
        self.fields["country"].choices = country_choices(countries)
