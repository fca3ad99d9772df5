"""The public images endpoint, without the images of submissions still under review.

Wagtail's images API lists every image. Submitted images wait in the "Submissions" collection
and move to "Portfolios" when a page that shows them is published (`review.on_published`).
"""

from wagtail.images.api.v2.views import ImagesAPIViewSet

from showcase.submissions.collections import SUBMISSIONS


class PublicImagesAPIViewSet(ImagesAPIViewSet):
    def get_queryset(self):
        return super().get_queryset().exclude(collection__name=SUBMISSIONS)
