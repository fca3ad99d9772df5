"""Images that would break pages or workers (issue #11): sides and ratios every rendition can
encode, animated PNGs, work done before decoding, and metadata in every accepted format."""

import logging
from contextlib import contextmanager
from io import BytesIO

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.template import Context, Template
from PIL import Image, ImageFile, WebPImagePlugin
from wagtail.images import get_image_model

from pictures import specs as pictures
from showcase.models import PortfolioSubmission
from showcase.submissions import uploaded_images as images
from tests.submissions import imagefiles
from tests.submissions.conftest import counts, form_data, tr

SIDE_MESSAGE = (
    "This image is %(width)s × %(height)s pixels; please send images whose longest side is at "
    "most %(side)s pixels and at most %(ratio)s times their shortest side."
)


def png_upload(size, name="long-screenshot.png"):
    return imagefiles.upload(imagefiles.plain_png(size), name, "image/png")


@contextmanager
def decoding_spied():
    """Yields the sizes of the images Pillow decodes meanwhile: a spy that calls the real
    `load()` (measuring, not mocking)."""
    calls = []
    originals = {}
    for cls in (Image.Image, ImageFile.ImageFile, WebPImagePlugin.WebPImageFile):
        originals[cls] = original = cls.__dict__["load"]

        def spy(self, *args, _original=original, **kwargs):
            calls.append(self.size)
            return _original(self, *args, **kwargs)

        cls.load = spy
    try:
        yield calls
    finally:
        for cls, original in originals.items():
            cls.load = original


@pytest.fixture
def admin_client(client, demo):
    client.force_login(get_user_model().objects.get(username="admin"))
    return client


# --- 1. Sides and ratios ---------------------------------------------------------------------


def test_limits_leave_a_margin_under_every_encoder():
    # The longest side any rendition can have is the original's (renditions never upscale).
    assert images.MAX_IMAGE_SIDE * 1.5 < images.WEBP_MAX_SIDE
    assert images.MAX_ASPECT_RATIO >= 4  # panoramas and posters still fit


@pytest.mark.parametrize(
    "size",
    [(120, images.MAX_IMAGE_SIDE + 1), (images.MAX_IMAGE_SIDE + 1, 2400), (100, 1000)],
    ids=["too-tall", "too-wide", "too-thin"],
)
def test_form_refuses_images_beyond_the_side_and_ratio_limits(client, submit_url, size):
    before = counts()
    response = client.post(submit_url("sv"), form_data(**{"project-0-image_0": png_upload(size)}))
    html = response.content.decode()
    assert response.status_code == 400
    expected = tr(
        SIDE_MESSAGE, "sv", width=size[0], height=size[1], side=images.MAX_IMAGE_SIDE,
        ratio=images.MAX_ASPECT_RATIO,
    )  # fmt: skip
    assert expected in html
    assert 'id="id_project-0-image_0_error"' in html
    assert 'value="Novi Sad"' in html  # what the person typed comes back
    assert counts() == before


def test_form_side_message_is_translated_into_serbian(client, submit_url):
    size = (120, images.MAX_IMAGE_SIDE + 1)
    response = client.post(submit_url("sr"), form_data(**{"project-0-image_0": png_upload(size)}))
    assert response.status_code == 400
    expected = tr(
        SIDE_MESSAGE, "sr", width=120, height=size[1], side=images.MAX_IMAGE_SIDE,
        ratio=images.MAX_ASPECT_RATIO,
    )  # fmt: skip
    assert expected in response.content.decode()


def admin_add(client, data, name="upload.png", title="Editor upload"):
    from wagtail.models import Collection

    return client.post(
        "/admin/images/add/",
        {
            "title": title,
            "file": imagefiles.upload(data, name, "image/png"),
            "collection": Collection.get_first_root_node().pk,
            "tags": "",
        },
    )


def test_admin_refuses_images_beyond_the_limits(admin_client):
    Image_ = get_image_model()
    before = Image_.objects.count()
    response = admin_add(admin_client, imagefiles.plain_png((1440, 20_000)))
    assert response.status_code == 200  # the form again, with the message by the file field
    html = response.content.decode()
    assert "1440 × 20000" in html
    assert Image_.objects.count() == before


def test_admin_accepts_ordinary_images(admin_client):
    response = admin_add(admin_client, imagefiles.plain_png((1200, 800)), title="Ordinary")
    assert response.status_code == 302
    assert get_image_model().objects.filter(title="Ordinary").exists()


@pytest.mark.django_db
def test_picture_skips_a_format_that_cannot_be_encoded(demo, caplog):
    # Made in the database directly, as an image from before the limits would be.
    image = get_image_model()(title="Long screenshot")
    image.file = ContentFile(imagefiles.plain_png((100, 17_000)), name="long.png")
    image.save()
    template = Template(
        "{% load wagtailimages_tags %}{% picture image " + pictures.GALLERY_PICTURE + ' alt="" %}'
    )
    with caplog.at_level(logging.WARNING):
        html = template.render(Context({"image": image}))
    assert 'type="image/webp"' not in html  # WebP stops at 16,383 px
    assert "<img" in html and ".jpg" in html  # the page still has its picture
    assert any("webp" in record.getMessage().lower() for record in caplog.records)


# --- 2. Animated PNG -------------------------------------------------------------------------


def test_animated_png_is_flattened_and_renders(client, submit_url):
    apng = imagefiles.upload(imagefiles.animated("PNG", frames=3), "moving.png", "image/png")
    response = client.post(submit_url("en"), form_data(**{"project-0-image_0": apng}))
    assert response.status_code == 302, response.content.decode()[:1000]
    image = PortfolioSubmission.objects.get().images.get()
    with image.open_file() as stored:
        flat = Image.open(BytesIO(stored.read()))
        assert flat.format == "PNG"
        assert getattr(flat, "n_frames", 1) == 1
        assert flat.convert("RGB").getpixel((10, 10)) == (255, 0, 0)  # the first frame
    renditions = image.get_renditions(*pictures.renditions_of(pictures.HERO_PICTURE))
    assert all(rendition.width for rendition in renditions.values())


# --- 3. Nothing is decoded before the cheap checks -------------------------------------------


def test_too_many_files_are_refused_before_any_decoding(client, submit_url, settings):
    settings.SUBMISSION_MAX_IMAGES = 2
    before = counts()
    data = form_data(projects=1, images_per_project=3)
    with decoding_spied() as decoded:
        response = client.post(submit_url("sv"), data)
    assert response.status_code == 400
    assert tr(
        ("Please send at most %(max)s image in all.", "Please send at most %(max)s images in all.",
         2), "sv", max=2,
    ) in response.content.decode()  # fmt: skip
    assert decoded == []
    assert counts() == before


def test_cheap_image_with_huge_declared_dimensions_is_not_decoded(client, submit_url):
    size = (6000, 6000)  # 36 megapixels: a ~120 kB PNG
    before = counts()
    data = form_data(**{"project-0-image_0": png_upload(size, "cheap.png")})
    with decoding_spied() as decoded:
        response = client.post(submit_url("sv"), data)
    assert response.status_code == 400
    assert 'id="id_project-0-image_0_error"' in response.content.decode()
    assert decoded == []
    assert counts() == before


def test_declared_pixels_of_all_images_together_are_limited(client, submit_url, settings):
    settings.SUBMISSION_MAX_TOTAL_PIXELS = 1_000
    before = counts()
    data = form_data(projects=1, images_per_project=2)
    with decoding_spied() as decoded:
        response = client.post(submit_url("en"), data)
    assert response.status_code == 400
    assert decoded == []
    assert counts() == before


# --- 4. Metadata in AVIF and HEIC ------------------------------------------------------------


def assert_no_gps(data):
    stored = Image.open(BytesIO(data))
    assert not stored.getexif().get_ifd(imagefiles.GPS_IFD)
    assert b"PhoneMaker" not in data and b"Jana Secret" not in data


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "name", "image_format"),
    [
        (imagefiles.avif_with_gps(), "phone.avif", "AVIF"),
        (imagefiles.heic_with_gps(), "phone.heic", "HEIF"),
    ],
    ids=["avif", "heic"],
)
def test_upload_hook_strips_avif_and_heic(demo, data, name, image_format):
    source = Image.open(BytesIO(data))
    assert source.getexif().get_ifd(imagefiles.GPS_IFD)  # the fixture carries a position
    image = get_image_model()(title="Phone upload")
    image.file = ContentFile(data, name=name)
    image.save()
    with image.open_file() as stored:
        original = stored.read()
    assert_no_gps(original)
    assert Image.open(BytesIO(original)).format == image_format
    assert (image.width, image.height) == (64, 48)


def test_admin_avif_upload_keeps_no_gps(admin_client):
    response = admin_add(admin_client, imagefiles.avif_with_gps(), "phone.avif", "Phone AVIF")
    assert response.status_code == 302
    image = get_image_model().objects.get(title="Phone AVIF")
    with image.open_file() as stored:
        assert_no_gps(stored.read())
