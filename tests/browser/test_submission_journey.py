"""A young designer sends a portfolio with images; a curator and an editor review it in the
Wagtail admin; once published, the designer is found by search. All through the browser."""

import re
import time

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from PIL import Image, ImageDraw
from playwright.sync_api import expect
from wagtail.models import TaskState

from showcase.models import DesignerPage, PortfolioSubmission
from tests.browser.site_map import page_url

pytestmark = pytest.mark.browser

NAME = "Ylva Marković Berg"
PROJECT = "Tactile maps for the Gothenburg tram"
PASSWORD = "a-long-reviewer-passphrase-2026"


def picture(path, colour):
    image = Image.new("RGB", (900, 600), "#f4efe6")
    draw = ImageDraw.Draw(image)
    draw.rectangle((120, 100, 780, 500), fill=colour)
    draw.ellipse((300, 180, 600, 420), fill="#1f1d24")
    image.save(path, "JPEG", quality=85)
    return path


def reviewer(username, group):
    user = get_user_model().objects.create_user(username, f"{username}@mikser.example", PASSWORD)
    user.groups.add(Group.objects.get(name=group))
    return user


def send_portfolio(page, tmp_path):
    page.goto(page_url("submission-form", "en"))
    opened = time.monotonic()
    page.get_by_label("Your name").fill(NAME)
    page.get_by_label("E-mail").fill("ylva@example.org")
    page.get_by_label("City").fill("Gothenburg")
    page.get_by_label("Country").select_option("SE")
    disciplines = page.get_by_role("group", name=re.compile("^Disciplines"))
    disciplines.get_by_role("checkbox").first.check()
    page.get_by_label("Short bio").fill("I design maps that people can read with their hands.")
    page.get_by_label("Links").fill("https://ylva.example.org")
    page.get_by_label("I am available for mobility").check()

    project = page.get_by_role("group", name=re.compile("^Project 1"))
    project.get_by_label("Project title").fill(PROJECT)
    project.get_by_label("Description").fill("Raised-line maps at every stop.\n\nWith riders.")
    project.get_by_label("Year").fill("2025")
    project.get_by_label("Your role").fill("Designer and researcher")
    for number, colour in ((1, "#a3124f"), (2, "#0b57d0")):
        project.get_by_label(f"Image {number}", exact=True).set_input_files(
            picture(tmp_path / f"map-{number}.jpg", colour)
        )
        project.get_by_label(f"Describe image {number}", exact=True).fill(
            f"A raised-line tram map, panel {number}"
        )
    page.get_by_label("I have read the privacy notice").check()
    page.get_by_label("If my portfolio is accepted").check()

    # People take longer than the form's minimum fill time; the test waits as long.
    remaining = settings.SUBMISSION_MIN_FILL_SECONDS + 0.5 - (time.monotonic() - opened)
    if remaining > 0:
        page.wait_for_timeout(remaining * 1000)
    with page.expect_navigation():
        page.get_by_role("button", name="Send my portfolio").click()
    expect(page).to_have_url(re.compile(r"/en/submissions/[^/]+/\?sent=1$"))


def approve_in_admin(browser_page, user, pages):
    """Log in as `user` and approve the current workflow task of each page in its editor."""
    browser_page.goto("/admin/login/")
    browser_page.get_by_label("Username").fill(user.username)
    browser_page.get_by_label("Password").fill(PASSWORD)
    with browser_page.expect_navigation():
        browser_page.get_by_role("button", name="Sign in").click()
    for page in pages:
        browser_page.goto(f"/admin/pages/{page.pk}/edit/")
        # On the workflow's last task Wagtail names it "Approve and Publish".
        approve = browser_page.get_by_role("button", name=re.compile(r"^Approve( and Publish)?$"))
        if not approve.is_visible():
            browser_page.get_by_role("button", name="More actions").click()
        with browser_page.expect_navigation():
            approve.click()
        expect(browser_page.locator(".messages")).to_contain_text(page.title)
        task_state = TaskState.objects.filter(
            revision__object_id=str(page.pk), finished_by=user
        ).first()
        assert task_state is not None and task_state.status == TaskState.STATUS_APPROVED
    browser_page.context.clear_cookies()


def test_portfolio_goes_from_the_form_through_review_to_search(new_page, tmp_path):
    visitor = new_page()
    send_portfolio(visitor, tmp_path)

    submission = PortfolioSubmission.objects.get(email="ylva@example.org")
    designer = DesignerPage.objects.get(pk=submission.designer_page_id)
    projects = list(submission.project_pages.order_by("pk"))
    assert not designer.live and len(projects) == 1 and not projects[0].live
    assert projects[0].title == PROJECT
    assert any("ylva@example.org" in message.to for message in mail.outbox)
    # A draft is nowhere public: not at its address, not in search.
    visitor.goto(f"/en/search/?q={NAME.split()[0]}")
    expect(visitor.locator("main")).not_to_contain_text(NAME)

    curator, editor = reviewer("curator-ylva", "Curators"), reviewer("editor-ylva", "Editors")
    admin = new_page()
    # One review per portfolio (issue #14): the projects follow their designer's workflow.
    approve_in_admin(admin, curator, [designer])
    designer.refresh_from_db()
    assert not designer.live, "a curator's approval alone must not publish"
    assert designer.current_workflow_task.name == "Editor approval"
    approve_in_admin(admin, editor, [designer])
    designer.refresh_from_db()
    assert designer.live
    assert all(type(p).objects.get(pk=p.pk).live for p in projects)

    visitor.goto("/en/")
    visitor.get_by_role("combobox", name="Search the site").click()
    visitor.keyboard.type(NAME.split()[0], delay=60)
    expect(visitor.get_by_role("option", name=re.compile(NAME))).to_be_visible()
    visitor.keyboard.press("Enter")  # no suggestion chosen: the search page
    result = visitor.locator(".search-results").get_by_role("link", name=NAME)
    expect(result).to_be_visible()
    result.click()
    expect(visitor.get_by_role("heading", level=1)).to_have_text(NAME)
    expect(visitor.get_by_role("link", name=PROJECT)).to_be_visible()
