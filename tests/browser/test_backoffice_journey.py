"""The back office in Chromium (issue #14): a two-project portfolio sent in Swedish through the
public form, one curator approval and one editor approval from the submission view, all three
pages live and the submitter's "published" e-mail with working links; the decline path with
its reason; and a translator's path through the translation status report.

Each reviewer's path is counted (page loads after signing in, and clicks) and printed; the
figures are in docs/submissions.md. Screenshots go to test-artifacts/backoffice/.
"""

import re
import time

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.utils import translation
from playwright.sync_api import expect
from wagtail.models import Page, TaskState

from showcase.models import PortfolioSubmission
from tests.browser.conftest import artifact_path
from tests.browser.site_map import page_url
from tests.browser.test_submission_journey import picture

pytestmark = pytest.mark.browser

PASSWORD = "a-long-back-office-passphrase-2026"
TALL = {"width": 1280, "height": 2400}


def staff(username, group):
    user = get_user_model().objects.create_user(username, f"{username}@mikser.example", PASSWORD)
    user.groups.add(Group.objects.get(name=group))
    return user


def send_swedish_portfolio(page, tmp_path, name, email, projects):
    page.goto(page_url("submission-form", "sv"))
    opened = time.monotonic()
    form = page.locator("form:has([name='consent_privacy'])")
    form.locator("[name='name']").fill(name)
    form.locator("[name='email']").fill(email)
    form.locator("[name='city']").fill("Malmö")
    form.locator("[name='country']").select_option("SE")
    form.locator("[name='disciplines']").first.check()
    form.locator("[name='short_bio']").fill("Jag formger skyltar som människor kan läsa.")
    form.locator("[name='links']").fill("https://www.behance.net/ylva\nhttps://ylva.example.se")
    for n, title in enumerate(projects):
        if n:  # one project is open at a time (issue #13): ask for the next one
            form.locator("button.add-project").click()
        form.locator(f"[name='project-{n}-title']").fill(title)
        form.locator(f"[name='project-{n}-description']").fill("Skyltar vid kajen.\n\nMed boende.")
        form.locator(f"[name='project-{n}-year']").fill("2025")
        form.locator(f"[name='project-{n}-role']").fill("Formgivare")
        form.locator(f"[name='project-{n}-image_0']").set_input_files(
            picture(tmp_path / f"{email}-{n}.jpg", ("#a3124f", "#0b57d0")[n % 2])
        )
        form.locator(f"[name='project-{n}-alt_0']").fill(f"En blå skylt, projekt {n + 1}")
    form.locator("[name='consent_privacy']").check()
    form.locator("[name='consent_publication']").check()
    remaining = settings.SUBMISSION_MIN_FILL_SECONDS + 0.5 - (time.monotonic() - opened)
    if remaining > 0:
        page.wait_for_timeout(remaining * 1000)
    with page.expect_navigation():
        form.locator("button[type='submit']").click()
    expect(page).to_have_url(re.compile(r"/sv/.+\?sent=1$"))
    return PortfolioSubmission.objects.get(email=email)


class Steps:
    """Counts a person's page loads (main-frame navigations) and clicks."""

    def __init__(self, page):
        self.page, self.loads, self.clicks = page, 0, 0
        page.on("framenavigated", lambda frame: self._loaded(frame))

    def _loaded(self, frame):
        if frame == self.page.main_frame:
            self.loads += 1

    def click(self, locator, navigates=True):
        self.clicks += 1
        if navigates:
            with self.page.expect_navigation():
                locator.click()
        else:
            locator.click()

    def reset(self):
        self.loads = self.clicks = 0


def sign_in(page, user):
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def review_from_dashboard(page, user, submission, shot=None):
    """From the dashboard: open the portfolio, approve it. Returns (page loads, clicks)."""
    sign_in(page, user)
    steps = Steps(page)
    panel = page.locator(
        "section", has=page.get_by_role("heading", name=re.compile("Portfolios awaiting review"))
    )
    steps.click(panel.get_by_role("link", name=submission.name))
    if shot:
        page.screenshot(path=artifact_path("backoffice", shot), full_page=True)
    steps.click(page.get_by_role("button", name="Approve the portfolio"))
    # Back on the submission view, the step is done: nothing left for this person to approve.
    expect(page.get_by_role("heading", level=1)).to_contain_text(submission.name)
    expect(page.get_by_role("button", name="Approve the portfolio")).to_have_count(0)
    page.context.clear_cookies()
    return steps.loads, steps.clicks


def test_two_project_portfolio_two_approvals_all_live_and_told(new_page, tmp_path, capsys):
    visitor = new_page()
    mail.outbox.clear()
    projects = ["Skyltar för Malmö hamn", "Kartor för spårvagnen"]
    submission = send_swedish_portfolio(visitor, tmp_path, "Ylva Berg", "ylva@example.se", projects)
    pages = submission.pages()
    assert len(pages) == 3 and not any(p.live for p in pages)

    curator, editor = staff("curator-bo", "Curators"), staff("editor-bo", "Editors")
    admin = new_page(viewport=TALL)  # the admin scrolls inside: a tall window shows it all
    curator_steps = review_from_dashboard(admin, curator, submission, "submission-view.png")
    assert not any(Page.objects.get(pk=p.pk).live for p in pages)
    editor_steps = review_from_dashboard(admin, editor, submission)
    assert (
        TaskState.objects.filter(
            workflow_state__object_id=str(submission.designer_page_id),
            status=TaskState.STATUS_APPROVED,
        ).count()
        == 2
    )
    assert all(Page.objects.get(pk=p.pk).live for p in pages)
    with capsys.disabled():
        print(f"\ncurator: {curator_steps[0]} page loads, {curator_steps[1]} clicks; "
              f"editor: {editor_steps[0]} page loads, {editor_steps[1]} clicks")  # fmt: skip

    published = [m for m in mail.outbox if m.to == ["ylva@example.se"] and m.alternatives]
    assert len(published) == 1
    with translation.override("sv"):
        assert published[0].subject == translation.gettext("Your portfolio is published")
    links = re.findall(r"^(https?://\S+/sv/\S+)$", published[0].body, re.M)
    live = [link for link in links if "/submissions/" not in link]
    assert len(live) == 3
    for link in live:
        path = re.sub(r"^https?://[^/]+", "", link)
        response = visitor.goto(path)
        assert response.status == 200
    expect(visitor.get_by_role("heading", level=1)).to_be_visible()


def test_decline_with_reason(new_page, tmp_path):
    visitor = new_page()
    submission = send_swedish_portfolio(
        visitor, tmp_path, "Karin Nord", "karin@example.se", ["Stolar av kork"]
    )
    curator = staff("curator-decline", "Curators")
    admin = new_page(viewport=TALL)  # the admin scrolls inside: a tall window shows it all
    sign_in(admin, curator)
    admin.goto("/admin/")
    panel = admin.locator(
        "section", has=admin.get_by_role("heading", name=re.compile("Portfolios awaiting review"))
    )
    with admin.expect_navigation():
        panel.get_by_role("link", name="Karin Nord").click()
    # An empty reason is refused with a message, nothing changes.
    with admin.expect_navigation():
        admin.get_by_role("button", name="Decline the portfolio").click()
    expect(admin.get_by_role("alert")).to_contain_text("Write the reason")
    reason = "Vi visar bara arbeten gjorda i Serbien och Sverige."
    admin.get_by_label("Reason, sent to the submitter").fill(reason)
    with admin.expect_navigation():
        admin.get_by_role("button", name="Decline the portfolio").click()
    expect(admin.locator(".messages")).to_be_visible()
    admin.screenshot(path=artifact_path("backoffice", "submission-declined.png"), full_page=True)
    submission.refresh_from_db()
    assert submission.status == PortfolioSubmission.Status.REJECTED
    assert not any(Page.objects.get(pk=p.pk).live for p in submission.pages())
    (declined,) = [m for m in mail.outbox if m.to == ["karin@example.se"] and m.alternatives]
    assert reason in declined.body


def test_translator_finds_what_to_translate(new_page):
    from showcase.models import DesignerIndexPage, DesignerPage

    index = DesignerIndexPage.objects.get(locale__language_code="en")
    only_english = DesignerPage(title="Alva English-Only", slug="alva-english-only",
                                short_bio="Bio.", city="Lund", country="SE")  # fmt: skip
    index.add_child(instance=only_english)
    only_english.save_revision().publish()
    translator = staff("translator-bo", "Translators")
    page = new_page(viewport=TALL)
    sign_in(page, translator)
    steps = Steps(page)
    steps.click(page.get_by_role("button", name="Reports"), navigates=False)
    steps.click(page.get_by_role("link", name="Translation status"))
    page.get_by_label("Status").select_option("missing")
    page.get_by_label("Language").select_option("sv")
    steps.clicks += 2  # the two choices
    steps.click(page.get_by_role("button", name="Filter"))
    rows = page.locator("#translation-rows tbody tr")
    expect(rows.first).to_be_visible()
    page.screenshot(path=artifact_path("backoffice", "translation-status.png"), full_page=True)
    # The English-only designer is missing in Swedish: one click leads to translating it.
    row = page.locator("#translation-rows tbody tr", has_text="Alva English-Only")
    missing = row.locator("td[data-status='missing'] a")
    expect(missing).to_be_visible()
    steps.click(missing)
    expect(page).to_have_url(re.compile(r"/admin/localize/submit/|/admin/pages/\d+/edit/"))
    print(f"\ntranslator: {steps.loads} page loads, {steps.clicks} clicks")
