"""The submissions in the admin (issue #14): plain column labels, no Add button, a name opens
the submission view with contact, pages and preview links, thumbnails, link kinds, flags and
the decisions; the dashboard groups portfolios awaiting review per submission."""

import re

import pytest
from django.urls import reverse

from showcase.models import PortfolioSubmission
from tests.submissions.conftest import form_data


@pytest.fixture
def portfolio(client, submit_url, review_staff):
    data = form_data(
        projects=2,
        links="https://www.behance.net/mila\nhttps://instagram.com/mila.design\nhttps://mila.example.org",
    )
    assert client.post(submit_url("sv"), data).status_code == 302
    return PortfolioSubmission.objects.get()


def test_listing_has_plain_labels_no_add_and_names_open_the_submission_view(
    client,
    portfolio,
    review_staff,
    django_user_model,
):
    curator, _editor = review_staff
    boss = django_user_model.objects.create_superuser("boss", "boss@mikser.example", "pw")
    for user in (curator, boss):
        client.force_login(user)
        html = client.get(reverse("portfolio_submissions:index")).content.decode()
        assert "Get status display" not in html
        assert ">False<" not in html and ">True<" not in html
        assert reverse("portfolio_submissions:add") not in html
        inspect = reverse("portfolio_submissions:inspect", args=[portfolio.pk])
        assert f'href="{inspect}"' in html
        assert reverse("portfolio_submissions:edit", args=[portfolio.pk]) not in html


def test_submission_view_shows_everything_needed_to_decide(
    client,
    portfolio,
    review_staff,
):
    curator, _editor = review_staff
    client.force_login(curator)
    response = client.get(reverse("portfolio_submissions:inspect", args=[portfolio.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "mila@example.org" in html
    for page in portfolio.pages():
        assert reverse("wagtailadmin_pages:view_draft", args=[page.pk]) in html
        assert page.title in html
    assert len(re.findall(r"<img [^>]*src=", html)) >= portfolio.images.count() == 2
    assert ">Behance</strong>" in html and ">Instagram</strong>" in html
    assert ">Website</strong>" in html
    # The curator's step: approve, request changes, decline.
    task_state = portfolio.designer_page.current_workflow_task_state
    approve = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[portfolio.designer_page_id, "approve", task_state.pk],
    )
    assert approve in html
    assert reverse("portfolio_submissions:decline", args=[portfolio.pk]) in html


def test_approving_from_the_submission_view_comes_back_to_it(
    client,
    portfolio,
    review_staff,
):
    curator, _editor = review_staff
    client.force_login(curator)
    here = reverse("portfolio_submissions:inspect", args=[portfolio.pk])
    task_state = portfolio.designer_page.current_workflow_task_state
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[portfolio.designer_page_id, "approve", task_state.pk],
    )
    response = client.post(url, {"next": here})
    assert response.status_code == 302 and response["Location"] == here
    state = PortfolioSubmission.objects.get().designer_page.current_workflow_state
    assert state.current_task_state.task.name == "Editor approval"
    html = client.get(here).content.decode()
    assert "Editor approval" in html
    assert reverse("portfolio_submissions:decline", args=[portfolio.pk]) not in html


def test_dashboard_groups_portfolios_per_submission(client, portfolio, review_staff):
    curator, _editor = review_staff
    client.force_login(curator)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    panel = html.split('id="portfolios-awaiting-review-heading"', 1)[1].split("</section>", 1)[0]
    inspect = reverse("portfolio_submissions:inspect", args=[portfolio.pk])
    assert panel.count(f'href="{inspect}"') == 1  # one row for three pages
    assert "<td>3</td>" in panel
