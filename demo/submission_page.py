"""The demo's portfolio submission page, in every language (issue #5)."""

from demo.data.submission import SUBMISSION_PAGE
from demo.rich_text import paragraphs
from home.models import StandardPage
from showcase.models import PortfolioSubmissionPage


def load_submission_page(loader):
    """Create the English page under the home page and translate it; idempotent."""
    data = SUBMISSION_PAGE
    page = PortfolioSubmissionPage.objects.child_of(loader.home).first()
    if page is None:
        privacy = loader.child(loader.home, StandardPage, "privacy")
        page = PortfolioSubmissionPage(
            title=data["title"]["en"],
            slug=data["slug"]["en"],
            intro=paragraphs(data["intro"]["en"]),
            thank_you_text=data["thank_you_text"]["en"],
            privacy_page=privacy,
            show_in_menus=True,
        )
        loader.publish(loader.home, page)
    loader.translate_all(page, data)
    return page
