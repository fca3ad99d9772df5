"""`{% json_ld page %}`: the page's schema.org JSON-LD, for `{% block extra_head %}`."""

from django import template

from programmes.structured_data import json_ld_script, structured_data

register = template.Library()


@register.simple_tag(takes_context=True)
def json_ld(context, page):
    data = structured_data(page, context)
    return json_ld_script(data) if data else ""
