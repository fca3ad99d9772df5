"""Security headers on public pages and the admin, pages that keep their strict CSP, the deploy
checklist, and admin login throttling (home/security.py, config/settings)."""

import os
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.test import Client

from demo.loader import ADMIN_PASSWORD, ADMIN_USERNAME
from programmes.models import ProgrammeIndexPage, ProgrammePage
from showcase.models import DesignerIndexPage, DesignerPage, ProjectIndexPage, ProjectPage
from tests.conftest import LANGUAGE_VERSIONS, url_in

ROOT = Path(__file__).resolve().parents[2]
PUBLIC_TYPES = [DesignerIndexPage, DesignerPage, ProjectIndexPage, ProjectPage, ProgrammeIndexPage]
PUBLIC_TYPES += [ProgrammePage]


def csp(response):
    return dict(
        (part.strip().split(" ", 1) + [""])[:2]
        for part in response["Content-Security-Policy"].split(";")
        if part.strip()
    )


class InlineCode(HTMLParser):
    """Collects what a CSP without 'unsafe-inline' would block in a page."""

    DATA_SCRIPTS = {"application/ld+json", "application/json"}

    def __init__(self):
        super().__init__()
        self.blocked = []
        self._in_inline_script = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and not attrs.get("src") and attrs.get("type") not in self.DATA_SCRIPTS:
            self._in_inline_script = True
        if tag == "style":
            self.blocked.append("<style> element")
        for name, value in attrs.items():
            if name == "style" or name.startswith("on"):
                self.blocked.append(f"<{tag} {name}={value!r}>")
            if (
                name in ("href", "src")
                and value
                and value.strip().lower().startswith("javascript:")
            ):
                self.blocked.append(f"<{tag} {name}={value!r}>")

    def handle_data(self, data):
        if self._in_inline_script and data.strip():
            self.blocked.append(f"inline script: {data.strip()[:60]}")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_inline_script = False


def public_urls(language):
    urls = [f"/{language}/", f"/{language}/search/?q=design"]
    for model in PUBLIC_TYPES:
        page = model.objects.live().filter(locale__language_code="en").first()
        urls.append(url_in(page, language))
    return urls


@pytest.mark.parametrize("language", LANGUAGE_VERSIONS)
def test_public_pages_send_a_strict_policy_and_keep_to_it(client, demo, language):
    for url in public_urls(language):
        response = client.get(url)
        assert response.status_code == 200, url
        policy = csp(response)
        assert policy["script-src"] == "'self'", url
        assert policy["style-src"] == "'self'", url
        assert policy["object-src"] == "'none'"
        assert policy["frame-ancestors"] == "'none'"
        assert "unsafe" not in response["Content-Security-Policy"]
        assert "https://www.youtube.com" in policy["frame-src"]
        assert "https://player.vimeo.com" in policy["frame-src"]
        assert response["X-Frame-Options"] == "DENY"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
        parser = InlineCode()
        parser.feed(response.content.decode())
        assert parser.blocked == [], url


def test_the_admin_gets_the_relaxed_policy_it_needs(client, demo, admin_user):
    client.force_login(admin_user)
    response = client.get("/admin/")
    assert response.status_code == 200
    policy = csp(response)
    assert "'unsafe-inline'" in policy["script-src"]
    assert "'unsafe-inline'" in policy["style-src"]
    assert policy["frame-ancestors"] == "'self'"  # the live preview frames admin pages
    assert policy["object-src"] == "'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    login = Client().get("/admin/login/")
    assert "Content-Security-Policy" in login
    assert login["X-Frame-Options"] == "DENY"


def test_production_settings_pass_the_deploy_checklist():
    env = {
        # Playwright-based tests may set DJANGO_ALLOW_ASYNC_UNSAFE in this process; a deployed
        # server never has it, and the deploy check rightly refuses it.
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "test-only-" + "x" * 60,
        "ALLOWED_HOSTS": "mikser.example",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_settings_harden_transport_and_cookies():
    code = (
        "from django.conf import settings as s; "
        "print(s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SECURE_SSL_REDIRECT, "
        "s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY, s.DEBUG)"
    )
    env = {
        # Playwright-based tests may set DJANGO_ALLOW_ASYNC_UNSAFE in this process; a deployed
        # server never has it, and the deploy check rightly refuses it.
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "test-only-" + "x" * 60,
        "ALLOWED_HOSTS": "mikser.example",
    }
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    hsts, subdomains, redirect, session_secure, csrf_secure, httponly, debug = result.stdout.split()
    assert int(hsts) >= 31_536_000
    assert (subdomains, redirect, session_secure, csrf_secure, httponly, debug) == (
        "True",
        "True",
        "True",
        "True",
        "True",
        "False",
    )


def test_production_settings_refuse_to_start_without_a_secret_key():
    env = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "ALLOWED_HOSTS")}
    env["DJANGO_SETTINGS_MODULE"] = "config.settings.production"
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def login(client, password, address="10.0.0.1"):
    return client.post(
        "/admin/login/",
        {"username": ADMIN_USERNAME, "password": password},
        REMOTE_ADDR=address,
    )


def test_admin_login_is_throttled_after_repeated_failures(demo, settings):
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = login(client, "wrong-password")
        assert response.status_code == 200  # the form again, with its error
    assert login(client, "wrong-password").status_code == 429
    # Locked out: even the right password is refused from that address…
    assert login(client, ADMIN_PASSWORD).status_code == 429
    # …while an editor elsewhere still logs in.
    elsewhere = login(Client(), ADMIN_PASSWORD, address="10.0.0.2")
    assert elsewhere.status_code == 302
    assert elsewhere["Location"].startswith("/admin/")


def test_a_successful_login_resets_the_count(demo, settings):
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        login(client, "wrong-password")
    assert login(client, ADMIN_PASSWORD).status_code == 302
    client.logout()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert login(client, "wrong-password").status_code == 200


def test_passwords_must_be_strong(demo, admin_user):
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    for weak in ("short1", "123456789012", "password1234", "admin@mikser.example"):
        with pytest.raises(ValidationError):
            validate_password(weak, user=admin_user)
    validate_password("correct horse battery staple 42", user=admin_user)
