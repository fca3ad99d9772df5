"""Review in Wagtail workflows: groups, workflows per section, curator then editor, e-mails."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from wagtail.models import Page, Workflow, WorkflowState

from showcase.models import DesignerIndexPage, PortfolioSubmission, ProjectIndexPage
from tests.submissions.conftest import form_data, tr


@pytest.fixture
def reviewers(db):
    User = get_user_model()
    curator = User.objects.create_user("curator", "curator@mikser.example", "curator-pass-123")
    curator.groups.add(Group.objects.get(name="Curators"))
    editor = User.objects.create_user("editor", "editor@mikser.example", "editor-pass-1234")
    editor.groups.add(Group.objects.get(name="Editors"))
    return curator, editor


@pytest.fixture
def submission(client, submit_url, reviewers):
    assert client.post(submit_url("sv"), form_data(projects=1)).status_code == 302
    return PortfolioSubmission.objects.get()


def act(client, user, page, action, comment=None):
    """Do a workflow action through the admin, as the reviewer would."""
    client.force_login(user)
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    data = {"comment": comment} if comment is not None else {}
    response = client.post(url, data)
    client.logout()
    assert response.status_code in (200, 302), response.content[:500]
    return Page.objects.get(pk=page.pk).specific


def test_groups_exist_with_their_permissions(db):
    curators = Group.objects.get(name="Curators")
    editors = Group.objects.get(name="Editors")
    translators = Group.objects.get(name="Translators")
    for group in (curators, editors, translators):
        assert group.permissions.filter(codename="access_admin").exists()
    assert editors.permissions.filter(codename="change_discipline").exists()
    assert translators.permissions.filter(codename="submit_translation").exists()
    assert editors.page_permissions.filter(permission__codename="publish_page").exists()
    assert not curators.page_permissions.filter(permission__codename="publish_page").exists()
    assert curators.collection_permissions.filter(permission__codename="choose_image").exists()
    assert not translators.page_permissions.filter(permission__codename="publish_page").exists()


def test_each_section_in_each_locale_has_its_workflow(demo):
    from programmes.models import ProgrammeIndexPage

    review = Workflow.objects.get(name="Portfolio review")
    assert [task.name for task in review.tasks] == ["Curator review", "Editor approval"]
    publication = Workflow.objects.get(name="Programme publication")
    assert [task.name for task in publication.tasks] == ["Editor approval"]
    for model, workflow in (
        (DesignerIndexPage, review),
        (ProjectIndexPage, review),
        (ProgrammeIndexPage, publication),
    ):
        sections = model.objects.all()
        assert {page.locale.language_code for page in sections} == {"en", "sr", "sv"}
        for section in sections:
            assert section.get_workflow() == workflow
    curators = Group.objects.get(name="Curators")
    assert (
        curators.page_permissions.filter(
            page__in=DesignerIndexPage.objects.all(), permission__codename="change_page"
        ).count()
        == 3
    )


def test_submission_starts_the_review_and_notifies_curators(submission):
    # One review per portfolio (issue #14): the designer page carries it, projects follow.
    state = submission.designer_page.current_workflow_state
    assert state.workflow.name == "Portfolio review"
    assert state.current_task_state.task.name == "Curator review"
    for project in submission.project_pages.all():
        assert project.current_workflow_state is None
    to_curator = [message for message in mail.outbox if message.to == ["curator@mikser.example"]]
    assert len(to_curator) == 1  # Wagtail notifies once, for the portfolio
    assert not [m for m in mail.outbox if m.to == ["editor@mikser.example"]]
    assert submission.status == PortfolioSubmission.Status.IN_REVIEW


def test_curator_then_editor_approval_publishes(client, submission, reviewers):
    curator, editor = reviewers
    designer = submission.designer_page
    designer = act(client, curator, designer, "approve")
    assert not designer.live
    assert designer.current_workflow_state.current_task_state.task.name == "Editor approval"
    # A curator cannot do the editor's step.
    client.force_login(curator)
    task_state = designer.current_workflow_task_state
    assert not task_state.task.specific.get_actions(designer, curator)
    client.logout()

    designer = act(client, editor, designer, "approve")
    assert designer.live
    assert designer.current_workflow_state is None
    assert client.get(designer.get_url()).status_code == 200

    for project in submission.project_pages.all():
        assert project.live  # published with the designer, no approval of their own
    submission.refresh_from_db()
    assert submission.status == PortfolioSubmission.Status.PUBLISHED


def test_request_changes_emails_the_comment_to_the_submitter(
    client, submission, reviewers, django_capture_on_commit_callbacks
):
    curator, _editor = reviewers
    mail.outbox.clear()
    comment = "Please add a photo of the signs at night."
    with django_capture_on_commit_callbacks(execute=True):  # the e-mail leaves after commit
        designer = act(client, curator, submission.designer_page, "reject", comment=comment)
    assert designer.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    to_submitter = [m for m in mail.outbox if m.to == ["mila@example.org"]]
    assert len(to_submitter) == 1
    message = to_submitter[0]
    subject = "Your portfolio: our curators ask for changes"
    assert message.subject == tr(subject, "sv", escape=False)
    assert comment in message.body
    assert "Mila Jovanović" in message.body
    assert "/sv/submissions/" in message.body
    assert submission.status == PortfolioSubmission.Status.CHANGES_REQUESTED


def test_cancelling_the_designer_review_declines_the_submission(
    client, submission, reviewers, django_capture_on_commit_callbacks
):
    _curator, editor = reviewers
    with django_capture_on_commit_callbacks(execute=True):
        submission.designer_page.current_workflow_state.cancel(user=editor)
    submission.refresh_from_db()
    assert submission.rejected_at is not None
    assert submission.status == PortfolioSubmission.Status.REJECTED


def test_publishing_directly_does_not_count_as_declining(
    submission, reviewers, django_capture_on_commit_callbacks
):
    _curator, editor = reviewers
    designer = submission.designer_page
    with django_capture_on_commit_callbacks(execute=True):
        designer.get_latest_revision().publish(user=editor)
    submission.refresh_from_db()
    assert submission.rejected_at is None


def test_curators_see_submissions_and_the_latin_flag_in_the_admin(client, submit_url, reviewers):
    curator, _editor = reviewers
    data = form_data(short_bio="Dizajniram plakate za javne prostore.")
    assert client.post(submit_url("sr-latn"), data).status_code == 302
    submission = PortfolioSubmission.objects.get()
    client.force_login(curator)
    listing = client.get(reverse("portfolio_submissions:index"))
    assert listing.status_code == 200
    assert "Mila Jovanović" in listing.content.decode()
    detail = client.get(reverse("portfolio_submissions:inspect", args=[submission.pk]))
    assert detail.status_code == 200
    assert "short_bio" in detail.content.decode()
    # Curators read; only editors may change the record.
    assert client.get(reverse("portfolio_submissions:edit", args=[submission.pk])).status_code in (
        302,
        403,
    )
