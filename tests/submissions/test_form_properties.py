"""Generated input never breaks the portfolio form, and never stores half a submission (#11).

Hypothesis fills any few fields of a valid submission with made-up text (control characters,
other scripts, markup, huge numbers) and the image with made-up bytes or a broken or odd image.
Every answer is the form again (with its messages) or the redirect to the new submission: never
a 5xx. A refused POST adds nothing (no page, image, record, revision, workflow or file); an
accepted one adds exactly one whole submission.
"""

import pytest
from django.core.cache import caches
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.submissions import imagefiles
from tests.submissions.conftest import counts, form_data

FIELDS = [
    "name", "email", "city", "country", "disciplines", "short_bio", "links", "website",
    "project-0-title", "project-0-description", "project-0-year", "project-0-role",
    "project-0-alt_0", "project-TOTAL_FORMS", "started",
]  # fmt: skip
texts = st.one_of(
    st.text(max_size=200),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.sampled_from(
        [
            "",
            "\x00",
            "a\r\nb",
            "\u202eevil",
            "\u200b",
            "<script>x</script>",
            "https://u:p@ex.org",
            "https://еxample.org",
            "Ђорђе Ђорђевић",
            "1e309",
            "-1",
            "9" * 40,
        ]
    ),  # fmt: skip
)
images = st.one_of(
    st.binary(max_size=3000),
    st.sampled_from(
        [
            imagefiles.truncated_jpeg(),
            imagefiles.png(),
            imagefiles.webp(),
            imagefiles.animated("PNG"),
            imagefiles.polyglot_jpeg_html(),
            imagefiles.jpeg_with_zip(),
        ]
    ),  # fmt: skip
)
EXAMPLES = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
WHOLE_SUBMISSION = {"designers": 1, "projects": 1, "images": 1, "submissions": 1}


@pytest.mark.django_db
def test_generated_submissions_never_give_a_5xx_or_half_a_submission(client, submit_url):
    url = submit_url("en")

    @EXAMPLES
    @given(fields=st.dictionaries(st.sampled_from(FIELDS), texts, max_size=4), image=images)
    def check(fields, image):
        caches["ratelimit"].clear()  # the rate limits would soon refuse every example
        data = form_data(projects=1, **fields)
        data["project-0-image_0"] = imagefiles.upload(image, "upload.jpg")
        before = counts()

        response = client.post(url, data)

        assert response.status_code < 500, (fields, response.status_code)
        added = {key: counts()[key] - before[key] for key in before}
        if response.status_code == 302:
            assert {key: added[key] for key in WHOLE_SUBMISSION} == WHOLE_SUBMISSION
        else:
            assert set(added.values()) == {0}, (fields, added)

    check()
