"""Image sizes used in more than one template, and prefetching their renditions.

Prefetching renditions with the image keeps a listing's query count flat: without it every
`{% image %}` tag asks the database for its rendition.
"""

from django.db.models import Prefetch
from wagtail.images import get_image_model

CARD_IMAGE = "fill-480x360-c100"
PORTRAIT_IMAGE = "fill-480x480-c100"
HERO_IMAGE = "fill-1200x675-c100"


def with_renditions(relation, *filter_specs):
    """A Prefetch for an image foreign key, with the given renditions prefetched too."""
    images = get_image_model().objects.prefetch_renditions(*filter_specs)
    return Prefetch(relation, queryset=images)
