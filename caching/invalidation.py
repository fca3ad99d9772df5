"""Empty the page cache whenever what visitors see may have changed (issue #7).

Pages: Wagtail's publish, unpublish and move signals, deletion, and any save of a page that is
not just a draft being stored (a draft save only touches the revision bookkeeping fields below).
wagtail-localize publishes a translation through the same publish action, and saves translated
snippets directly, so both arrive here too.

Everything else a page shows: snippets and settings of this project's apps (disciplines, themes,
organisations, footer text), images and documents, sites and locales, and view restrictions (a
page made private must leave the cache at once).

The cache is emptied after the database transaction commits, so a request that reads the cache
in between cannot store the old page under the new generation.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from caching.page_cache import bump_generation

# Apps whose models appear on public pages.
CONTENT_APPS = {"home", "showcase", "programmes"}
# Models of other apps whose changes show on public pages.
CONTENT_MODELS = {
    "wagtailcore.site",
    "wagtailcore.locale",
    "wagtailcore.pageviewrestriction",
    "wagtailcore.collectionviewrestriction",
    "wagtailimages.image",
    "wagtaildocs.document",
}
# The fields Wagtail writes when it stores a draft revision; a save limited to them changes
# nothing a visitor sees (the draft stays a draft until it is published).
DRAFT_BOOKKEEPING_FIELDS = {
    "draft_title",
    "has_unpublished_changes",
    "latest_revision",
    "latest_revision_created_at",
    "locked",
    "locked_at",
    "locked_by",
}


def content_changed(**kwargs):
    transaction.on_commit(bump_generation)


def model_saved(sender, instance, update_fields=None, **kwargs):
    if not shows_on_public_pages(sender):
        return
    if (
        isinstance(instance, Page)
        and update_fields
        and set(update_fields) <= DRAFT_BOOKKEEPING_FIELDS
    ):
        return
    content_changed()


def model_deleted(sender, **kwargs):
    if shows_on_public_pages(sender):
        content_changed()


def shows_on_public_pages(model):
    meta = model._meta
    if issubclass(model, Page):
        return True
    return meta.app_label in CONTENT_APPS or meta.label_lower in CONTENT_MODELS


def connect():
    page_published.connect(content_changed, dispatch_uid="page-cache-published")
    page_unpublished.connect(content_changed, dispatch_uid="page-cache-unpublished")
    post_page_move.connect(content_changed, dispatch_uid="page-cache-moved")
    post_save.connect(model_saved, dispatch_uid="page-cache-saved")
    post_delete.connect(model_deleted, dispatch_uid="page-cache-deleted")
