from showcase.models.designers import DesignerIndexPage, DesignerPage
from showcase.models.projects import ProjectIndexPage, ProjectPage, ProjectTeamMember
from showcase.models.submission import PortfolioSubmission, PortfolioSubmissionPage
from showcase.models.taxonomy import Discipline, Organisation, Theme

__all__ = [
    "Discipline",
    "Theme",
    "Organisation",
    "DesignerIndexPage",
    "DesignerPage",
    "ProjectIndexPage",
    "ProjectPage",
    "ProjectTeamMember",
    "PortfolioSubmission",
    "PortfolioSubmissionPage",
]
