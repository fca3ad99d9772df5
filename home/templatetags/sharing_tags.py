"""`{% page_description %}` and `{% share_meta %}` for the head of base.html (home/sharing.py)."""

from django import template

from caching.derived_cache import derived
from caching.keys import page_variant
from home import sharing

register = template.Library()


@register.simple_tag(takes_context=True)
def page_description(context):
    return sharing.page_description(context.get("page"))


@register.inclusion_tag("home/includes/share_meta.html", takes_context=True)
def share_meta(context, language_links=()):
    """The tags, kept as plain data until the next publish like the header (a warm page reads
    only its own row): the privacy check, the designer's fallback picture and the rendition
    cost queries of their own."""
    page, request = context.get("page"), context.get("request")
    if page is None or request is None:
        return {"tags": []}
    key = ("share-meta", page.pk, request.scheme, request.path, *page_variant(request))
    tags = derived(request, key, lambda: sharing.share_tags(page, request, language_links))
    return {"tags": tags}
