"""One real submission, posted to the real view, in a process of its own.

Run by test_worker_killed.py as `python -m tests.submissions.submit_in_child NAME EMAIL` with
DJANGO_SETTINGS_MODULE=tests.submissions.child_settings. With the environment variable named by
services.PAUSE_BEFORE_COMMIT set, the service stops before its commit and waits to be killed;
without it the submission completes and its images get a rendition, as a curator's preview
would make. Exit status 0 when the view answered with its redirect to the status page.
"""

import sys

import django


def main(name, email):
    django.setup()
    from django.test import Client

    from showcase.models import PortfolioSubmission, PortfolioSubmissionPage
    from tests.conftest import url_in
    from tests.submissions.conftest import form_data

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
