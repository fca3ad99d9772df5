"""Renditions made after a publish, by the worker, so no visitor waits for AVIF encoding.

A publish queues `warm_page_renditions_task` for the page (pictures/apps.py connects Wagtail's
`page_published`); the worker makes every rendition of every picture the page shows, in every
format, usually before anyone opens it. If the worker is down the page still renders: Wagtail
makes a missing rendition on the first view, as before (docs/operations.md).
"""

from django.conf import settings
from django_tasks import task
from wagtail.models import Page

from pictures.warming import warm_page_renditions


@task()
def warm_page_renditions_task(page_id):
    page = Page.objects.filter(pk=page_id).first()
    if page is None or not page.live:
        return 0  # deleted or unpublished since
    return warm_page_renditions(page)


def queue_page_renditions(sender, instance, **kwargs):
    """`page_published` receiver: queue the renditions of the page just published."""
    if settings.WARM_RENDITIONS_ON_PUBLISH:
        warm_page_renditions_task.enqueue(instance.pk)
