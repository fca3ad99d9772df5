"""Make the renditions the public pages ask for ahead of visitors (AVIF encoding is slow).

Which images the live pages show, and as which pictures, is declared on each page model, so
this module imports no page type: it walks the installed models (`apps.get_models()`, as
Wagtail's frontend_cache does) and reads two optional class attributes:

- `picture_fields`: {image foreign key: (picture spec, …)}, e.g.
  `{"cover_image": (CARD_PICTURE, HERO_PICTURE)}`;
- `picture_streams`: names of StreamFields written with `stories.blocks.StoryBlock`, whose
  `image` blocks show as BODY_PICTURE and `gallery` images as GALLERY_PICTURE.
"""

from collections import defaultdict

from django.apps import apps
from wagtail.images import get_image_model
from wagtail.models import Page

from pictures.specs import BODY_PICTURE, GALLERY_PICTURE, renditions_of


def picture_models():
    """The live page models that declare pictures."""
    for model in apps.get_models():
        if issubclass(model, Page) and (
            getattr(model, "picture_fields", None) or getattr(model, "picture_streams", None)
        ):
            yield model


def pictures_in_use(only=None):
    """(image, picture) for every image a live page shows, with the picture it is shown as.

    `only`: a collection of pictures (PICTURES values) to limit the answer to.
    """

    def wanted(picture):
        return only is None or picture in only

    ids = defaultdict(set)  # picture -> image ids
    for model in picture_models():
        for field, pictures in getattr(model, "picture_fields", {}).items():
            pictures = [picture for picture in pictures if wanted(picture)]
            if not pictures:
                continue
            shown = model.objects.live().exclude(**{f"{field}__isnull": True})
            found = set(shown.values_list(field, flat=True).distinct())
            for picture in pictures:
                ids[picture] |= found
        streams = getattr(model, "picture_streams", ())
        if streams and (wanted(BODY_PICTURE) or wanted(GALLERY_PICTURE)):
            for page in model.objects.live().only(*streams):
                add_stream_images(page, streams, ids)
    yield from images_by_picture({p: i for p, i in ids.items() if wanted(p)})


def add_stream_images(page, streams, ids):
    """Add the images of `page`'s StreamField image and gallery blocks to `ids` (picture -> ids)."""
    for stream in streams:
        for block in getattr(page, stream):
            if block.block_type == "image" and block.value["image"]:
                ids[BODY_PICTURE].add(block.value["image"].pk)
            elif block.block_type == "gallery":
                ids[GALLERY_PICTURE].update(
                    item["image"].pk for item in block.value["images"] if item["image"]
                )


def images_by_picture(ids):
    """(image, picture) for `ids` (picture -> image ids), each image with its renditions."""
    Image = get_image_model()
    for picture, image_ids in ids.items():
        images = Image.objects.filter(pk__in=image_ids).prefetch_renditions(*renditions_of(picture))
        for image in images:
            yield image, picture


def pictures_of_page(page):
    """(image, picture) for every picture `page` itself shows, from its model's declarations."""
    page = page.specific
    model = type(page)
    ids = defaultdict(set)  # picture -> image ids
    for field, pictures in getattr(model, "picture_fields", {}).items():
        image_id = getattr(page, f"{field}_id", None)
        if image_id is not None:
            for picture in pictures:
                ids[picture].add(image_id)
    add_stream_images(page, getattr(model, "picture_streams", ()), ids)
    yield from images_by_picture(ids)


def warm_page_renditions(page):
    """Make every rendition `page` shows (each spec of each picture, in every format).

    Idempotent; returns how many pictures were checked.
    """
    count = 0
    for image, picture in pictures_of_page(page):
        image.get_renditions(*renditions_of(picture))
        count += 1
    return count


def warm_renditions(only=None, log=lambda message: None):
    """Make every rendition the public pages ask for, so no visitor waits for AVIF encoding.

    Idempotent: renditions that exist are found, not made again. Returns how many pictures were
    checked.
    """
    count = 0
    for image, picture in pictures_in_use(only):
        image.get_renditions(*renditions_of(picture))
        count += 1
    log(f"Renditions ready for {count} pictures.")
    return count
