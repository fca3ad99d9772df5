"""Country names as the site shows them, and the order of the country menus (issue #13).

django-countries 9.1 names the countries, but its Swedish catalogue is incomplete: about 30
names are still in English (Brazil, Canada, Egypt…), some are outdated (Swaziland,
Makedonien) and some blank (Eswatini, North Macedonia), where it falls back to an old name.
Its Serbian catalogue has a few mistakes (Latvia as Литванија, Samoa as Сан Марино) and old
forms (Македонија, Тимор - Лесте). The project's catalogues (locale/sv, locale/sr) translate
the same English names, and Django prefers `LOCALE_PATHS` to an app's own catalogue, so these
win everywhere a country is named (forms, designer and project pages, search facets).
`OVERRIDDEN` lists the names for `makemessages`; the rest come from django-countries.

The menus put Serbia and Sweden first (the countries the site is for), then the others in the
alphabet order of the visitor's language (languages/collation.py), which neither Python nor
django-countries (pyuca's root collation) gets right for Swedish or Serbian.
"""

from django.utils.translation import get_language, gettext_noop
from django_countries import countries

from languages.collation import collation_key

PINNED = ("RS", "SE")

# The English names (django_countries.data) whose Swedish or Serbian translation we provide.
OVERRIDDEN = {
    "AL": gettext_noop("Albania"),
    "AS": gettext_noop("American Samoa"),
    "AU": gettext_noop("Australia"),
    "BS": gettext_noop("Bahamas (The)"),
    "BV": gettext_noop("Bouvet Island"),
    "BR": gettext_noop("Brazil"),
    "CV": gettext_noop("Cabo Verde"),
    "KH": gettext_noop("Cambodia"),
    "CA": gettext_noop("Canada"),
    "TD": gettext_noop("Chad"),
    "CC": gettext_noop("Cocos (Keeling) Islands"),
    "CG": gettext_noop("Congo"),
    "CD": gettext_noop("Congo (the Democratic Republic of the)"),
    "CU": gettext_noop("Cuba"),
    "EG": gettext_noop("Egypt"),
    "SZ": gettext_noop("Eswatini"),
    "FK": gettext_noop("Falkland Islands (Malvinas)"),
    "GE": gettext_noop("Georgia"),
    "HM": gettext_noop("Heard Island and McDonald Islands"),
    "VA": gettext_noop("Holy See"),
    "HK": gettext_noop("Hong Kong"),
    "IN": gettext_noop("India"),
    "ID": gettext_noop("Indonesia"),
    "JO": gettext_noop("Jordan"),
    "LV": gettext_noop("Latvia"),
    "LB": gettext_noop("Lebanon"),
    "FM": gettext_noop("Micronesia (Federated States of)"),
    "NF": gettext_noop("Norfolk Island"),
    "MK": gettext_noop("North Macedonia"),
    "PS": gettext_noop("Palestine, State of"),
    "PH": gettext_noop("Philippines"),
    "PN": gettext_noop("Pitcairn"),
    "RE": gettext_noop("Réunion"),
    "KN": gettext_noop("Saint Kitts and Nevis"),
    "WS": gettext_noop("Samoa"),
    "ST": gettext_noop("Sao Tome and Principe"),
    "SS": gettext_noop("South Sudan"),
    "TL": gettext_noop("Timor-Leste"),
    "UM": gettext_noop("United States Minor Outlying Islands"),
    "US": gettext_noop("United States of America"),
}


def sorted_countries(language=None):
    """(code, name) of every country: Serbia and Sweden first, then in the language's order."""
    language = language or get_language() or "en"
    named = [(code, str(name)) for code, name in countries]
    pinned = sorted(
        (item for item in named if item[0] in PINNED),
        key=lambda item: collation_key(item[1], language),
    )
    others = sorted(
        (item for item in named if item[0] not in PINNED),
        key=lambda item: collation_key(item[1], language),
    )
    return pinned + others
