"""A patch to a Wagtail internal (written for Wagtail 8.0): `{% picture %}` and
`{% srcset_image %}` leave out a rendition that cannot be encoded instead of failing the page.

Wagtail's tags ask for every rendition at once (`get_renditions_or_not_found`) and only
forgive a missing source file: one format that cannot encode an image (WebP stops at 16,383
pixels a side; an image from before the limits of issue #11 can be longer) makes the whole
page answer 500. Here the renditions are asked for again one by one, those that fail are left
out (their <source> disappears, the browser takes the next format) and a warning is logged.
A failure is remembered for a day in the cache, so a page view does not encode it again.

Installed from `PicturesConfig.ready()`; tests/pictures/test_picture_patch.py fails when the Wagtail
version changes, so the patch is looked at again.
"""

import logging

from django.core.cache import cache
from PIL import Image
from wagtail.images import shortcuts
from wagtail.images.templatetags import wagtailimages_tags

WRITTEN_FOR = (8, 0)
logger = logging.getLogger(__name__)
FAILURES = (OSError, ValueError, EOFError, SyntaxError, MemoryError, Image.DecompressionBombError)
_original = shortcuts.get_renditions_or_not_found


def spec_name(spec):
    return spec if isinstance(spec, str) else spec.spec


def failure_key(image, spec):
    return f"rendition-failed:{image.pk}:{image.file_hash}:{spec_name(spec)}"


def get_renditions_skipping_failures(image, specs):
    specs = list(specs)
    known = {spec_name(spec) for spec in specs if cache.get(failure_key(image, spec))}
    wanted = [spec for spec in specs if spec_name(spec) not in known]
    try:
        return _original(image, wanted) if wanted else {}
    except FAILURES:
        pass
    renditions = {}
    for spec in wanted:
        try:
            renditions[spec_name(spec)] = shortcuts.get_rendition_or_not_found(image, spec)
        except FAILURES as error:
            cache.set(failure_key(image, spec), True, 60 * 60 * 24)
            logger.warning(
                "Image %s (%s × %s): rendition %s could not be encoded (%s); left out of the page.",
                image.pk, image.width, image.height, spec_name(spec), error,
            )  # fmt: skip
    if not renditions and specs:
        # Nothing could be made: draw what Wagtail draws for a missing file, not a 500.
        return _not_found(image, specs)
    return renditions


def _not_found(image, specs):
    rendition = image.renditions.model(image=image, width=0, height=0)
    rendition.file.name = "not-found"
    return {spec_name(spec): rendition for spec in specs}


def install():
    wagtailimages_tags.get_renditions_or_not_found = get_renditions_skipping_failures
