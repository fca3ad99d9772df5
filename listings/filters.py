"""The filter-form base every listing uses, and the choices its fields share.

Filters are Django forms bound to the query string; a listing page (listings/pages.py) binds
one to each request and keeps only the fields that validated.
"""

from django import forms
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from caching.derived_cache import derived
from languages.locales import active_locale

SORT = "sort"


class ListingFilterForm(forms.Form):
    """A GET form whose invalid fields are ignored rather than reported.

    Visitors reach filters through links and bookmarks, so a stale or mistyped value should not
    block the listing: `active_filters()` keeps only the fields that validated.
    """

    def __init__(self, *args, listing_page=None, request=None, **kwargs):
        kwargs.setdefault("auto_id", "filter_%s")
        super().__init__(*args, **kwargs)
        self.listing_page = listing_page
        self.request = request
        sorts = getattr(listing_page, "sort_options", None)
        if sorts:
            # Last, after the filters; its first choice is the listing's own order, which the
            # URL leaves out (listings.query_strings.tidy_query).
            self.fields[SORT] = forms.ChoiceField(
                label=_("Sort by"),
                choices=[(key, label) for key, (label, _ordering) in sorts.items()],
                required=False,
            )
            self.fields[SORT].widget.attrs["data-default"] = next(iter(sorts))

    def listing_fact(self, name, compute):
        """What the listing holds (its countries, years), until content changes."""
        key = self.listing_page.listing_key(name, {})
        return derived(self.request, key, lambda: list(compute()))

    def term_choices(self, model):
        return term_choices(model, self.request)

    def active_filters(self):
        """The filters in force: valid, not empty; the sort order is not a filter."""
        self.is_valid()
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if value not in (None, "", [], False) and name != SORT
        }

    def chosen_sort(self):
        """The valid sort key asked for, or "" for the listing's own order."""
        self.is_valid()
        return self.cleaned_data.get(SORT) or ""


def term_choices(model, request=None):
    """Slug/name pairs of a taxonomy in the visitor's locale."""

    def compute():
        terms = model.objects.filter(locale=active_locale()).order_by("name")
        return [(term.slug, term.name) for term in terms]

    key = ("terms", model._meta.label_lower, translation.get_language())
    return [("", _("All"))] + derived(request, key, compute)


def country_choices(codes):
    names = sorted((countries.name(code), code) for code in set(codes) if code)
    return [("", _("All"))] + [(code, name) for name, code in names]
