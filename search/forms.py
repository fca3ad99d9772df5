from django import forms
from django.utils.translation import gettext_lazy as _

# Longer than any name, title or phrase anyone searches for; a longer query is a mistake or an
# attack, and is answered with a message instead of being sent to the engine.
MAX_QUERY_LENGTH = 200


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=MAX_QUERY_LENGTH,
        error_messages={
            "max_length": _(
                "Please shorten your search to at most %(limit_value)d characters "
                "(it has %(show_value)d)."
            ),
        },
    )

    def clean_q(self):
        # Control characters (NUL and the like) mean nothing in a search and some databases
        # refuse them in a query.
        return "".join(c for c in self.cleaned_data["q"] if c.isprintable() or c == " ").strip()
