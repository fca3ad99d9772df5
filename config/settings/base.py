"""Settings shared by every environment.

Everything an operator may change comes from the environment (django-environ) with a safe local
default; see the README's "Settings" table.
"""

from pathlib import Path

import environ
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SITE_DIR = BASE_DIR / "site"

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

SECRET_KEY = env("SECRET_KEY", default="dev-only-insecure-key-change-me")
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    # The project, from the pages down to what they stand on (README "Where things are").
    "home",
    "showcase",
    "programmes",
    "demo",
    "search",
    "listings",
    "pictures",
    "stories",
    "caching",
    "languages",
    "outbox",
    "worker",
    "django_tasks",
    "django_tasks_db",  # the task queue's table (label django_tasks_database)
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales with translation-aware views
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",  # programmes' feeds and calendars: {% routablepageurl %}
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "rest_framework",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_countries",
    "csp",
    "axes",  # admin login throttling (home/security.py)
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # First: the request as the site's one origin, without tracking parameters (home/origin.py).
    "home.origin.OriginMiddleware",
    # Outermost after it: a cached page is answered before any other middleware runs
    # (caching/page_cache.py).
    "caching.page_cache.AnonymousPageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "home.security.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "languages.middleware.LocaleMiddleware",
    "languages.middleware.SerbianLatinMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes requires
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SITE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "addresses.context_processors.site_origin",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
if env("TEST_DATABASE_NAME", default=""):
    # Lets parallel test runs against one PostgreSQL server use separate test databases.
    DATABASES["default"]["TEST"] = {"NAME": env("TEST_DATABASE_NAME")}
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=0))
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded default must take concurrent editors and submitters (issue #11): readers
    # never wait for the writer (WAL), a writer waits its turn for up to 20 s instead of failing
    # at once, and every transaction takes the write lock when it starts (IMMEDIATE), so two
    # transactions that read and then write cannot deadlock into "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Background tasks (django-tasks; docs/operations.md "Background tasks"): work that need not
# happen while a person waits (renditions after a publish, search indexing, e-mails, frontend
# cache purges, scheduled publishing) is queued in the database and run by `manage.py
# run_worker`, which `make run` and ops/serve-production.sh start. TASKS_BACKEND=immediate runs
# every task inside the request that queued it, as Wagtail does when nothing is configured.
_TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}
TASKS = {"default": {"BACKEND": _TASK_BACKENDS[env("TASKS_BACKEND", default="database")]}}
# A publish queues the renditions of every picture the page shows (pictures/tasks.py).
WARM_RENDITIONS_ON_PUBLISH = env.bool("WARM_RENDITIONS_ON_PUBLISH", default=True)
# Jobs the worker runs on a clock (worker/periodic.py): name -> (seconds between runs, the
# management command and its arguments). Each runs once per period however many workers run.
TASK_RESULTS_KEEP_DAYS = env.int("TASK_RESULTS_KEEP_DAYS", default=7)
WORKER_PERIODIC_JOBS = {
    # Wagtail's go-live and expiry dates, set in the editor's "Schedule publishing".
    "publish_scheduled": (60, ["publish_scheduled"]),
    # Image files of submissions whose web worker was killed before its commit.
    "sweep_submission_files": (60 * 60, ["sweep_submission_files"]),
    # Rejected and withdrawn submissions after SUBMISSION_PURGE_AFTER_DAYS.
    "purge_submissions": (24 * 60 * 60, ["purge_submissions"]),
    # Finished tasks, whose arguments may hold e-mails, after TASK_RESULTS_KEEP_DAYS.
    "prune_task_results": (
        24 * 60 * 60,
        ["prune_db_task_results", "--min-age-days", str(TASK_RESULTS_KEEP_DAYS)],
    ),
}

CACHES = {
    "default": env.cache("CACHE_URL", default="locmemcache://mikser"),
    # Rate-limit counters in a cache of their own, so that pages and fragments filling the
    # default cache never evict them (issue #11). With Redis, point it at another instance or
    # one whose eviction policy spares keys (docs/operations.md).
    "ratelimit": env.cache("RATELIMIT_CACHE_URL", default="locmemcache://mikser-ratelimit"),
}
for _alias in CACHES:
    if CACHES[_alias]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
        CACHES[_alias]["BACKEND"] = "caching.redis_backend.RedisCache"  # reuses its client

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. Four language versions, three content locales: Serbian is written once, in
# Cyrillic (`sr`), and `/sr-latn/` is rendered from the `sr` pages (wagtail-localize#766 shows
# why two Serbian content locales do not work). See docs/languages.md.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("sr", "Српски"),
    ("sr-latn", "Srpski"),
    ("sv", "Svenska"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = [
    ("en", _("English")),
    ("sr", _("Serbian")),
    ("sv", _("Swedish")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = env("TIME_ZONE", default="Europe/Belgrade")
LANGUAGE_COOKIE_NAME = "mikser_language"
LANGUAGE_COOKIE_AGE = 60 * 60 * 24 * 365

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "static")
STATICFILES_DIRS = [SITE_DIR / "static"]
MEDIA_URL = env("MEDIA_URL", default="/media/")
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "Mikser Showcase"
# Slugs stay ASCII in every locale (languages/slugs.py, docs/languages.md).
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# Editors' uploads get the public form's side and ratio limits (showcase/image_forms.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "showcase.image_forms.ShowcaseImageForm"
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "docx", "txt"]
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# Search: SEARCH_URL picks the backend (empty means the database backend), with the project's
# language analysis either way (docs/search.md). SEARCH_TIMEOUT bounds how long a visitor's
# search waits for OpenSearch/Elasticsearch before the page says search is unavailable.
SEARCH_URL = env("SEARCH_URL", default="")
SEARCH_TIMEOUT = env.float("SEARCH_TIMEOUT", default=1.5)
from config.search_backends import backend_from_url  # noqa: E402

WAGTAILSEARCH_BACKENDS = {"default": backend_from_url(SEARCH_URL)}

# wagtail-localize: translations stay linked to their source so editors can sync changes.
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"

REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}
WAGTAILAPI_LIMIT_MAX = 50

# Every e-mail leaves through the outbox (outbox/, docs/operations.md "Background tasks"): the
# request only queues it, the worker sends it with a timeout and retries. EMAIL_BACKEND in the
# environment names the transport the worker sends through (SMTP, console…).
EMAIL_BACKEND = "outbox.backend.QueuedEmailBackend"
OUTBOX_EMAIL_BACKEND = env(
    "EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend"
)
# Seconds an SMTP connection may block (Django's default is for ever).
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)
# Seconds to wait before each new attempt at a message that could not be sent; after the last
# one the message is kept as a failed e-mail for editors to retry (outbox/tasks.py).
OUTBOX_RETRY_DELAYS = [60, 5 * 60, 30 * 60, 2 * 60 * 60]
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Mikser Showcase <hello@mikser.example>")

# Portfolio submissions (issue #5, README "Submissions"). Image size and pixel limits are
# WAGTAILIMAGES_MAX_UPLOAD_SIZE and WAGTAILIMAGES_MAX_IMAGE_PIXELS above; frames of animated
# images count towards the pixel limit together.
SUBMISSION_MAX_IMAGES = env.int("SUBMISSION_MAX_IMAGES", default=30)
SUBMISSION_MAX_TOTAL_UPLOAD_SIZE = env.int("SUBMISSION_MAX_TOTAL_UPLOAD_SIZE", default=80 << 20)
SUBMISSION_MIN_FILL_SECONDS = env.int("SUBMISSION_MIN_FILL_SECONDS", default=5)
# A form older than this is refused (sent again with a fresh start): a day to fill it in
# (docs/submissions.md, "Sending twice").
SUBMISSION_FORM_MAX_AGE = env.int("SUBMISSION_FORM_MAX_AGE", default=60 * 60 * 24)
# Pixels declared by one public upload (frames counted) and by all of a POST's uploads, checked
# from the headers before anything is decoded (docs/submissions.md, "Work before decoding").
SUBMISSION_MAX_IMAGE_PIXELS = env.int("SUBMISSION_MAX_IMAGE_PIXELS", default=25_000_000)
SUBMISSION_MAX_TOTAL_PIXELS = env.int("SUBMISSION_MAX_TOTAL_PIXELS", default=360_000_000)
SUBMISSION_RATE_PER_IP = env("SUBMISSION_RATE_PER_IP", default="20/h")
SUBMISSION_RATE_PER_EMAIL = env("SUBMISSION_RATE_PER_EMAIL", default="3/d")
SUBMISSION_LINK_MAX_AGE = env.int("SUBMISSION_LINK_MAX_AGE", default=60 * 60 * 24 * 90)
SUBMISSION_PURGE_AFTER_DAYS = env.int("SUBMISSION_PURGE_AFTER_DAYS", default=30)
# Submitted files no row refers to are deleted by `sweep_submission_files` once older than this
# (a killed worker's files; younger ones may belong to a submission still being saved).
SUBMISSION_ORPHAN_GRACE_MINUTES = env.int("SUBMISSION_ORPHAN_GRACE_MINUTES", default=60)

# `load_demo_content` makes the AVIF/WebP/JPEG renditions of every live page ahead of visitors
# (pictures/warming.py; about a minute and a half for the demo).
DEMO_WARM_RENDITIONS = env.bool("DEMO_WARM_RENDITIONS", default=True)
# django-ratelimit reads the client address from here; behind a proxy set it to a function
# that trusts only the proxy's header (see django-ratelimit's RATELIMIT_IP_META_KEY).
RATELIMIT_IP_META_KEY = env("RATELIMIT_IP_META_KEY", default=None)
RATELIMIT_USE_CACHE = "ratelimit"
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="WARNING")},
}

# --- Production readiness (issue #7; docs/operations.md) -----------------------------------
# Headers every environment sends; transport security (HSTS, secure cookies, HTTPS redirect)
# is in production.py, where HTTPS is certain.
from csp.constants import NONE, SELF, UNSAFE_EVAL, UNSAFE_INLINE  # noqa: E402

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views override it with SAMEORIGIN
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# Avatars from the site itself, not from Gravatar: no third-party requests (issue #7).
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Content-Security-Policy (django-csp 4, home/security.py). Public pages: only the site's own
# files, no inline script or style, video frames from the providers VideoBlock embeds.
# `<script type="application/ld+json">` is data, which browsers neither run nor check against
# script-src. Media on another origin (S3, a CDN): list it in CSP_MEDIA_SOURCES.
CSP_MEDIA_SOURCES = env.list("CSP_MEDIA_SOURCES", default=[])
EMBED_FRAME_SOURCES = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *CSP_MEDIA_SOURCES],
        "media-src": [SELF, *CSP_MEDIA_SOURCES],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": EMBED_FRAME_SOURCES,
        "frame-ancestors": [NONE],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
# The Wagtail admin needs inline scripts and styles (wagtail#1288), its accessibility checker
# compiles templates with `new Function` (axe-core's doT), and it frames its own previews.
ADMIN_CSP_PATHS = ["/admin/"]
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE, UNSAFE_EVAL],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", *CSP_MEDIA_SOURCES],
        "media-src": [SELF, "blob:", *CSP_MEDIA_SOURCES],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF, *EMBED_FRAME_SOURCES],
        "frame-ancestors": [SELF],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}

# Admin login throttling with django-axes: after AXES_FAILURE_LIMIT failed logins from one
# address, that address is refused (429) for AXES_COOLOFF_MINUTES, even with the right
# password. Behind a proxy set AXES_IPWARE_PROXY_COUNT so the client address is the real one.
AUTHENTICATION_BACKENDS = [
    "home.security.WebLoginThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.int("AXES_COOLOFF_MINUTES", default=15) / 60  # hours
AXES_LOCKOUT_PARAMETERS = ["ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_IPWARE_PROXY_COUNT = env.int("AXES_IPWARE_PROXY_COUNT", default=None)
AXES_VERBOSE = False

# Page cache (caching/page_cache.py): anonymous page views, emptied on every content change.
# 0 turns it off. Its counter must be shared by all workers: Redis with several processes.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=300)
PAGE_CACHE_ALIAS = "default"
# Query parameters a cached page may carry: the listings' filters and pages. An address with any
# other is served, never stored, so made-up parameters cannot fill the cache (issue #11).
# tests/caching/test_origin_and_cache_keys.py checks it against the listings' filter forms.
PAGE_CACHE_QUERY_PARAMETERS = frozenset(
    {"page", "discipline", "country", "theme", "year", "kind", "status", "collaboration",
     "mobility"}
)  # fmt: skip
# The one public origin absolute URLs are built from (home/origin.py); empty: the request's
# own host, as on a developer's machine. Production sets it from ALLOWED_HOSTS.
SITE_ORIGIN = env("SITE_ORIGIN", default="").rstrip("/")
# Header, switcher and listing facts cached until the next publish (caching/derived_cache.py).
DERIVED_CACHE_SECONDS = env.int("DERIVED_CACHE_SECONDS", default=3600)
# How long a CDN in front of the site may keep a page (s-maxage); 0: not at all. Wagtail's
# frontend-cache purging (production.py, FRONTEND_CACHE_*) removes a page when it changes.
FRONTEND_CACHE_SECONDS = env.int("FRONTEND_CACHE_SECONDS", default=0)
