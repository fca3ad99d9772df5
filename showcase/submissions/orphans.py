"""Files a killed worker left behind, and sweeping them away.

A submission writes its image files to storage inside its database transaction (Wagtail saves
the file, then the row). If the worker dies before the commit (SIGKILL, out of memory, a
restart), the database rolls the rows back but the files stay, and nothing refers to them.
The same happens if a worker dies between a withdrawal's commit and Wagtail's after-commit file
deletion. `submit_portfolio()` cleans up after exceptions; this sweep is for deaths.

How the sweep tells an orphan: submitted files, and the renditions made from them, have names
starting with FILE_PREFIX (`original_images/sub-<random>.jpeg`,
`images/sub-<random, trimmed>.<hash>.<spec>.webp`; files stored before issue #11 start with
`submission-`), which nothing else uses. Such a file is an
orphan when no image or rendition row names it and it is older than the grace period; the
grace period keeps the files of a submission whose transaction is still open. Files without
the prefix (admin uploads, the demo) are never touched, even when nothing refers to them.
Images held across a validation error (`HELD_FOLDER`, held_uploads.py) are never named by a
row: they are deleted once older than the form's lifetime (`SUBMISSION_FORM_MAX_AGE`), after
which their signed reference no longer works anyway.

`manage.py sweep_submission_files` runs it: at every production start (ops/serve-production.sh)
and on a schedule (docs/operations.md).
"""

import base64
import secrets
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from wagtail.images import get_image_model

FILE_PREFIX = "sub-"
# Files stored before the names changed (issue #11): still swept.
FILE_PREFIXES = (FILE_PREFIX, "submission-")
# Wagtail's own folders: get_upload_to() and get_rendition_upload_to() in wagtail.images.models.
ORIGINALS_FOLDER = "original_images"
RENDITIONS_FOLDER = "images"
# Images held across a validation error (held_uploads.py): no row ever names them.
HELD_FOLDER = "held_uploads"


def submission_file_name(extension):
    """A new random name for a submitted image: the prefix, then 128 random bits in base32.

    Wagtail trims a rendition's name to 60 characters, its filter spec and format included, so
    only the first dozen characters of the original's name survive in `images/…`; a rendition of
    an unapproved image is served to anyone who guesses that name. Randomness comes right after
    a short prefix, five bits a character, so the part every rendition keeps is still
    unguessable (issue #11: with `submission-<hex>` it kept 4–6 hex digits, ~65k guesses).
    """
    random = base64.b32encode(secrets.token_bytes(16)).decode().rstrip("=").lower()
    return f"{FILE_PREFIX}{random}.{extension}"


@dataclass
class SweepResult:
    deleted: list = field(default_factory=list)
    kept_young: list = field(default_factory=list)
    # Held images kept because a form may still send their reference back: not "young" by the
    # grace period, so counted apart (the command's summary names each rule).
    kept_held: list = field(default_factory=list)
    referenced: int = 0


def _listed(storage, folder):
    try:
        _dirs, files = storage.listdir(folder)
    except FileNotFoundError:  # nothing was ever uploaded
        return []
    return [f"{folder}/{name}" for name in files if name.startswith(FILE_PREFIXES)]


def sweep(grace=timedelta(hours=1), dry_run=False):
    """Delete submission files no row refers to and older than `grace`; say what was done."""
    Image = get_image_model()
    Rendition = Image.get_rendition_model()
    result = SweepResult()
    for model, folder in ((Image, ORIGINALS_FOLDER), (Rendition, RENDITIONS_FOLDER)):
        storage = model._meta.get_field("file").storage
        # List first, then read the rows: a row committed in between is seen, so its file is
        # kept; a file written after the listing is not looked at.
        candidates = _listed(storage, folder)
        prefixed = Q()
        for prefix in FILE_PREFIXES:
            prefixed |= Q(file__startswith=f"{folder}/{prefix}")
        names = set(model.objects.filter(prefixed).values_list("file", flat=True))
        cutoff = timezone.now() - grace
        for name in candidates:
            if name in names:
                result.referenced += 1
            elif storage.get_modified_time(name) > cutoff:
                result.kept_young.append(name)
            else:
                if not dry_run:
                    storage.delete(name)
                result.deleted.append(name)
    _sweep_held(result, grace, dry_run)
    return result


def held_lifetime(grace):
    """How long a held image is kept: while its form's reference still verifies."""
    return max(grace, timedelta(seconds=settings.SUBMISSION_FORM_MAX_AGE))


def _sweep_held(result, grace, dry_run):
    """Held images are only reachable while their form is (SUBMISSION_FORM_MAX_AGE)."""
    storage = get_image_model()._meta.get_field("file").storage
    cutoff = timezone.now() - held_lifetime(grace)
    for name in _listed(storage, HELD_FOLDER):
        if storage.get_modified_time(name) > cutoff:
            result.kept_held.append(name)
        else:
            if not dry_run:
                storage.delete(name)
            result.deleted.append(name)
