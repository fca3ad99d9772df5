"""One review per portfolio (issue #14): two approvals publish every page of a submission, in
one transaction; request changes and decline act on the whole portfolio; the submitter hears
the decision in their language, as HTML and plain text."""

import re

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import Page, TaskState, WorkflowState

from showcase.models import PortfolioSubmission
from tests.submissions.conftest import form_data, tr
from tests.submissions.test_workflow import act


@pytest.fixture
def portfolio(client, submit_url, review_staff):
    """A two-project portfolio sent in Swedish."""
    assert client.post(submit_url("sv"), form_data(projects=2)).status_code == 302
    return PortfolioSubmission.objects.get()


def approvals():
    return TaskState.objects.filter(status=TaskState.STATUS_APPROVED).count()


def to_submitter():
    return [m for m in mail.outbox if m.to == ["mila@example.org"]]


def test_two_approvals_publish_all_three_pages(
    client,
    portfolio,
    review_staff,
    django_capture_on_commit_callbacks,
):
    curator, editor = review_staff
    pages = portfolio.pages()
    assert len(pages) == 3
    assert WorkflowState.objects.count() == 1  # one review, on the designer page
    mail.outbox.clear()
    designer = act(client, curator, portfolio.designer_page, "approve")
    assert not any(Page.objects.get(pk=page.pk).live for page in pages)
    with django_capture_on_commit_callbacks(execute=True):
        designer = act(client, editor, designer, "approve")
    assert approvals() == 2
    for page in pages:
        page = Page.objects.get(pk=page.pk)
        assert page.live and not page.has_unpublished_changes
        assert client.get(page.get_url()).status_code == 200
    assert PortfolioSubmission.objects.get().status == PortfolioSubmission.Status.PUBLISHED

    (message,) = to_submitter()
    assert message.subject == tr("Your portfolio is published", "sv", escape=False)
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    for page in pages:
        url = "http://testserver" + Page.objects.get(pk=page.pk).get_url()
        assert "/sv/" in url
        assert url in message.body
        assert f'href="{url}"' in html
        assert client.get(url).status_code == 200
    assert tr("Your portfolio is published on Mikser Showcase. Here are your pages:", "sv",
              escape=False) in message.body  # fmt: skip


def test_projects_publish_with_the_designer_or_not_at_all(
    client,
    portfolio,
    review_staff,
    monkeypatch,
):
    """A project that fails to publish rolls the editor's approval back: nothing goes live."""
    curator, editor = review_staff
    designer = act(client, curator, portfolio.designer_page, "approve")
    from wagtail.models import Revision

    publish = Revision.publish

    def failing(revision, *args, **kwargs):
        if revision.object_id == str(portfolio.project_pages.order_by("pk").last().pk):
            raise RuntimeError("storage is down")
        return publish(revision, *args, **kwargs)

    monkeypatch.setattr(Revision, "publish", failing)
    client.raise_request_exception = False
    client.force_login(editor)
    task_state = designer.current_workflow_task_state
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[designer.pk, "approve", task_state.pk]
    )
    assert client.post(url, {}).status_code == 500
    for page in portfolio.pages():
        assert not Page.objects.get(pk=page.pk).live
    state = Page.objects.get(pk=designer.pk).specific.current_workflow_state
    assert state.current_task_state.task.name == "Editor approval"


def test_request_changes_acts_on_the_portfolio(
    client,
    portfolio,
    review_staff,
    django_capture_on_commit_callbacks,
):
    curator, _editor = review_staff
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        act(client, curator, portfolio.designer_page, "reject", comment="Add the night photos.")
    assert PortfolioSubmission.objects.get().status == PortfolioSubmission.Status.CHANGES_REQUESTED
    (message,) = to_submitter()
    assert "Add the night photos." in message.body


def test_decline_with_a_reason_tells_the_submitter(
    client,
    portfolio,
    review_staff,
    django_capture_on_commit_callbacks,
):
    curator, _editor = review_staff
    mail.outbox.clear()
    client.force_login(curator)
    url = reverse("portfolio_submissions:decline", args=[portfolio.pk])
    reason = "We show work made in Serbia and Sweden only."
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"reason": reason})
    assert response.status_code == 302
    portfolio.refresh_from_db()
    assert portfolio.status == PortfolioSubmission.Status.REJECTED
    assert portfolio.decline_reason == reason
    assert portfolio.designer_page.current_workflow_state is None
    assert not any(Page.objects.get(pk=page.pk).live for page in portfolio.pages())
    (message,) = to_submitter()
    assert message.subject == tr("Your portfolio was not accepted", "sv", escape=False)
    assert reason in message.body
    assert reason in message.alternatives[0][0]
    assert tr("The reason:", "sv", escape=False) in message.body


def test_decline_needs_a_reason_and_keeps_the_review(client, portfolio, review_staff):
    curator, _editor = review_staff
    client.force_login(curator)
    url = reverse("portfolio_submissions:decline", args=[portfolio.pk])
    response = client.post(url, {"reason": "  "})
    assert response.status_code == 400
    assert tr("Write the reason the submitter will read.", "en") in response.content.decode()
    portfolio.refresh_from_db()
    assert portfolio.rejected_at is None
    assert portfolio.designer_page.current_workflow_state is not None


def test_decline_refused_to_users_outside_the_review(client, portfolio, django_user_model):
    outsider = django_user_model.objects.create_user("visitor", "v@example.org", "pass-12345678")
    client.force_login(outsider)
    url = reverse("portfolio_submissions:decline", args=[portfolio.pk])
    assert client.post(url, {"reason": "no"}).status_code in (302, 403)
    portfolio.refresh_from_db()
    assert portfolio.rejected_at is None


def test_plain_cancel_declines_without_reason_and_tells_once(
    portfolio,
    review_staff,
    django_capture_on_commit_callbacks,
):
    _curator, editor = review_staff
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        portfolio.designer_page.current_workflow_state.cancel(user=editor)
    (message,) = to_submitter()
    assert not re.search(tr("The reason:", "sv", escape=False), message.body)


def test_projects_follow_their_designer_on_the_status_page(client, portfolio):
    """Projects have no workflow of their own: their status is the portfolio's (a project
    without one made the private status page fail)."""
    from showcase.submissions.emails import status_url

    statuses = [portfolio.page_status(page) for page in portfolio.pages()]
    assert statuses == [PortfolioSubmission.Status.IN_REVIEW] * 3
    response = client.get(status_url(portfolio).removeprefix("http://testserver"))
    assert response.status_code == 200
