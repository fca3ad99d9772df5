"""Keep the search index in step with the page tree where Wagtail's own signals do not.

Wagtail re-indexes a page when it is saved or deleted (publish, unpublish, translation publish,
workflow approval all save). Moving a page rewrites the tree paths of the page and of its
descendants with SQL, without saving them, so the `path` stored in an external index (which
`.public()` filters on to hide private sections) would go stale: re-index the moved subtree.
"""

from django.dispatch import receiver
from wagtail.search.index import insert_or_update_object
from wagtail.signals import post_page_move


@receiver(post_page_move)
def reindex_moved_subtree(sender, instance, **kwargs):
    for page in instance.get_descendants(inclusive=True).specific().iterator():
        insert_or_update_object(page)
