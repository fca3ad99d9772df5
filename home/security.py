"""Security headers and admin login throttling (issue #7, docs/operations.md "Security").

The Content-Security-Policy comes from django-csp 4. Public pages get the strict policy in
`CONTENT_SECURITY_POLICY`: everything is served by the site itself, there is no inline script or
style, so no `'unsafe-inline'`. The Wagtail admin still needs inline scripts and styles
(wagtail#1288) and frames its own previews, so paths under `ADMIN_CSP_PATHS` get
`ADMIN_CONTENT_SECURITY_POLICY` instead.
"""

from axes.backends import AxesStandaloneBackend
from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with the admin's relaxed policy on admin paths."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_admin_path(request.path_info):
            parts.config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        return parts


def is_admin_path(path):
    return path.startswith(tuple(settings.ADMIN_CSP_PATHS))


class WebLoginThrottleBackend(AxesStandaloneBackend):
    """django-axes' lockout check, for logins that come over HTTP.

    Axes refuses `authenticate()` calls without a request. Those come from code that runs on the
    server (Django's test client, a shell, a management command), which an attacker cannot reach,
    so they are left to the next backend instead of failing.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
