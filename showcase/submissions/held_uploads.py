"""Images kept across a validation error (issue #13).

A browser cannot put a file back into a file input, so before this one mistake anywhere on the
form cleared every chosen image. Now each image that passed its checks is held on the server,
already cleaned (decoded and encoded again: no metadata, docs/submissions.md), and the form
comes back with a signed reference to it in a hidden field, a preview, and the choice to pick
another file. The next post reuses the held image without uploading or decoding it again.

- The reference is signed (`django.core.signing`, its own salt) and names the stored file and
  what the form counts (format, sides, frames, size). It expires with the form
  (`SUBMISSION_FORM_MAX_AGE`). A reference that does not verify is refused with a message and
  a 400: it can only have been edited.
- Held files carry the submission prefix (`orphans.submission_file_name`) in a folder of their
  own, `HELD_FOLDER`; no image row ever names them, so `orphans.sweep()` deletes those older
  than the form's lifetime. A successful submission stores its own copies and deletes the held
  files it used at once.
- The stored name is random (128 bits), so the preview URL (the reference itself) is as hard to
  guess as a submitted image.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model

from showcase.submissions import orphans
from showcase.submissions.uploaded_images import ACCEPTED, CleanImage

SALT = "showcase.submissions.held-upload"
HELD_FOLDER = orphans.HELD_FOLDER
CONTENT_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}


class Tampered(Exception):
    """A reference that does not verify: not one the form gave out."""


def storage():
    # Where submitted originals go, so held files live (and are swept) beside them.
    return get_image_model()._meta.get_field("file").storage


@dataclass(frozen=True)
class HeldImage:
    """A cleaned image waiting on the server for the form to be sent again."""

    token: str
    name: str
    format: str
    width: int
    height: int
    frames: int
    size: int

    @property
    def pixels(self):
        return self.width * self.height * self.frames

    @property
    def content_type(self):
        return CONTENT_TYPES[self.format]

    def clean_image(self):
        """The held image as `check_and_clean()` returned it; None if it was swept."""
        try:
            with storage().open(self.name, "rb") as stored:
                content = stored.read()
        except (FileNotFoundError, OSError):
            return None
        return CleanImage(content, self.format, self.width, self.height, self.frames)


def hold(clean):
    """Store a cleaned image and return its HeldImage, whose `token` goes in the form."""
    name = storage().save(
        f"{HELD_FOLDER}/{orphans.submission_file_name(clean.extension)}",
        ContentFile(clean.content),
    )
    value = {
        "f": name,
        "t": clean.format,
        "w": clean.width,
        "h": clean.height,
        "n": clean.frames,
        "s": len(clean.content),
    }
    return _held(signing.dumps(value, salt=SALT, compress=True), value)


def read(token):
    """The HeldImage a reference names. Raises Tampered, or ValidationError once expired."""
    if not isinstance(token, str) or len(token) > 1000:  # ours are ~200 characters
        raise Tampered(str(token)[:40])
    try:
        value = signing.loads(token, salt=SALT, max_age=settings.SUBMISSION_FORM_MAX_AGE)
    except signing.SignatureExpired:
        raise expired() from None
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise Tampered(str(token)[:40]) from error
    try:
        held = _held(token, value)
    except (KeyError, TypeError, ValueError) as error:
        raise Tampered(str(token)[:40]) from error
    folder, _slash, base = held.name.partition("/")
    if folder != HELD_FOLDER or "/" in base or not base.startswith(orphans.FILE_PREFIX):
        raise Tampered(held.name)
    return held


def _held(token, value):
    image_format = str(value["t"])
    if image_format not in ACCEPTED:
        raise ValueError(image_format)
    return HeldImage(
        token=token,
        name=str(value["f"]),
        format=image_format,
        width=int(value["w"]),
        height=int(value["h"]),
        frames=int(value["n"]),
        size=int(value["s"]),
    )


def expired():
    return ValidationError(
        _("The image you chose earlier is no longer kept for this form. Please choose it again."),
        code="held_expired",
    )


def tampered():
    return ValidationError(
        _(
            "The image you chose earlier could not be recognised (the form was changed). "
            "Please choose the image again."
        ),
        code="held_tampered",
    )


def release(held_images):
    """Delete held files once a submission has stored its own copies."""
    for held in held_images:
        storage().delete(held.name)
