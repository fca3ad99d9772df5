"""URL map. Visitor pages live under a language prefix (/en/, /sr/, /sr-latn/, /sv/); the admin,
the API, health and static machinery do not."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from caching.wagtail_patches import routing
from config.api import api_router
from home import views as home_views
from languages.sitemap import sitemap_view

wagtail_serve_pattern = wagtail_urls.serve_pattern

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("healthz/", home_views.healthz, name="healthz"),
    path("sitemap.xml", sitemap_view, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("i18n/setlang/", set_language, name="set_language"),
]

if settings.DEBUG:
    from django.conf.urls.static import static  # serving media files: development only

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    path("", include("showcase.submissions.urls")),
    # Wagtail's page view, routes kept until content changes (caching/wagtail_patches/routing.py).
    re_path(wagtail_serve_pattern, routing.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

# A database outage answers with a static, translated 503 page instead of a 500.
handler500 = "home.db_unavailable.server_error"
