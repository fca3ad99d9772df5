"""Paginated, filterable listing pages.

Filters are Django forms bound to the query string. A value that does not validate (`?year=x`,
an unknown slug) simply drops out of `cleaned_data`, so the filter is ignored and the page
still answers 200; `Paginator.get_page` does the same for `?page=abc`.
"""

from django.core.paginator import Paginator


class ListingPageMixin:
    """Index page behaviour: bind the filter form, query, paginate, decorate the visible page."""

    per_page = 12
    filter_form_class = None

    def get_filter_form(self, request):
        return self.filter_form_class(request.GET or None, listing_page=self)

    def filtered_items(self, filters):
        """The queryset of items for the cleaned filters; implemented by each index page."""
        raise NotImplementedError

    def decorate(self, items):
        """Attach what cards show (localized terms…) to the visible items, in constant queries."""
        return items

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = self.get_filter_form(request)
        filters = form.active_filters() if form.is_bound else {}
        page = Paginator(self.filtered_items(filters), self.per_page).get_page(
            request.GET.get("page")
        )
        page.object_list = self.decorate(list(page.object_list))
        context.update(
            filter_form=form,
            active_filters=filters,
            items=page,
            query_without_page=_query_without_page(request),
        )
        return context


def _query_without_page(request):
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()
