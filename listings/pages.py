"""Paginated, filterable listing pages.

Filters are Django forms bound to the query string. A value that does not validate (`?year=x`,
an unknown slug) simply drops out of `cleaned_data`, so the filter is ignored and the page
still answers 200; `Paginator.get_page` does the same for `?page=abc`.
"""

from django.core.paginator import Paginator
from django.utils.functional import SimpleLazyObject, cached_property

from caching.derived_cache import derived
from listings.query_strings import query_without


class CountedPaginator(Paginator):
    """A paginator whose total is kept until content changes (caching/derived_cache.py).

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

    def get_filter_form(self, request):
        return self.filter_form_class(request.GET or None, listing_page=self, request=request)

    def filtered_items(self, filters):
        """The queryset of items for the cleaned filters; implemented by each index page."""
        raise NotImplementedError

    def listing_moment(self, request):
        """What besides published content a listing's totals and order depend on.

        Totals and ids are kept until the next publish (caching/derived_cache.py) under a key that
        includes this value; a listing whose order or filters follow the clock returns which
        stretch of time it is in.
        """
        return None

    def rows_by_id(self, ids, paginator):
        """The rows of `ids` with what cards need: by default the paginator's own queryset (the
        same filters, prefetches and ordering), unsliced."""
        return paginator.object_list.filter(pk__in=ids)

    def decorate(self, items):
        """Attach what cards show (localized terms…) to the visible items, in constant queries."""
        return items

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = self.get_filter_form(request)
        filters = form.active_filters() if form.is_bound else {}
        moment = self.listing_moment(request)
        count_key = self.listing_key("count", filters, moment)
        paginator = CountedPaginator(
            self.filtered_items(filters), self.per_page, request=request, count_key=count_key
        )
        page = paginator.get_page(request.GET.get("page"))
        # Loaded only if the template needs the rows: the cards of a listing page are kept as
        # one fragment (`results_key`) until content changes, and then no row is read at all.
        page_slice = page.object_list
        ids_key = self.listing_key("ids", filters, moment, page.number)
        page.object_list = SimpleLazyObject(
            lambda: self.decorate(self.visible_items(request, ids_key, page_slice, paginator))
        )
        context.update(
            filter_form=form,
            active_filters=filters,
            items=page,
            results_key=repr(self.listing_key("cards", filters, moment, page.number)),
            filters_key=_filters_key(form),
            query_without_page=query_without(request, "page"),
        )
        return context

    def visible_items(self, request, ids_key, page_slice, paginator):
        """The items of one listing page.

        Which ids a page shows is kept until content changes (caching/derived_cache.py): finding
        them sorts every matching row, while loading twelve rows by id is cheap.
        """
        ids = derived(
            request, ids_key, lambda: [item.pk for item in page_slice.prefetch_related(None)]
        )
        items = {item.pk: item for item in self.rows_by_id(ids, paginator)}
        return [items[pk] for pk in ids if pk in items]

    def listing_key(self, kind, filters, *extra):
        """The derived-cache key of what this listing holds (its totals, ids, cards, facts)."""
        return ("listing", self.pk, kind, *extra, *sorted(filters.items()))


def _filters_key(form):
    """The form's values as its widgets show them, when all of them validated; else None.

    Valid values come from the fields' choices (a checkbox shows only ticked or not), so the
    number of keys is bounded; a made-up value is shown back with its message, rendered each
    time.
    """
    if not form.is_bound:
        return "unbound"
    if form.errors:
        return None
    return repr([(name, form[name].value()) for name in form.fields])
