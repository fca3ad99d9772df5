"""Production: secrets and hosts must come from the environment; hardened transport and cookies.

Refuses to start without SECRET_KEY and ALLOWED_HOSTS (django-environ raises
ImproperlyConfigured when a variable without a default is missing).
"""

from .base import *  # noqa: F403
from .base import (
    CACHES,
    DATABASES,
    INSTALLED_APPS,
    LANGUAGES,
    MEDIA_URL,
    MIDDLEWARE,
    TEMPLATES,
    env,
)

DEBUG = False
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")
# Absolute URLs (canonical links, sitemap, feeds, JSON-LD, iCalendar) name this origin whatever
# port a request named (home/origin.py).
SITE_ORIGIN = env("SITE_ORIGIN", default=f"https://{ALLOWED_HOSTS[0].lstrip('.')}").rstrip("/")

# Each worker thread keeps its database connection: opening one costs PostgreSQL a new process,
# more than a page's queries. Health checks replace a connection the database has dropped.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if env("AWS_STORAGE_BUCKET_NAME", default=""):
    # Media on S3 configured by django-storages' own AWS_* settings (README).
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
# Media on S3-compatible storage that every node shares (config/media_storage.py).
MEDIA_STORAGE_URL = env("MEDIA_STORAGE_URL", default="")
if MEDIA_STORAGE_URL:
    from config.media_storage import media_storage_settings

    STORAGES["default"] = media_storage_settings(MEDIA_STORAGE_URL, MEDIA_URL)

# Sessions shared by every node: SESSION_CACHE_URL (rediscache://…) keeps them in that cache in
# front of the database (`cached_db`, so a lost or flushed Redis logs nobody out); unset, they
# stay in the database alone, as before.
SESSION_CACHE_URL = env("SESSION_CACHE_URL", default="")
if SESSION_CACHE_URL:
    CACHES["sessions"] = env.cache("SESSION_CACHE_URL")
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    SESSION_CACHE_ALIAS = "sessions"

# A Redis outage costs speed, never a request (caching/redis_backend.py): every Redis alias
# forgives a failing Redis, except the page cache's own alias, a second client of the default
# Redis that stays strict because the page cache and the derived cache handle an outage
# themselves and must tell it from a missing generation counter.
PAGE_CACHE_ALIAS = "default"
for _alias, _config in list(CACHES.items()):
    if _config["BACKEND"].endswith(("caching.redis_backend.RedisCache", "redis.RedisCache")):
        if _alias == "default":
            CACHES["pages"] = {**_config, "BACKEND": "caching.redis_backend.RedisCache"}
            PAGE_CACHE_ALIAS = "pages"
        CACHES[_alias] = {**_config, "BACKEND": "caching.redis_backend.ForgivingRedisCache"}
# Rate limits whose counters are unreachable let the submission through (logged): the honeypot
# and the signed start time still stand, and a lost portfolio is worse than a late limit.
RATELIMIT_FAIL_OPEN = env.bool("RATELIMIT_FAIL_OPEN", default=True)

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"

TEMPLATES[0]["APP_DIRS"] = False
TEMPLATES[0]["OPTIONS"]["loaders"] = [
    (
        "django.template.loaders.cached.Loader",
        [
            "django.template.loaders.filesystem.Loader",
            "django.template.loaders.app_directories.Loader",
        ],
    )
]
MIDDLEWARE = list(MIDDLEWARE)

# Page cache (caching/page_cache.py). Its invalidation counter lives in the cache, so it is only
# right when every worker shares that cache: on by default with Redis (or another shared
# backend), off with the per-process local-memory default unless PAGE_CACHE_SECONDS says so
# (for example with a single gunicorn worker).
_SHARED_CACHE = not CACHES["default"]["BACKEND"].endswith("LocMemCache")
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=300 if _SHARED_CACHE else 0)
DERIVED_CACHE_SECONDS = env.int("DERIVED_CACHE_SECONDS", default=3600 if _SHARED_CACHE else 0)

# Wagtail's frontend-cache purging for a CDN or caching proxy in front of the site: a published
# or unpublished page is purged in every language version. FRONTEND_CACHE_BACKEND picks one:
#   http        FRONTEND_CACHE_LOCATION=http://varnish:8000 (sends PURGE requests)
#   cloudflare  CLOUDFLARE_BEARER_TOKEN, CLOUDFLARE_ZONEID
#   cloudfront  CLOUDFRONT_DISTRIBUTION_ID (AWS credentials from the environment)
# Listings and the home page are not purged one by one: keep FRONTEND_CACHE_SECONDS short.
FRONTEND_CACHE_BACKEND = env("FRONTEND_CACHE_BACKEND", default="")
_FRONTEND_CACHES = {
    "http": lambda: {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env("FRONTEND_CACHE_LOCATION"),
    },
    "cloudflare": lambda: {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env("CLOUDFLARE_BEARER_TOKEN"),
        "ZONEID": env("CLOUDFLARE_ZONEID"),
    },
    "cloudfront": lambda: {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": env("CLOUDFRONT_DISTRIBUTION_ID"),
    },
}
if FRONTEND_CACHE_BACKEND:
    INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.contrib.frontend_cache"]
    WAGTAILFRONTENDCACHE = {"cdn": _FRONTEND_CACHES[FRONTEND_CACHE_BACKEND]()}
    WAGTAILFRONTENDCACHE_LANGUAGES = [code for code, _name in LANGUAGES]
