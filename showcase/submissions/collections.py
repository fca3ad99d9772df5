"""The two collections submitted images live in: private while reviewed, public once shown."""

from wagtail.models import Collection

SUBMISSIONS = "Submissions"
PORTFOLIOS = "Portfolios"


def collection(name):
    root = Collection.get_first_root_node()
    return root.get_children().filter(name=name).first() or root.add_child(name=name)


def images_shown_by(page):
    """The images a designer or project page displays (cover and story blocks)."""
    images = [getattr(page, "cover_image", None), getattr(page, "portrait", None)]
    for block in getattr(page, "body", None) or []:
        if block.block_type == "image":
            images.append(block.value["image"])
        elif block.block_type == "gallery":
            images += [item["image"] for item in block.value["images"]]
    return [image for image in images if image is not None]
