"""Paginated, filterable listing pages.

Filters are Django forms bound to the query string. A value that does not validate (`?year=x`,
an unknown slug) simply drops out of `cleaned_data`, so the filter is ignored and the page
still answers 200; `Paginator.get_page` does the same for `?page=abc`.
"""

from django.core.paginator import Paginator
from django.utils.functional import cached_property

from home.derived_cache import derived


class CountedPaginator(Paginator):
    """A paginator whose total is kept until content changes (home/derived_cache.py).

    Counting 10,000 designers is most of a listing's database time; the total of a listing and
    its filters changes only when something is published.
    """

    def __init__(self, object_list, per_page, *, request, count_key):
        super().__init__(object_list, per_page)
        self.request = request
        self.count_key = count_key

    @cached_property
    def count(self):
        if self.count_key is None:
            return Paginator.count.func(self)
        return derived(self.request, self.count_key, lambda: Paginator.count.func(self))


class ListingPageMixin:
    """Index page behaviour: bind the filter form, query, paginate, decorate the visible page."""

    per_page = 12
    filter_form_class = None
    # Totals and ids of a listing page kept until the next publish (home/derived_cache.py);
    # a listing whose order or filters depend on the clock turns it off.
    listing_follows_content_only = True

    def get_filter_form(self, request):
        return self.filter_form_class(request.GET or None, listing_page=self, request=request)

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
        count_key = self._listing_key("count", filters)
        paginator = CountedPaginator(
            self.filtered_items(filters), self.per_page, request=request, count_key=count_key
        )
        page = paginator.get_page(request.GET.get("page"))
        page.object_list = self.decorate(self.visible_items(request, filters, page))
        context.update(
            filter_form=form,
            active_filters=filters,
            items=page,
            query_without_page=_query_without_page(request),
        )
        return context

    def visible_items(self, request, filters, page):
        """The items of one listing page.

        Which ids a page shows is kept until content changes (home/derived_cache.py): finding
        them sorts every matching row, while loading twelve rows by id is cheap.
        """
        key = self._listing_key("ids", filters, page.number)
        if key is None:
            return list(page.object_list)
        ids = derived(
            request, key, lambda: [item.pk for item in page.object_list.prefetch_related(None)]
        )
        # The paginator's queryset, unsliced: the same filters, prefetches and ordering.
        rows = page.paginator.object_list.filter(pk__in=ids)
        items = {item.pk: item for item in rows}
        return [items[pk] for pk in ids if pk in items]

    def _listing_key(self, kind, filters, *extra):
        """The derived-cache key of a listing fact, or None when the listing keeps none."""
        if not self.listing_follows_content_only:
            return None
        return ("listing", self.pk, kind, *extra, *sorted(filters.items()))


def _query_without_page(request):
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()
