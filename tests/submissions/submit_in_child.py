"""One real submission, posted to the real view, in a process of its own.

Run by test_worker_killed.py as `python -m tests.submissions.submit_in_child NAME EMAIL` with
DJANGO_SETTINGS_MODULE=tests.submissions.child_settings. With the environment variable
PAUSE_BEFORE_COMMIT set to a marker file's path, the service is patched to stop once it has
created everything (the image files are written, the transaction is still open), write its
process id to the marker and wait to be killed; without it the submission completes and its
images get a rendition, as a curator's preview would make. Exit status 0 when the view answered
with its redirect to the status page.
"""

import functools
import os
import sys
import time
from pathlib import Path

import django

PAUSE_BEFORE_COMMIT = "SUBMIT_IN_CHILD_PAUSE_BEFORE_COMMIT"


def pause_before_commit(marker):
    """Patch the submission service: after `_create`, inside its transaction, wait to be killed."""
    from showcase.submissions import services

    create = services._create

    @functools.wraps(create)
    def create_then_wait(*args, **kwargs):
        submission = create(*args, **kwargs)
        Path(marker).write_text(str(os.getpid()))
        time.sleep(120)
        return submission

    services._create = create_then_wait


def main(name, email):
    django.setup()
    from django.test import Client

    from showcase.models import PortfolioSubmission, PortfolioSubmissionPage
    from tests.conftest import url_in
    from tests.submissions.conftest import form_data

    if os.environ.get(PAUSE_BEFORE_COMMIT):
        pause_before_commit(os.environ[PAUSE_BEFORE_COMMIT])
    page = PortfolioSubmissionPage.objects.get(locale__language_code="en")
    data = form_data(projects=2, images_per_project=2, name=name, email=email)
    response = Client().post(url_in(page, "en"), data)
    if response.status_code != 302:
        print(response.status_code, response.content.decode()[:2000], file=sys.stderr)
        return 1
    for image in PortfolioSubmission.objects.get(email=email).images.all():
        image.get_rendition("fill-160x160-c100|format-webp")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
