"""The search page and the autocomplete endpoint, in every language version."""

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET

from caching.derived_cache import derived
from caching.wagtail_patches.routing import site_for
from languages.locales import active_locale
from listings.query_strings import query_without
from search.engines import SearchUnavailable
from search.facets import KIND_LABELS, parse_selection
from search.forms import SearchForm
from search.service import autocomplete_site, known_disciplines, search_site


@require_GET
def search(request):
    form = SearchForm(request.GET)
    # Results link to pages: Wagtail's site for those links, and the disciplines, from the
    # derived cache as on every page (caching/derived_cache.py).
    request._wagtail_site = site_for(request)
    disciplines = derived(request, ("known-disciplines",), lambda: list(known_disciplines()))
    selected, ignored_filters = parse_selection(request.GET, disciplines)
    context = {
        "form": form,
        "selected": selected,
        "ignored_filters": ignored_filters,
        "outcome": None,
        "unavailable": False,
        "query_without_page": query_without(request, "page"),
    }
    if not form.is_valid():
        return TemplateResponse(request, "search/search.html", context, status=400)
    query = form.cleaned_data["q"]
    if query:
        try:
            context["outcome"] = search_site(
                query, active_locale(), selected, request.GET.get("page")
            )
        except SearchUnavailable:
            context["unavailable"] = True
    return TemplateResponse(request, "search/search.html", context)


@require_GET
def autocomplete(request):
    form = SearchForm(request.GET)
    if not form.is_valid():
        return _json({"error": form.errors["q"][0], "results": []}, status=400)
    query = form.cleaned_data["q"]
    if not query:
        return _json({"results": []})
    try:
        found = autocomplete_site(query, active_locale())
    except SearchUnavailable:
        return _json({"results": [], "unavailable": True})
    results = [
        {"title": page.title, "url": page.get_url(request), "kind": str(KIND_LABELS[kind])}
        for page, kind in found
    ]
    return _json({"results": results})


def _json(data, status=200):
    # Unescaped UTF-8, so /sr-latn/ can convert the Cyrillic titles (languages/middleware.py).
    return JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
