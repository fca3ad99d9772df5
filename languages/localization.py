"""Show related objects in the visitor's language without a query per object.

Relations (disciplines, themes, organisations, team members, the programme a project came from)
always point at the objects the editor picked, normally the English source, and wagtail-localize
keeps them synchronised across translations (it cannot translate many-to-many fields:
wagtail-localize#534). Rendering swaps each object for its translation in the active locale.
Wagtail's `.localized` does that one query per object; `localize_all` does it in one query per
model for a whole list.
"""

from collections import defaultdict

from wagtail.models import DraftStateMixin, Page

from languages.locales import active_locale


def localize_all(objects, locale=None):
    """Return `objects` with each replaced by its live translation in `locale` (default: active).

    An object with no live translation in that locale stays as it is, like Wagtail's `.localized`.
    """
    objects = list(objects)
    if not objects:
        return objects
    locale = locale or active_locale()
    by_model = defaultdict(set)
    for obj in objects:
        if obj.locale_id != locale.pk:
            by_model[type(obj)].add(obj.translation_key)

    translations = {}
    for model, keys in by_model.items():
        queryset = model.objects.filter(translation_key__in=keys, locale=locale)
        if issubclass(model, Page):
            queryset = queryset.live()
        elif issubclass(model, DraftStateMixin):
            queryset = queryset.filter(live=True)
        translations.update({(model, t.translation_key): t for t in queryset})

    return [translations.get((type(obj), obj.translation_key), obj) for obj in objects]


def attach_localized(items, relation, attribute):
    """Set `item.<attribute>` to the localized objects of a prefetched many-to-many relation."""
    related = {obj.pk: obj for item in items for obj in getattr(item, relation).all()}
    localized = dict(zip(related, localize_all(related.values()), strict=True))
    for item in items:
        setattr(item, attribute, [localized[obj.pk] for obj in getattr(item, relation).all()])
