"""The dashboard panel "Portfolios awaiting review" (issue #14): one row per submission, not
per page, with its age and the step it waits at, oldest first."""

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Page, WorkflowState

from showcase.models import PortfolioSubmission


def awaiting_review(user, limit=20):
    """Open submissions whose portfolio review is in progress, with whether `user` can act."""
    in_review = WorkflowState.objects.active().filter(
        base_content_type=ContentType.objects.get_for_model(Page)
    )
    states = {
        int(state.object_id): state
        for state in in_review.select_related("current_task_state__task")
    }
    submissions = (
        PortfolioSubmission.objects.filter(
            designer_page_id__in=states.keys(), withdrawn_at=None, rejected_at=None
        )
        .select_related("designer_page")
        .order_by("created_at")[:limit]
    )
    rows = []
    for submission in submissions:
        state = states[submission.designer_page_id]
        task = state.current_task_state.task.specific if state.current_task_state else None
        actionable = (
            state.status == state.STATUS_IN_PROGRESS
            and task is not None
            and bool(task.get_actions(submission.designer_page, user))
        )
        rows.append(
            {
                "submission": submission,
                "status": submission.get_status_display(),
                "step": task.name if task else "",
                "pages": 1 + submission.project_pages.count(),
                "yours": actionable,
                "url": reverse("portfolio_submissions:inspect", args=[submission.pk]),
            }
        )
    return rows


class PortfoliosAwaitingReviewPanel(Component):
    name = "portfolios_awaiting_review"
    order = 90  # above Wagtail's own "Awaiting your review" (100), which lists pages
    template_name = "showcase/admin/portfolios_awaiting_review.html"
    title = _("Portfolios awaiting review")

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["rows"] = awaiting_review(self.request.user)
        context["index_url"] = reverse("portfolio_submissions:index")
        return context


def panel_for(request):
    if request.user.has_perm("showcase.view_portfoliosubmission"):
        return PortfoliosAwaitingReviewPanel(request)
    return None
