"""Each page type can be created only where the site's structure allows it."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage, StandardPage
from programmes.models import ProgrammeIndexPage, ProgrammePage
from showcase.models import (
    DesignerIndexPage,
    DesignerPage,
    PortfolioSubmissionPage,
    ProjectIndexPage,
    ProjectPage,
)

ALLOWED_PARENTS = {
    HomePage: {Page},
    StandardPage: {HomePage, StandardPage},
    DesignerIndexPage: {HomePage},
    DesignerPage: {DesignerIndexPage},
    ProjectIndexPage: {HomePage},
    ProjectPage: {ProjectIndexPage},
    ProgrammeIndexPage: {HomePage},
    ProgrammePage: {ProgrammeIndexPage},
    PortfolioSubmissionPage: {HomePage},
}
PAGE_TYPES = list(ALLOWED_PARENTS)


class PageTreeRulesTests(WagtailPageTestCase):
    def test_each_page_type_is_allowed_only_under_its_parents(self):
        for page_type, parents in ALLOWED_PARENTS.items():
            with self.subTest(page_type=page_type.__name__):
                self.assertAllowedParentPageTypes(page_type, parents)

    def test_each_page_type_cannot_be_created_anywhere_else(self):
        for page_type, parents in ALLOWED_PARENTS.items():
            for other in PAGE_TYPES + [Page]:
                if other in parents:
                    continue
                with self.subTest(page_type=page_type.__name__, parent=other.__name__):
                    self.assertCanNotCreateAt(other, page_type)

    def test_sections_are_children_of_the_home_page(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                DesignerIndexPage,
                ProjectIndexPage,
                ProgrammeIndexPage,
                StandardPage,
                PortfolioSubmissionPage,
            },
        )
        self.assertAllowedSubpageTypes(DesignerPage, set())
        self.assertAllowedSubpageTypes(ProjectPage, set())
        self.assertAllowedSubpageTypes(ProgrammePage, set())
        self.assertAllowedSubpageTypes(PortfolioSubmissionPage, set())
