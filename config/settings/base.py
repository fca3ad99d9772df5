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
    "home",
    "showcase",
    "programmes",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales with translation-aware views
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
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
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "home.middleware.LocaleMiddleware",
    "home.middleware.SerbianLatinMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
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
                "wagtail.contrib.settings.context_processors.settings",
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
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://mikser")}

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
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "docx", "txt"]
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# Search: SEARCH_URL picks the backend (empty means the database backend), with the project's
# language analysis either way (docs/search.md). SEARCH_TIMEOUT bounds how long a visitor's
# search waits for OpenSearch/Elasticsearch before the page says search is unavailable.
SEARCH_URL = env("SEARCH_URL", default="")
SEARCH_TIMEOUT = env.float("SEARCH_TIMEOUT", default=3.0)
from config.search_backends import backend_from_url  # noqa: E402

WAGTAILSEARCH_BACKENDS = {"default": backend_from_url(SEARCH_URL)}

# wagtail-localize: translations stay linked to their source so editors can sync changes.
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"

REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}
WAGTAILAPI_LIMIT_MAX = 50

EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Mikser Showcase <hello@mikser.example>")

# Portfolio submissions (issue #5, README "Submissions"). Image size and pixel limits are
# WAGTAILIMAGES_MAX_UPLOAD_SIZE and WAGTAILIMAGES_MAX_IMAGE_PIXELS above; frames of animated
# images count towards the pixel limit together.
SUBMISSION_MAX_IMAGES = env.int("SUBMISSION_MAX_IMAGES", default=30)
SUBMISSION_MAX_TOTAL_UPLOAD_SIZE = env.int("SUBMISSION_MAX_TOTAL_UPLOAD_SIZE", default=80 << 20)
SUBMISSION_MIN_FILL_SECONDS = env.int("SUBMISSION_MIN_FILL_SECONDS", default=5)
SUBMISSION_RATE_PER_IP = env("SUBMISSION_RATE_PER_IP", default="20/h")
SUBMISSION_RATE_PER_EMAIL = env("SUBMISSION_RATE_PER_EMAIL", default="3/d")
SUBMISSION_LINK_MAX_AGE = env.int("SUBMISSION_LINK_MAX_AGE", default=60 * 60 * 24 * 90)
SUBMISSION_PURGE_AFTER_DAYS = env.int("SUBMISSION_PURGE_AFTER_DAYS", default=30)
# django-ratelimit reads the client address from here; behind a proxy set it to a function
# that trusts only the proxy's header (see django-ratelimit's RATELIMIT_IP_META_KEY).
RATELIMIT_IP_META_KEY = env("RATELIMIT_IP_META_KEY", default=None)
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
LOCALE_PATHS += [BASE_DIR / "showcase" / "submissions" / "locale"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="WARNING")},
}
