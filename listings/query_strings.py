"""Links that change one parameter of the page's query string (pagination, facets)."""


def query_without(request, name):
    """The request's query string without parameter `name`, URL-encoded (no leading `?`)."""
    query = request.GET.copy()
    query.pop(name, None)
    return query.urlencode()
