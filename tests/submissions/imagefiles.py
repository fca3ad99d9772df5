"""Real image files for the submission tests, drawn with Pillow: nothing is downloaded."""

from io import BytesIO

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageDraw

GPS_IFD = 0x8825
ORIENTATION = 0x0112
XMP = (
    b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
    b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
    b'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Jana Secret</dc:creator>'
    b"</rdf:Description></rdf:RDF></x:xmpmeta>"
)


def picture(size=(64, 48), mode="RGB"):
    """Left half red, right half blue: after rotation the halves tell which way is up."""
    image = Image.new(mode, size, "blue")
    ImageDraw.Draw(image).rectangle([0, 0, size[0] // 2 - 1, size[1]], fill="red")
    return image


def encode(image, image_format, **options):
    buffer = BytesIO()
    image.save(buffer, format=image_format, **options)
    return buffer.getvalue()


def gps_exif(orientation=None):
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # camera make
    exif[0x0131] = "Secret Camera App 1.0"  # software
    if orientation:
        exif[ORIENTATION] = orientation
    exif[GPS_IFD] = {
        1: "N",
        2: (44.0, 49.0, 12.5),  # Belgrade
        3: "E",
        4: (20.0, 27.0, 44.0),
    }
    return exif


def jpeg_with_gps(orientation=6, size=(64, 48)):
    """A camera JPEG: GPS position, orientation 6 (rotate 90° clockwise), XMP and a comment."""
    return encode(
        picture(size),
        "JPEG",
        exif=gps_exif(orientation),
        xmp=XMP,
        comment=b"Shot at home, Jana Secret, +381 60 000 0000",
        quality=95,
    )


def png(size=(64, 48), text=True):
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    if text:
        info.add_text("Author", "Jana Secret")
        info.add_text("Location", "44.81 N 20.46 E")
    return encode(picture(size, "RGBA"), "PNG", pnginfo=info, exif=gps_exif())


def webp(size=(64, 48)):
    return encode(picture(size), "WEBP", exif=gps_exif(), xmp=XMP, quality=90)


def animated(image_format, frames=3, size=(200, 200)):
    """An animated GIF, PNG (APNG) or WebP whose frames differ, so none is dropped."""
    images = [Image.new("RGB", size, colour) for colour in ("red", "green", "blue", "white")]
    images = (images * frames)[:frames]
    return encode(
        images[0], image_format, save_all=True, append_images=images[1:], duration=100, loop=0
    )


def truncated_jpeg():
    data = encode(picture((400, 300)), "JPEG", quality=95)
    return data[: len(data) // 2]


def decompression_bomb():
    """A small PNG that would expand to 225 megapixels (one bit each, mostly zeros)."""
    return encode(Image.new("1", (15_000, 15_000)), "PNG", optimize=False)


SVG_WITH_SCRIPT = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(document.cookie)</script><rect width='10' height='10'/></svg>"
)
HTML_PAGE = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"


def polyglot_jpeg_html():
    """A valid JPEG whose comment is an HTML page: an image to Pillow, a page to a sniffer."""
    return encode(picture(), "JPEG", comment=b"<html><body><script>alert(1)</script></body></html>")


def jpeg_with_zip():
    """A valid JPEG followed by a ZIP archive (a "GIFAR"-style polyglot)."""
    import zipfile

    archive = BytesIO()
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("payload.txt", "hidden payload")
    return encode(picture(), "JPEG") + archive.getvalue()


def upload(data, name="photo.jpg", content_type="image/jpeg"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def plain_png(size, mode="RGB"):
    """A PNG of one colour: a few hundred bytes on the wire however large it is declared."""
    return encode(Image.new(mode, size, "white"), "PNG")


def avif_with_gps(size=(64, 48)):
    """An AVIF as a phone exports it: EXIF with a GPS position, and XMP."""
    return encode(picture(size), "AVIF", exif=gps_exif(), xmp=XMP, quality=80)


def heic_with_gps(size=(64, 48)):
    import pillow_heif

    pillow_heif.register_heif_opener()
    return encode(picture(size), "HEIF", exif=gps_exif().tobytes(), xmp=XMP, quality=80)
