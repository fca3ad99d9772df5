"""schema.org descriptions of the detail pages, for search engines and link previews (JSON-LD).

A programme is both an `EducationalOccupationalProgram` (it has an application window, which
only that type can say) and an `Event` (it happens at places and dates, which only that type can
say); JSON-LD allows one node to have both types. A designer is a `Person`, a project a
`CreativeWork`.

Each builder takes the page and the template context, so it reuses the objects the page already
fetched and localized (host, team, disciplines) instead of querying again.
"""

import json

from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from addresses.absolute import absolute, page_url
from languages.transliteration import to_latin
from languages.versions import bcp47
from pictures.specs import CARD_IMAGE, HERO_IMAGE, PORTRAIT_IMAGE

SCHEMA_ORG = "https://schema.org"

# `<`, `>` and `&` as JSON escapes: the JSON means the same, and no text inside it (a title
# with "</script>" in it) can end the script element or start a comment.
_SCRIPT_SAFE = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld_script(data):
    """A `<script type="application/ld+json">` element holding `data`, safe in HTML."""
    text = json.dumps(data, ensure_ascii=False, indent=None, sort_keys=False)
    return format_html(
        '<script type="application/ld+json">{}</script>', mark_safe(text.translate(_SCRIPT_SAFE))
    )


def structured_data(page, context):
    """The schema.org description of `page`, or None for page types that have none."""
    builder = _BUILDERS.get(page._meta.label)
    if builder is None:
        return None
    request = context.get("request")
    data = {"@context": SCHEMA_ORG, **builder(page, context, request)}
    data = _without_empty(data)
    # /sr-latn/ pages are converted to Latin by languages.middleware, which leaves <script> alone.
    if translation.get_language() == "sr-latn":
        data = _map_strings(data, to_latin)
    return data


def programme_data(page, context, request):
    zone = page.zone
    return {
        "@type": ["EducationalOccupationalProgram", "Event"],
        **_page_basics(page, request, page.summary, page.image, CARD_IMAGE),
        "programType": str(page.get_kind_display()),
        "applicationStartDate": page.applications_open_at.astimezone(zone).isoformat(),
        "applicationDeadline": page.application_deadline.astimezone(zone).isoformat(),
        "startDate": page.starts_on.isoformat(),
        "endDate": page.ends_on.isoformat(),
        "eventStatus": f"{SCHEMA_ORG}/EventScheduled",
        "eventAttendanceMode": f"{SCHEMA_ORG}/OfflineEventAttendanceMode",
        "location": [
            _place(location.city, location.country) for location in context.get("locations", [])
        ],
        "provider": _organisation(context.get("host_organisation")),
        "organizer": _organisation(context.get("host_organisation")),
        "contributor": [_organisation(o) for o in context.get("partner_organisations", [])],
        "keywords": [term.name for term in context.get("discipline_terms", [])],
        "attendee": [
            _person_reference(d, request) for d in context.get("participant_designers", [])
        ],
    }


def designer_data(page, context, request):
    return {
        "@type": "Person",
        **_page_basics(page, request, page.short_bio, page.portrait, PORTRAIT_IMAGE),
        "address": _address(page.city, page.country),
        "knowsAbout": [term.name for term in context.get("discipline_terms", [])],
        "knowsLanguage": list(page.spoken_languages or []),
        "sameAs": [block.value["url"] for block in page.links],
    }


def project_data(page, context, request):
    return {
        "@type": "CreativeWork",
        **_page_basics(page, request, page.summary, page.cover_image, HERO_IMAGE),
        "dateCreated": str(page.year),
        "creator": [
            _person_reference(designer, request) for _member, designer in context.get("team", [])
        ],
        "contributor": [_organisation(o) for o in context.get("partner_organisations", [])],
        "keywords": [
            t.name for t in [*context.get("discipline_terms", []), *context.get("theme_terms", [])]
        ],
        "locationCreated": _place(page.city, page.country) if page.city or page.country else None,
    }


_BUILDERS = {
    "programmes.ProgrammePage": programme_data,
    "showcase.DesignerPage": designer_data,
    "showcase.ProjectPage": project_data,
}


def _page_basics(page, request, description, image, filter_spec):
    return {
        "name": page.title,
        "description": description,
        "url": page_url(page, request),
        "inLanguage": bcp47(translation.get_language()),
        "image": _image_url(image, filter_spec, request),
    }


def _image_url(image, filter_spec, request):
    if image is None:
        return None
    url = image.get_rendition(filter_spec).url
    return absolute(url, request)


def _organisation(organisation):
    if not organisation:  # None, or a lazy context value that holds None
        return None
    return {"@type": "Organization", "name": organisation.name, "url": organisation.website}


def _person_reference(designer, request):
    return {
        "@type": "Person",
        "name": designer.title,
        "url": page_url(designer, request) if designer.live else None,
    }


def _place(city, country):
    return {"@type": "Place", "name": city or str(country.name), "address": _address(city, country)}


def _address(city, country):
    return {
        "@type": "PostalAddress",
        "addressLocality": city,
        "addressCountry": country.code if country else None,
    }


def _without_empty(value):
    """Leave out empty values: schema.org readers treat a missing property as unknown, but an
    empty string or list as a (wrong) value."""
    if isinstance(value, dict):
        cleaned = {k: _without_empty(v) for k, v in value.items()}
        return {k: v for k, v in cleaned.items() if v not in (None, "", [], {})}
    if isinstance(value, list):
        return [v for v in (_without_empty(v) for v in value) if v not in (None, "", [], {})]
    return value


def _map_strings(value, convert):
    if isinstance(value, dict):
        return {k: _map_strings(v, convert) for k, v in value.items()}
    if isinstance(value, list):
        return [_map_strings(v, convert) for v in value]
    return convert(value) if isinstance(value, str) else value
