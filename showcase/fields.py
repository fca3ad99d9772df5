"""A list of spoken languages, stored as ISO 639-1 codes and chosen with checkboxes."""

from django import forms
from django.conf.locale import LANG_INFO
from django.db import models
from django.utils.translation import gettext_lazy as _

SPOKEN_LANGUAGE_CODES = [
    "sr", "en", "sv", "de", "fr", "es", "it", "hu", "ro", "mk",
    "bs", "hr", "sl", "da", "nb", "fi", "ru", "uk", "ar", "fa", "tr", "pl",
]  # fmt: skip


def spoken_language_choices():
    # Django's LANG_INFO names are marked for translation, so the labels follow the visitor.
    return [(code, _(LANG_INFO[code]["name"])) for code in SPOKEN_LANGUAGE_CODES]


class SpokenLanguagesField(models.JSONField):
    """JSON list of language codes; a checkbox list in forms, validated against the known codes."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=spoken_language_choices,
            widget=forms.CheckboxSelectMultiple,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
        )
