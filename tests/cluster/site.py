"""What the cluster tests need to know about the site, and how they act on it over HTTP."""

import io
import json
import time
import uuid

import psycopg
from PIL import Image, ImageDraw

from tests.cluster.conftest import browser, csrf_token, manage

SITE_FACTS = """
import json
from home.models import StandardPage
from showcase.models import DesignerPage, DesignerIndexPage, Discipline, PortfolioSubmissionPage
en = dict(locale__language_code="en")
standard = StandardPage.objects.live().filter(**en).first()
designer = DesignerPage.objects.live().filter(**en).order_by("pk").first()
print(json.dumps({
    "standard": [standard.pk, standard.url],
    "designer": [designer.pk, designer.url, designer.title],
    "designers": DesignerIndexPage.objects.live().get(**en).url,
    "submission_form": PortfolioSubmissionPage.objects.live().get(**en).url,
    "discipline": Discipline.objects.filter(**en).order_by("slug").first().slug,
}))
"""


def site_facts(env):
    return json.loads(manage(env, SITE_FACTS))


def save_draft_title(env, page_id, title):
    """A new draft revision with another title; nothing a visitor sees changes yet."""
    manage(
        env,
        "from wagtail.models import Page\n"
        f"page = Page.objects.get(pk={page_id}).specific\n"
        f"page.title = {title!r}\n"
        "page.save_revision()\n"
        "print('ok')",
    )


def publish_in_admin(session, page_id):
    """Publish the page's latest revision with the admin's publish action, on session.base."""
    url = f"{session.base}/admin/bulk/wagtailcore/page/publish/?id={page_id}"
    form = session.get(url, timeout=60)
    assert form.status_code == 200, form.status_code
    response = session.post(
        url,
        data={"csrfmiddlewaretoken": csrf_token(form.text)},
        headers={"Referer": url},
        allow_redirects=False,
        timeout=60,
    )
    assert response.status_code == 302, response.text[:1000]


def jpeg(size=(800, 600), colour="teal"):
    image = Image.new("RGB", size, colour)
    ImageDraw.Draw(image).rectangle([0, 0, size[0] // 3, size[1]], fill="orange")
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85)
    return buffer.getvalue()


class Submission:
    """One visitor filling in the public portfolio form on `base` (nginx or a node)."""

    def __init__(self, base, facts, email=None):
        self.base = base
        self.facts = facts
        self.email = email or f"cluster-{uuid.uuid4().hex[:12]}@example.org"
        self.session = browser(base)
        self.opened = None

    def open(self):
        page = self.session.get(f"{self.base}{self.facts['submission_form']}", timeout=60)
        assert page.status_code == 200, page.status_code
        self.csrf = csrf_token(page.text)
        self.started = page.text.split('name="started" value="', 1)[1].split('"', 1)[0]
        self.opened = time.monotonic()
        return self

    def send(self, base=None):
        """POST the form (to `base`, by default where it was opened); returns the response."""
        time.sleep(max(0.0, 5.2 - (time.monotonic() - self.opened)))  # SUBMISSION_MIN_FILL_SECONDS
        base = base or self.base
        data = {
            "csrfmiddlewaretoken": self.csrf,
            "name": "Cluster Tester",
            "email": self.email,
            "city": "Novi Sad",
            "country": "RS",
            "disciplines": [self.facts["discipline"]],
            "short_bio": "I test clusters by pulling their plugs.",
            "links": "https://cluster.example.org",
            "consent_privacy": "on",
            "consent_publication": "on",
            "website": "",
            "started": self.started,
            "project-TOTAL_FORMS": "5",
            "project-INITIAL_FORMS": "0",
            "project-MIN_NUM_FORMS": "1",
            "project-MAX_NUM_FORMS": "5",
            "project-0-title": "Signs for a quay",
            "project-0-description": "Signs that people can read.",
            "project-0-year": "2024",
            "project-0-role": "Lead designer",
            "project-0-alt_0": "An orange and teal sign",
        }
        files = {"project-0-image_0": ("sign.jpg", jpeg(), "image/jpeg")}
        return self.session.post(
            f"{base}{self.facts['submission_form']}",
            data=data,
            files=files,
            headers={"Referer": f"{base}{self.facts['submission_form']}"},
            allow_redirects=False,
            timeout=120,
        )


def database(env):
    url = env["DATABASE_URL"]
    return psycopg.connect(url.replace("postgres://", "postgresql://", 1), autocommit=True)


def submissions_of(env, email):
    with database(env) as connection:
        return connection.execute(
            "SELECT COUNT(*) FROM showcase_portfoliosubmission WHERE email = %s", [email]
        ).fetchone()[0]
