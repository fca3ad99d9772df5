"""One review per portfolio (issue #14): the designer page carries the workflow, its projects
follow it.

Wagtail's workflow stays the engine. A submission starts "Portfolio review" on its designer page
only; its project pages start no workflow of their own. When the editor's approval finishes the
designer's workflow, Wagtail publishes the designer page inside `WorkflowState.finish()`, which
runs in one transaction, and `publish_projects_with_designer` (connected to `workflow_approved`,
sent inside that transaction) publishes every project page of the submission with it: two
approvals whatever the number of projects, and all pages live or none.

*Request changes* is the workflow's own reject action on the designer page (the submitter gets
the comment, `review.on_changes_requested`). *Decline* cancels the designer's workflow with a
reason the submitter receives (`decline`); Wagtail's own "Cancel workflow" declines too, without
a reason.
"""

from django.db import transaction
from django.utils import timezone
from wagtail.models import Page, WorkflowState

from showcase.models import PortfolioSubmission


class NotInReview(Exception):
    """The submission has no review in progress to act on."""


def start(submission):
    """Start the designer page's workflow; the projects are reviewed with it."""
    page = submission.designer_page
    workflow = page.get_workflow() if page is not None else None
    if workflow is not None:
        workflow.start(page, user=None)


def review_state(submission):
    """The designer page's workflow state in progress (or waiting for changes), if any."""
    if submission.designer_page_id is None:
        return None
    return (
        WorkflowState.objects.active()
        .for_instance(submission.designer_page)
        .select_related("current_task_state__task")
        .first()
    )


def publish_projects_with_designer(sender, instance, user=None, **kwargs):
    """The designer's review is approved: publish its projects in the same transaction."""
    page = instance.content_object
    if not isinstance(page, Page):
        return
    submission = PortfolioSubmission.objects.filter(designer_page_id=page.pk).first()
    if submission is None or not submission.is_open:
        return
    for project in submission.project_pages.all():
        revision = project.get_latest_revision()
        if revision is None or (project.live and not project.has_unpublished_changes):
            continue
        # The workflow's approval is the authority: the editor who approved the portfolio
        # publishes its projects whatever page permissions the projects' section grants.
        revision.publish(user=user, skip_permission_checks=True)


def reviewer_can_act(submission, user):
    """Whether `user` may act on the current step of the submission's review."""
    state = review_state(submission)
    if state is None:
        return False
    if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return (
            user.is_superuser
            or user.has_perm("showcase.change_portfoliosubmission")
            or (state.workflow.tasks.filter(groupapprovaltask__groups__user=user).exists())
        )
    task = state.current_task_state.task.specific
    return bool(task.get_actions(submission.designer_page, user))


@transaction.atomic
def decline(submission, user, reason):
    """Decline the whole portfolio with a reason the submitter receives (after commit)."""
    state = review_state(submission)
    if state is None or not submission.is_open:
        raise NotInReview(submission.pk)
    submission.decline_reason = reason.strip()
    submission.rejected_at = timezone.now()
    submission.save(update_fields=["decline_reason", "rejected_at"])
    state.cancel(user=user)
    return submission
