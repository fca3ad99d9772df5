"""`site_origin` and `site_host` for templates: canonical, hreflang and Open Graph links."""

from addresses.absolute import host, origin


def site_origin(request):
    return {"site_origin": origin(request), "site_host": host(request)}
