"""Keep the search index in step with the page tree where Wagtail's own signals do not.

Wagtail re-indexes a page when it is saved or deleted (publish, unpublish, translation publish,
workflow approval all save). Moving a page rewrites the tree paths of the page and of its
descendants with SQL, without saving them, so the `path` stored in an external index (which
`.public()` filters on to hide private sections) would go stale: re-index the moved subtree.

Like Wagtail's own re-indexing on save, each page is a task (modelsearch's
`insert_or_update_object_task`), run by the worker, not in the editor's request.
"""

from django.dispatch import receiver
from modelsearch.tasks import insert_or_update_object_task
from wagtail.signals import post_page_move


@receiver(post_page_move)
def reindex_moved_subtree(sender, instance, **kwargs):
    subtree = instance.get_descendants(inclusive=True).specific(defer=True)
    for page in subtree.iterator():
        meta = type(page)._meta
        insert_or_update_object_task.enqueue(meta.app_label, meta.model_name, str(page.pk))
