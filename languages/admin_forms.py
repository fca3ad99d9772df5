"""Checkbox lists of translatable snippets in the page editor show the edited page's locale only,
one entry per translation key (issue #14).

Without this a designer's discipline checkboxes listed every discipline in English, Swedish and
Serbian ("Illustration" twice, 30 boxes). Relations to snippets are kept in sync across
translations and shown in the visitor's language (`languages.localization`), so any one object
of a translation key stands for the term: the list offers the one in the page's locale (or, for
a term not translated into it yet, one other) and a relation chosen earlier in another locale
shows checked on its entry. Saving stores the entries shown, in the page's locale.

Page and snippet choosers (the team's designer, a programme's host) need nothing here: Wagtail's
chooser opens filtered on the edited page's locale (`ACTIVE_CONTENT_LOCALE`).
"""

from django import forms
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Locale, Page, TranslatableMixin


def one_per_translation_key(model, locale):
    """Pks of `model` objects, one per translation key: `locale`'s, else the default locale's."""
    chosen = {}
    default = Locale.get_default()
    rows = model.objects.values_list("pk", "translation_key", "locale_id")
    rank = {locale.pk: 0, default.pk: 1}
    for pk, key, _locale_id in sorted(rows, key=lambda row: (rank.get(row[2], 2), row[0])):
        chosen.setdefault(key, pk)
    return chosen


class LocaleScopedPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale = self.instance.locale if self.instance.locale_id else None
        if locale is None and self.parent_page is not None:
            locale = self.parent_page.locale
        if locale is None:
            return
        for name, field in self.fields.items():
            model = getattr(getattr(field, "queryset", None), "model", None)
            if (
                not isinstance(field, forms.ModelMultipleChoiceField)
                or model is None
                or not issubclass(model, TranslatableMixin)
                or issubclass(model, Page)
            ):
                continue
            by_key = one_per_translation_key(model, locale)
            field.queryset = model.objects.filter(pk__in=by_key.values()).order_by(
                *model._meta.ordering or ["pk"]
            )
            if name in self.initial:
                keys = model.objects.filter(
                    pk__in=[getattr(value, "pk", value) for value in self.initial[name] or []]
                ).values_list("translation_key", flat=True)
                self.initial[name] = [by_key[key] for key in keys if key in by_key]
