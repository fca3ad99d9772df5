"""Which requests may use the caches, and the visitor's page request being handled.

Only what a request renders from *published* content may be read from or written to the page
cache and the derived cache. Wagtail renders previews, `view_draft`, workflow previews and
revisions through a dummy request (`make_preview_request`: `is_dummy`, then `is_preview` once the
view runs) that carries the page's public path and the Site record's hostname, so its fragments
would share keys with the public page: an unsaved edit would reach visitors, and a visitor's
fragment would hide the edit from the curator (issue #11). So the caches are used only for
requests the outermost middleware (caching/page_cache.py) saw come in and marked; dummy requests,
requests built by code (RequestFactory, `get_dummy_request`) and no request at all never are.

Wagtail's privacy checks (caching/wagtail_patches/privacy.py) run deep inside querysets and
hooks. They may answer from the derived cache only while a visitor's GET request under a
language prefix is being served: the admin, forms, previews, background jobs and management
commands always read the database. The same middleware sets it around each such request.
"""

from contextlib import contextmanager
from contextvars import ContextVar

_public_request = ContextVar("mikser_public_request", default=None)
_MARK = "_mikser_renders_published_content"


def mark_published_content(request):
    """Called by the outermost middleware for each real request it sees come in."""
    setattr(request, _MARK, not is_dummy(request))


def mark_private(request):
    """A view whose page is the visitor's own (a private link): no cached fragment is used or
    stored for it, since its header and switcher carry that visitor's address."""
    if request is not None:
        setattr(request, _MARK, False)


def renders_published_content(request):
    """Whether what is rendered for `request` may come from, and go to, the caches."""
    return (
        request is not None
        and getattr(request, _MARK, False)
        and not is_dummy(request)
        and not getattr(request, "is_preview", False)
    )


def is_dummy(request):
    return getattr(request, "is_dummy", False)


@contextmanager
def public_request(request):
    token = _public_request.set(request)
    try:
        yield
    finally:
        _public_request.reset(token)


def current_public_request():
    return _public_request.get()
