"""`{% derived_fragment %}`: a piece of a template kept until content changes.

    {% load derived_tags %}
    {% derived_fragment "designer-card" item.pk loading %} … {% end_derived_fragment %}

The rendered HTML is stored in the derived cache (caching/derived_cache.py) under the name, the
values after it, the language and the host, so a publish retires it with everything else. Use
it for pieces that show published content only — never anything that depends on the visitor,
the time of day or the request beyond its language and host. Cards are the case: the same
designer card appears on the home page, the listing and every project of that designer.
"""

from django import template

from caching.derived_cache import derived
from caching.keys import page_variant

register = template.Library()


class DerivedFragmentNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context):
        request = context.get("request")
        key = (
            "fragment",
            self.name.resolve(context),
            *(value.resolve(context) for value in self.vary_on),
            *page_variant(request),
        )
        return derived(request, key, lambda: self.nodelist.render(context))


@register.tag
def derived_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"{bits[0]} needs a fragment name")
    nodelist = parser.parse(("end_derived_fragment",))
    parser.delete_first_token()
    return DerivedFragmentNode(
        nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(b) for b in bits[2:]]
    )
