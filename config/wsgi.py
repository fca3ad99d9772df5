"""WSGI entry point for gunicorn: `gunicorn config.wsgi`."""

import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

_django = get_wsgi_application()  # sets Django up before the project's modules are imported

from caching.page_cache import CachedPagesApplication  # noqa: E402
from home.origin import OriginApplication  # noqa: E402

# Page-cache hits are answered before Django's request handling (caching/page_cache.py), for
# the request as the site's one origin, without tracking parameters (home/origin.py).
application = OriginApplication(CachedPagesApplication(_django))

# Everything loaded so far (Django, Wagtail, the models, the URL patterns) lives as long as the
# worker: out of the collector's reach, a full collection walks only what requests create, and
# the occasional pause in a page view (over 100 ms with all of it) disappears.
gc.freeze()
