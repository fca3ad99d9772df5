"""Renditions of a submitted image keep an unguessable name (issue #11).

Wagtail trims a rendition's file name to 60 characters, filter spec and format included, and
media files are served to anyone: a rendition of an image still under review (or rejected) is
as private as the part of its name that survives the trim.
"""

from pictures.specs import PICTURES, renditions_of
from showcase.models import PortfolioSubmission
from showcase.submissions.orphans import FILE_PREFIX
from tests.submissions.conftest import form_data

# base32: five random bits a character. 55 bits (the longest spec keeps 11 characters) is
# ~3.6 × 10^16 guesses per image: over 100,000 years at ten thousand requests a second.
BITS_PER_CHARACTER = 5
LEAST_RANDOM_BITS = 55


def every_rendition_spec():
    # AVIF and WebP names are the same length (`format-avif.avif`, `format-webp.webp`); WebP
    # stands in for AVIF, which would take seconds per rendition to encode.
    specs = {
        spec.replace("format-avif", "format-webp") for spec in renditions_of(*PICTURES.values())
    }
    return sorted(specs, key=len, reverse=True)


def test_renditions_of_submitted_images_keep_an_unguessable_name(client, submit_url):
    assert client.post(submit_url("en"), form_data(projects=1)).status_code == 302
    image = PortfolioSubmission.objects.get().images.get()
    assert image.file.name.split("/")[-1].startswith(FILE_PREFIX)

    renditions = image.get_renditions(*every_rendition_spec())

    assert len(renditions) == len(every_rendition_spec())
    for spec, rendition in renditions.items():
        name = rendition.file.name.split("/")[-1]
        assert name.startswith(FILE_PREFIX), name  # the sweep still recognises it
        random_part = name[len(FILE_PREFIX) :].split(".")[0]
        assert len(random_part) * BITS_PER_CHARACTER >= LEAST_RANDOM_BITS, (spec, name)
