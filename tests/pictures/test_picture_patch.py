"""The patch to Wagtail's picture tags (pictures/wagtail_patch.py) is installed and
is looked at again when Wagtail changes."""

import wagtail
from wagtail.images.templatetags import wagtailimages_tags

from pictures import wagtail_patch as wagtail_picture_patch


def test_picture_patch_is_installed():
    assert (
        wagtailimages_tags.get_renditions_or_not_found
        is wagtail_picture_patch.get_renditions_skipping_failures
    )


def test_picture_patch_was_written_for_this_wagtail():
    # Wagtail changed: check that PictureNode still asks get_renditions_or_not_found for its
    # renditions, and that the patch still fits; then update WRITTEN_FOR.
    assert tuple(wagtail.VERSION[:2]) == wagtail_picture_patch.WRITTEN_FOR
