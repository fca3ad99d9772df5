"""How much of a translation is left, for the top of wagtail-localize's editor (issue #14)."""

from django import template

register = template.Library()


@register.simple_tag
def translation_progress(translation):
    """{"left", "total"}: string segments, the slug included, as wagtail-localize counts them."""
    total, done = translation.get_progress()
    return {"left": total - done, "total": total}
