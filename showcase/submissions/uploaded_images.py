"""Checking and cleaning images: what a stranger uploads, and what any upload keeps.

Wagtail's image field is not enough for public uploads (docs/submissions.md): it trusts Pillow to
identify a file, lets some corrupt files raise instead of failing validation, does not count the
frames of animated images against the pixel limit, and keeps EXIF (GPS included) in the original
and in renditions. `check_and_clean()` closes those gaps for the submission form;
`strip_metadata()` is the upload hook for every other image (`showcase.apps`).

Every public upload is decoded and encoded again from its pixels. That is what makes the stored
file safe whatever the upload hid (an appended archive, markup in a comment, a second image):
only pixels survive, plus the colour profile and animation timing.
"""

import contextlib
import hashlib
import re
import warnings
from dataclasses import dataclass
from io import BytesIO

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

# The largest side and the most elongated shape an image may have, on the public form and in
# the admin (docs/submissions.md, "Sides and ratios"). Renditions never upscale, so no rendition
# of an accepted image is longer than MAX_IMAGE_SIDE: well under WebP's hard limit, and far under
# what AVIF (libavif) and JPEG can encode.
MAX_IMAGE_SIDE = 10_000
MAX_ASPECT_RATIO = 5
WEBP_MAX_SIDE = 16_383

# The formats the public form accepts, keyed by the signature of their first bytes.
ACCEPTED = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}

# Markup that has no business inside an image: a file with it is a polyglot (it would run as
# HTML or SVG if a browser were ever talked into sniffing it), however valid its pixels are.
HIDDEN_MARKUP = re.compile(
    rb"<\s*(?:script|html|svg|body|iframe|object|embed|\?php|!doctype)\b|javascript:", re.I
)

# Keys in Pillow's `info` that describe how to draw the pixels, not who or where.
HARMLESS_INFO = {
    "dpi", "icc_profile", "gamma", "transparency", "duration", "loop", "background", "jfif",
    "jfif_version", "jfif_density", "jfif_unit", "progressive", "progression", "adobe",
    "adobe_transform", "srgb", "chromaticity", "interlace", "aspect", "blend", "disposal",
    "default_image", "bbox", "version", "extension", "mode", "lossless",
}  # fmt: skip

# Formats strip_metadata() re-encodes: every raster format Wagtail accepts (its default
# WAGTAILIMAGES_EXTENSIONS: AVIF, GIF, JPEG, PNG, WebP) and HEIC/HEIF (pillow_heif, which Willow
# loads), should it be added to the extensions. SVG has no pixels to re-encode.
REENCODABLE = {"JPEG", "PNG", "WEBP", "GIF", "AVIF", "HEIF"}
# Formats whose animations are kept; an animated PNG keeps its first frame, a HEIF sequence its
# primary image.
ANIMATABLE = {"WEBP", "GIF", "AVIF"}

# Pixel modes kept as they are; anything else is converted (palettes, CMYK, 16-bit).
MODES = {"JPEG": {"RGB", "L"}, "PNG": {"RGB", "RGBA", "L", "LA"}, "WEBP": {"RGB", "RGBA"},
         "GIF": {"RGBA"}, "AVIF": {"RGB", "RGBA"}, "HEIF": {"RGB", "RGBA"}}  # fmt: skip

# HEIC/HEIF: the opener Willow uses; without pillow_heif such files are left as they are.
with contextlib.suppress(ImportError):
    from pillow_heif import HeifImagePlugin  # noqa: F401


@dataclass(frozen=True)
class CleanImage:
    content: bytes
    format: str
    width: int
    height: int
    frames: int

    @property
    def extension(self):
        return ACCEPTED[self.format]


def sniff_format(head):
    """The image format the first bytes announce, or None: the name of a file is not trusted."""
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    return None


@dataclass(frozen=True)
class Header:
    """What a file's first bytes declare, read without decoding a single pixel."""

    format: str
    width: int
    height: int
    frames: int

    @property
    def pixels(self):
        return self.width * self.height * self.frames


def check_shape(width, height):
    """Refuse an image no rendition of which every format can encode (MAX_IMAGE_SIDE)."""
    longest, shortest = max(width, height), min(width, height)
    if longest > MAX_IMAGE_SIDE or longest > shortest * MAX_ASPECT_RATIO:
        raise ValidationError(
            _(
                "This image is %(width)s × %(height)s pixels; please send images whose longest "
                "side is at most %(side)s pixels and at most %(ratio)s times their shortest side."
            ),
            code="image_shape",
            params={
                "width": width,
                "height": height,
                "side": MAX_IMAGE_SIDE,
                "ratio": MAX_ASPECT_RATIO,
            },
        )


def too_many_pixels(limit):
    return ValidationError(
        _("This image has too many pixels (at most %(limit)s megapixels, all frames together)."),
        code="too_many_pixels",
        params={"limit": limit // 1_000_000},
    )


def max_pixels():
    """The pixel limit of one public upload: the stricter of Wagtail's and the form's own."""
    return min(settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS, settings.SUBMISSION_MAX_IMAGE_PIXELS)


def inspect(upload):
    """Check a public upload without decoding it: size, type, markup, declared pixels, shape.

    Everything here costs a read of the file and of its header, however many pixels it
    declares, so the form can refuse a file (or a whole POST, by counting) before any image
    is decoded (docs/submissions.md, "Work before decoding"). Returns a Header.
    """
    limit = settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    if upload.size > limit:
        raise ValidationError(
            _("This file is %(size)s; images can be at most %(limit)s."),
            code="file_too_large",
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
        )
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    image_format = sniff_format(data[:16])
    if image_format is None:
        raise ValidationError(
            _("This file is not a JPEG, PNG or WebP image (whatever its name says)."),
            code="not_an_image",
        )
    if HIDDEN_MARKUP.search(data):
        raise ValidationError(
            _("This image contains web page code, so it cannot be accepted. Export it again."),
            code="hidden_markup",
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(BytesIO(data), formats=[image_format])  # the header only
            header = Header(image_format, image.width, image.height, getattr(image, "n_frames", 1))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise too_many_pixels(max_pixels()) from error
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as error:
        raise unreadable() from error
    check_shape(header.width, header.height)
    if header.pixels > max_pixels():
        raise too_many_pixels(max_pixels())
    return header


def unreadable():
    return ValidationError(
        _("This image is damaged or incomplete and cannot be read."), code="corrupt_image"
    )


def check_and_clean(upload):
    """Validate an uploaded file as a JPEG, PNG or WebP image and return it cleaned.

    `inspect()` first (nothing decoded), then every frame is decoded and encoded again.
    Raises ValidationError with a message for the person who sent it.
    """
    header = inspect(upload)
    upload.seek(0)
    data = upload.read()
    image = open_checked(data, header.format)
    content = reencode(image, header.format, lossless=data[12:16] == b"VP8L")
    reopened = Image.open(BytesIO(content))
    width, height = reopened.size  # upright: orientation is applied
    return CleanImage(content, header.format, width, height, getattr(reopened, "n_frames", 1))


def open_checked(data, image_format):
    """Open and fully decode `data`, enforcing the pixel limit over all frames."""
    limit = max_pixels()
    with warnings.catch_warnings():
        # Pillow only warns between its limit and twice its limit: a warning is a refusal here.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(BytesIO(data), formats=[image_format])
            # Counted from the header, before any pixel is decoded: a bomb never expands.
            if image.width * image.height * getattr(image, "n_frames", 1) > limit:
                raise too_many_pixels(limit)
            for frame in ImageSequence.Iterator(image):
                frame.load()
            image.seek(0)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
            raise too_many_pixels(limit) from error
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as error:
            # Truncated data, broken chunks and bad headers all surface as one of these.
            raise unreadable() from error
    return image


def reencode(image, image_format, lossless=False):
    """Encode `image` again from its pixels: no EXIF, XMP, comments or text chunks survive.

    EXIF orientation is applied first, so photos stay upright once the tag is gone.
    """
    # Willow (so Wagtail's renditions) cannot open an animated PNG at all: it keeps its first
    # frame (docs/submissions.md, "Animated PNG"). Animated WebP and GIF stay animated.
    animated = getattr(image, "n_frames", 1) > 1 and image_format in ANIMATABLE
    if animated:
        frames = [frame.copy() for frame in ImageSequence.Iterator(image)]
        durations = [frame.info.get("duration", 100) for frame in frames]
    else:
        image.seek(0)
        frames = [ImageOps.exif_transpose(image)]
    icc_profile = image.info.get("icc_profile")
    clean_frames = []
    for frame in frames:
        if frame.mode not in MODES[image_format]:
            has_alpha = "A" in frame.getbands() or "transparency" in frame.info
            wanted = "RGBA" if has_alpha or image_format == "GIF" else "RGB"
            wanted = "RGB" if image_format == "JPEG" else wanted
            frame = frame.convert(wanted)
            icc_profile = None  # the profile described the old colour space
        # A new image from raw pixels has an empty `info`: nothing of the upload rides along.
        clean_frames.append(Image.frombytes(frame.mode, frame.size, frame.tobytes()))

    options = {"icc_profile": icc_profile} if icc_profile else {}
    if image_format in ("JPEG", "AVIF", "HEIF"):
        options.update(quality=90)
    elif image_format == "WEBP":
        options.update(lossless=True) if lossless else options.update(quality=90)
    if animated:
        options.update(
            save_all=True,
            append_images=clean_frames[1:],
            duration=durations,
            loop=image.info.get("loop", 0),
        )
    output = BytesIO()
    clean_frames[0].save(output, format=image_format, **options)
    return output.getvalue()


def carries_metadata(image):
    """Whether a decoded image holds anything beyond pixels and how to draw them."""
    return bool(image.getexif()) or any(key not in HARMLESS_INFO for key in image.info)


def strip_metadata(image_model):
    """Upload hook: clean a new original before it is stored, so no rendition inherits EXIF.

    Runs for every image saved with a new file (admin uploads, the API, the demo loader,
    submissions), in every format Wagtail accepts (AVIF and HEIC included). A file without
    metadata is left exactly as it is, except an animated PNG, which keeps its first frame.
    """
    field_file = image_model.file
    if not field_file or getattr(field_file, "_committed", True):
        return False
    field_file.seek(0)
    data = field_file.read()
    field_file.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(BytesIO(data))
            if image.format not in REENCODABLE:
                return False
            # An animated PNG is flattened even without metadata: Willow cannot open it.
            apng = image.format == "PNG" and getattr(image, "n_frames", 1) > 1
            if not (apng or carries_metadata(image)):
                return False
            image.load()
            content = reencode(image, image.format, lossless=data[12:16] == b"VP8L")
    except (OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombWarning):
        # Not ours to judge here: Wagtail's own validation has accepted the file.
        return False

    name = field_file.name.rsplit("/", 1)[-1]
    image_model.file = ContentFile(content, name=name)
    image_model.file_size = len(content)
    image_model.file_hash = hashlib.sha1(content).hexdigest()
    return True
