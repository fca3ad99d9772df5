"""Reviewing submissions in Wagtail workflows: which section uses which workflow, and what the
submitter hears while curators and editors work.

The groups and workflows are made by the migration `showcase/0003`; sections created later
(a new locale's tree, a rebuilt demo) are attached here as they are created, by the same rules.
"""

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models.signals import post_save
from wagtail.models import GroupPagePermission, Page, Workflow, WorkflowPage
from wagtail.signals import page_published, task_rejected, workflow_approved, workflow_cancelled

from showcase.models import PortfolioSubmission
from showcase.submissions import decision_emails, portfolio_review
from showcase.submissions.collections import PORTFOLIOS, collection, images_shown_by
from showcase.submissions.emails import send_changes_requested
from showcase.submissions.services import mark_rejected

SECTION_WORKFLOWS = {
    "showcase.DesignerIndexPage": "Portfolio review",
    "showcase.ProjectIndexPage": "Portfolio review",
    "programmes.ProgrammeIndexPage": "Programme publication",
}
CURATOR_SECTIONS = {"showcase.DesignerIndexPage", "showcase.ProjectIndexPage"}
CURATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "lock_page", "unlock_page"]


def attach_section(sender, instance, created, raw=False, **kwargs):
    """Give a new section page its review workflow and, for portfolios, the curators' rights."""
    if raw or not created:
        return
    label = sender._meta.label
    workflow = Workflow.objects.filter(name=SECTION_WORKFLOWS[label], active=True).first()
    if workflow is not None:
        WorkflowPage.objects.get_or_create(page=instance, defaults={"workflow": workflow})
    curators = Group.objects.filter(name="Curators").first()
    if label in CURATOR_SECTIONS and curators is not None:
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=CURATOR_PAGE_PERMISSIONS
        ):
            GroupPagePermission.objects.get_or_create(
                group=curators, page=instance, permission=permission
            )


def submission_of(page):
    return (
        PortfolioSubmission.objects.filter(designer_page_id=page.pk).first()
        or PortfolioSubmission.objects.filter(project_pages__pk=page.pk).first()
    )


def on_changes_requested(sender, instance, user=None, **kwargs):
    """A reviewer asked for changes: the submitter gets the comment by e-mail."""
    page = instance.workflow_state.content_object
    if not isinstance(page, Page):
        return
    submission = submission_of(page)
    if submission is not None and submission.is_open:
        transaction.on_commit(
            lambda: send_changes_requested(submission, page.specific, instance.comment)
        )


def on_workflow_cancelled(sender, instance, user=None, **kwargs):
    """Cancelling the review of a submission's designer page declines the submission.

    Wagtail also cancels a workflow when a page is published directly or its review restarts,
    so the decision is read once the transaction is done: neither live nor back in review.
    The submitter is told (with the reason when the portfolio was declined with one).
    """
    page_id = instance.object_id

    def decide():
        submission = PortfolioSubmission.objects.filter(designer_page_id=page_id).first()
        if submission is None or submission.withdrawn_at:
            return
        page = submission.designer_page
        if not page.live and page.current_workflow_state is None:
            mark_rejected(submission)
            decision_emails.send_declined(submission)

    transaction.on_commit(decide)


def on_published(sender, instance, **kwargs):
    """Approved and published: the page's submitted images may now be listed publicly."""
    submission = submission_of(instance)
    if submission is None:
        return
    shown = {image.pk for image in images_shown_by(instance)}
    submission.images.filter(pk__in=shown).update(collection=collection(PORTFOLIOS))


def on_workflow_approved(sender, instance, user=None, **kwargs):
    """The portfolio's review is approved: publish its projects too, then tell the submitter."""
    portfolio_review.publish_projects_with_designer(sender, instance, user=user)
    page_id = instance.object_id

    def announce():
        submission = PortfolioSubmission.objects.filter(designer_page_id=page_id).first()
        if submission is not None and submission.is_open:
            decision_emails.send_published(submission)

    transaction.on_commit(announce)


def connect():
    for label in SECTION_WORKFLOWS:
        model = apps.get_model(label)
        post_save.connect(attach_section, sender=model, dispatch_uid=f"attach_section_{label}")
    for label in ("showcase.DesignerPage", "showcase.ProjectPage"):
        page_published.connect(
            on_published, sender=apps.get_model(label), dispatch_uid=f"submission_published_{label}"
        )
    task_rejected.connect(on_changes_requested, dispatch_uid="submission_changes_requested")
    workflow_cancelled.connect(on_workflow_cancelled, dispatch_uid="submission_cancelled")
    workflow_approved.connect(on_workflow_approved, dispatch_uid="submission_approved")
