"""The public page types the browser tests visit, and their addresses in each language."""

from home.models import HomePage, StandardPage
from programmes.models import ProgrammeIndexPage, ProgrammePage
from showcase.models import (
    DesignerIndexPage,
    DesignerPage,
    PortfolioSubmissionPage,
    ProjectIndexPage,
    ProjectPage,
)
from tests.conftest import LANGUAGE_VERSIONS, url_in

PAGE_MODELS = {
    "home": HomePage,
    "standard": StandardPage,
    "designer-index": DesignerIndexPage,
    "designer": DesignerPage,
    "project-index": ProjectIndexPage,
    "project": ProjectPage,
    "programme-index": ProgrammeIndexPage,
    "programme": ProgrammePage,
    "submission-form": PortfolioSubmissionPage,
}
# A search with results, so the results, facets and pagination are checked too.
SEARCH_QUERY = {"en": "design", "sr": "дизајн", "sr-latn": "dizajn", "sv": "design"}
PAGE_TYPES = [*PAGE_MODELS, "search", "not-found"]


def first_live(model):
    page = model.objects.live().public().filter(locale__language_code="en").first()
    assert page is not None, f"the demo has no live {model.__name__}"
    return page


def page_url(page_type, language):
    """The path of a page of `page_type` in a language version."""
    if page_type == "search":
        return f"/{language}/search/?q={SEARCH_QUERY[language]}"
    if page_type == "not-found":
        return f"/{language}/there-is-no-such-page/"
    return url_in(first_live(PAGE_MODELS[page_type]), language)


def all_page_urls():
    return {
        (page_type, language): page_url(page_type, language)
        for page_type in PAGE_TYPES
        for language in LANGUAGE_VERSIONS
    }
