"""After a publish the worker makes every rendition the page shows, so the first visitor of a
new gallery page waits for no image encoding (issue #16; pictures/tasks.py)."""

import pytest
from django.core.cache import cache
from wagtail.images import get_image_model

from pictures.specs import renditions_of
from pictures.warming import pictures_of_page
from showcase.models import ProjectPage
from tests.conftest import url_in


def renditions():
    return get_image_model().get_rendition_model().objects.count()


@pytest.fixture
def gallery_page(demo):
    # Wagtail also keeps renditions in the default cache, which outlives each test's rolled-back
    # rows: start from the database alone.
    cache.clear()
    yield gallery_project()
    cache.clear()


def gallery_project():
    pages = ProjectPage.objects.live().filter(locale__language_code="en").specific()
    return next(p for p in pages if any(b.block_type == "gallery" for b in p.body))


def test_the_first_view_after_a_publish_encodes_no_image(client, gallery_page, settings):
    settings.WARM_RENDITIONS_ON_PUBLISH = True  # tests run tasks at once (immediate backend)

    gallery_page.save_revision().publish()
    cache.clear()  # the view must find the renditions the task stored
    before = renditions()
    response = client.get(url_in(gallery_page, "en"))

    assert response.status_code == 200
    assert renditions() == before, "the visitor's request encoded images"


def test_without_the_task_the_first_visitor_pays_for_the_encoding(client, gallery_page, settings):
    """The control: the same view, when nothing made the renditions ahead, makes them."""
    settings.WARM_RENDITIONS_ON_PUBLISH = False

    gallery_page.save_revision().publish()
    before = renditions()
    client.get(url_in(gallery_page, "en"))

    assert renditions() > before


def test_the_task_makes_every_spec_of_every_picture_in_every_format(gallery_page, settings):
    settings.WARM_RENDITIONS_ON_PUBLISH = True
    gallery_page.save_revision().publish()

    pictures = list(pictures_of_page(gallery_page))
    gallery = [b for b in gallery_page.body if b.block_type == "gallery"][0]
    assert {item["image"].pk for item in gallery.value["images"]} <= {i.pk for i, _ in pictures}
    for image, picture in pictures:
        made = {r.filter_spec for r in image.renditions.all()}
        assert set(renditions_of(picture)) <= made, (image, picture)
