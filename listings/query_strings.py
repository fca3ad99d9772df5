"""Links that change one parameter of the page's query string (pagination, facets)."""


def query_without(request, name):
    """The request's query string without parameter `name`, URL-encoded (no leading `?`)."""
    query = request.GET.copy()
    query.pop(name, None)
    return query.urlencode()


def tidy_query(request, defaults):
    """The request's query string without empty parameters (`?country=&year=`, what a plain GET
    form sends for "All") and without parameters at their default (`sort` at the listing's own
    order); None when it is already tidy. Listings redirect to the tidy address, so a filtered
    listing has one URL (issue #13)."""
    query = request.GET.copy()
    untidy = False
    for name in list(query):
        values = [v for v in query.getlist(name) if v != "" and v != defaults.get(name)]
        if values != query.getlist(name):
            untidy = True
            if values:
                query.setlist(name, values)
            else:
                del query[name]
    return query.urlencode() if untidy else None
