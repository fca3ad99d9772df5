"""Image checks for public uploads, and the metadata hook every upload goes through."""

from io import BytesIO

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.test import override_settings
from PIL import Image

from showcase.submissions.uploaded_images import check_and_clean, sniff_format
from tests.submissions import imagefiles


def reopen(content):
    return Image.open(BytesIO(content))


def assert_no_metadata(content):
    image = reopen(content)
    assert not image.getexif(), "EXIF survived"
    for key in ("exif", "xmp", "XML:com.adobe.xmp", "comment", "Author", "Location"):
        assert key not in image.info, f"{key} survived"
    assert b"Jana Secret" not in content
    assert b"PhoneMaker" not in content


def rejection(data, name="photo.jpg"):
    with pytest.raises(ValidationError) as caught:
        check_and_clean(imagefiles.upload(data, name))
    return caught.value


def test_source_jpeg_really_carries_gps_xmp_and_comment():
    # The fixture itself must be what the other tests claim it is.
    image = reopen(imagefiles.jpeg_with_gps())
    assert image.getexif().get_ifd(imagefiles.GPS_IFD)[1] == "N"
    assert image.getexif()[imagefiles.ORIENTATION] == 6
    assert b"Jana Secret" in image.info["xmp"]
    assert b"Jana Secret" in image.info["comment"]


def test_jpeg_is_stripped_and_turned_upright():
    clean = check_and_clean(imagefiles.upload(imagefiles.jpeg_with_gps()))
    assert clean.format == "JPEG" and clean.extension == "jpg"
    assert_no_metadata(clean.content)
    upright = reopen(clean.content).convert("RGB")
    # Orientation 6: the stored 64×48 picture is shown rotated 90° clockwise, so 48×64 with
    # the red half (left) on top.
    assert upright.size == (48, 64) == (clean.width, clean.height)
    red, blue = upright.getpixel((24, 5)), upright.getpixel((24, 58))
    assert red[0] > 200 and red[2] < 60
    assert blue[2] > 200 and blue[0] < 60


@pytest.mark.parametrize(
    ("data", "image_format"),
    [(imagefiles.png(), "PNG"), (imagefiles.webp(), "WEBP")],
    ids=["png", "webp"],
)
def test_png_and_webp_are_accepted_without_metadata(data, image_format):
    assert reopen(data).info  # the source carries text/EXIF/XMP
    clean = check_and_clean(imagefiles.upload(data, "picture.png"))
    assert clean.format == image_format
    assert_no_metadata(clean.content)
    assert reopen(clean.content).size == (64, 48)


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (imagefiles.SVG_WITH_SCRIPT, "cat.jpg"),
        (imagefiles.HTML_PAGE, "cat.jpg"),
        (b"%PDF-1.4 not an image at all", "cat.png"),
        (imagefiles.animated("GIF"), "cat.webp"),
        (b"", "empty.jpg"),
    ],
    ids=["svg", "html", "pdf", "gif", "empty"],
)
def test_non_images_with_image_names_are_refused(data, name):
    assert rejection(data, name).code == "not_an_image"


def test_truncated_image_is_refused_not_crashing():
    assert rejection(imagefiles.truncated_jpeg()).code == "corrupt_image"


def test_decompression_bomb_is_refused_before_decoding():
    data = imagefiles.decompression_bomb()
    assert len(data) < 1_000_000  # small on the wire, 225 megapixels once decoded
    assert rejection(data, "bomb.png").code == "too_many_pixels"


@override_settings(WAGTAILIMAGES_MAX_IMAGE_PIXELS=100_000)
@pytest.mark.parametrize("image_format", ["WEBP", "PNG"])
def test_animation_whose_frames_add_up_past_the_limit_is_refused(image_format):
    # Each 200×200 frame (40,000 pixels) is under the limit; three of them are not.
    data = imagefiles.animated(image_format, frames=3)
    assert reopen(data).n_frames == 3
    assert rejection(data, "anim.webp").code == "too_many_pixels"


@override_settings(WAGTAILIMAGES_MAX_IMAGE_PIXELS=100_000)
def test_short_animation_under_the_limit_keeps_its_frames():
    clean = check_and_clean(imagefiles.upload(imagefiles.animated("WEBP", frames=2), "a.webp"))
    assert clean.frames == 2
    assert reopen(clean.content).n_frames == 2


def test_polyglot_with_html_inside_is_refused():
    assert rejection(imagefiles.polyglot_jpeg_html()).code == "hidden_markup"


def test_appended_archive_does_not_survive_cleaning():
    data = imagefiles.jpeg_with_zip()
    assert b"PK\x03\x04" in data
    clean = check_and_clean(imagefiles.upload(data))
    assert b"PK\x03\x04" not in clean.content
    assert b"hidden payload" not in clean.content


@override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=1000)
def test_file_over_the_size_limit_is_refused():
    error = rejection(imagefiles.jpeg_with_gps(size=(300, 300)))
    assert error.code == "file_too_large"


def test_sniffing_reads_content_not_names():
    assert sniff_format(imagefiles.webp()[:16]) == "WEBP"
    assert sniff_format(imagefiles.png()[:16]) == "PNG"
    assert sniff_format(b"GIF89a") is None


@pytest.mark.django_db
def test_admin_uploads_and_renditions_lose_their_metadata(demo):
    """The upload hook: any new original is cleaned, so renditions have nothing to inherit."""
    from wagtail.images import get_image_model

    image = get_image_model()(title="Camera upload")
    image.file = ContentFile(imagefiles.jpeg_with_gps(size=(640, 480)), name="IMG_0001.jpg")
    image.save()

    with image.open_file() as stored:
        original = stored.read()
    assert_no_metadata(original)
    assert (image.width, image.height) == (480, 640)  # upright, and the fields agree
    assert image.file_size == len(original)

    rendition = image.get_rendition("fill-200x200")
    with rendition.file.open("rb") as stored:
        assert_no_metadata(stored.read())


@pytest.mark.django_db
def test_clean_uploads_are_stored_untouched(demo):
    from wagtail.images import get_image_model

    data = imagefiles.encode(imagefiles.picture(), "PNG")
    image = get_image_model()(title="Plain")
    image.file = ContentFile(data, name="plain.png")
    image.save()
    with image.open_file() as stored:
        assert stored.read() == data
