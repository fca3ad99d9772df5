"""Paginated, filterable listing pages.

Filters are Django forms bound to the query string. A value that does not validate (`?year=x`,
an unknown slug) simply drops out of `cleaned_data`, so the filter is ignored and the page
still answers 200; `Paginator.get_page` does the same for `?page=abc`.
"""

from django.core.paginator import Paginator
from django.shortcuts import redirect
from django.utils.functional import SimpleLazyObject, cached_property

from caching.derived_cache import derived
from listings.filters import SORT
from listings.query_strings import query_without, tidy_query


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
    # {key: (label, ordering)}, the listing's own order first; None: no sort choice.
    sort_options = None

    def serve(self, request, *args, **kwargs):
        # One URL per filtered listing: what a plain GET form sends for "All" (`?country=`)
        # and the default order are left out, with a redirect (issue #13; the script does the
        # same before sending, so this is for browsers without it).
        defaults = {SORT: next(iter(self.sort_options))} if self.sort_options else {}
        tidy = tidy_query(request, defaults)
        if tidy is not None:
            return redirect(request.path + (f"?{tidy}" if tidy else ""))
        return super().serve(request, *args, **kwargs)

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
        sort = form.chosen_sort() if form.is_bound and self.sort_options else ""
        items = self.filtered_items(filters)
        if sort and sort != next(iter(self.sort_options)):
            items = items.order_by(*self.sort_options[sort][1])
        # The order is part of what a listing page holds, not a filter (no chip, no count).
        keyed = {**filters, SORT: sort} if sort else filters
        moment = self.listing_moment(request)
        count_key = self.listing_key("count", filters, moment)
        paginator = CountedPaginator(items, self.per_page, request=request, count_key=count_key)
        page = paginator.get_page(request.GET.get("page"))
        # Loaded only if the template needs the rows: the cards of a listing page are kept as
        # one fragment (`results_key`) until content changes, and then no row is read at all.
        page_slice = page.object_list
        ids_key = self.listing_key("ids", keyed, moment, page.number)
        page.object_list = SimpleLazyObject(
            lambda: self.decorate(self.visible_items(request, ids_key, page_slice, paginator))
        )
        context.update(
            filter_form=form,
            active_filters=filters,
            items=page,
            results_key=repr(self.listing_key("cards", keyed, moment, page.number)),
            filter_chips=filter_chips(form, filters, request),
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


def filter_chips(form, filters, request):
    """The filters in force as removable chips: each with its label, the chosen value's name
    and the query string without it (and without `page`, which may no longer exist)."""
    chips = []
    for name, value in filters.items():
        field = form[name]
        choices = {str(key): label for key, label in getattr(field.field, "choices", [])}
        query = request.GET.copy()
        query.pop(name, None)
        query.pop("page", None)
        chips.append(
            {
                "label": field.label,
                "value": None if value is True else choices.get(str(value), value),
                "query": query.urlencode(),
            }
        )
    return chips


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
