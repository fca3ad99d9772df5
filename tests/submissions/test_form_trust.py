"""What a hostile or hurried visitor sends (issue #11): control characters in one-line fields,
the same form sent twice or replayed later, and links that hide where they go."""

import pytest
from django.urls import reverse

from showcase.models import PortfolioSubmission
from showcase.submissions import services
from tests.submissions.conftest import counts, form_data, started, tr

ONE_LINE = (
    "Please write this on one line, with visible characters only: no line breaks, invisible "
    "or text-direction characters."
)
NOT_A_WEB_ADDRESS = "“%(value)s” is not a web address (it should start with https://)."
USERINFO = (
    "“%(value)s” contains a user name or password (“…@”); please give the address without it."
)


def assert_refused(response, message, field_id=None, language="sv", **params):
    html = response.content.decode()
    assert response.status_code == 400
    assert tr(message, language, **params) in html
    if field_id:
        assert f'id="{field_id}_error"' in html
    assert "I design posters and signage" in html  # what the person typed comes back


# --- 5. One-line fields ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("name", "Mila\r\nBcc: everyone@example.org"),
        ("name", "Mila \u202egnp.exe"),
        ("city", "Novi\u2066 Sad"),
        ("name", "\u200b\u200b"),
        ("name", "\u200d"),
        ("project-0-title", "Wayfinding\nfor the quay"),
        ("project-0-role", "Lead\x00designer"),
        ("project-0-alt_0", "A sign\u200b"),
        ("email", "mila@example.org\r\nBcc: x@example.org"),
    ],
    ids=[
        "crlf-name",
        "rlo-name",
        "lri-city",
        "zero-width-only",
        "joiner-only",
        "lf-title",
        "nul-role",
        "zwsp-alt",
        "crlf-email",
    ],  # fmt: skip
)
def test_one_line_fields_refuse_control_and_format_characters(client, submit_url, field, value):
    before = counts()
    response = client.post(submit_url("sv"), form_data(**{field: value}))
    assert response.status_code == 400
    if field != "email":  # Django's own e-mail message may come first
        assert_refused(response, ONE_LINE, f"id_{field}")
    assert counts() == before


def test_one_line_message_is_translated_into_serbian(client, submit_url):
    response = client.post(submit_url("sr"), form_data(name="Mila\nJovanović"))
    assert_refused(response, ONE_LINE, "id_name", language="sr")


def test_joiners_inside_words_and_multiline_fields_are_kept(client, submit_url):
    data = form_data(
        name="Mila Jovanović \u200d",  # a joiner beside visible letters (emoji, Persian, Indic)
        short_bio="I design posters.\nAnd signage.",
    )
    response = client.post(submit_url("en"), data)
    assert response.status_code == 302, response.content.decode()[:500]


DIRECTION = (
    "Please remove the invisible text-direction characters: they can make text display "
    "differently from what it says."
)


@pytest.mark.parametrize(
    ("field", "value"),
    [("project-0-description", "Signs.\n\u202eevil"), ("short_bio", "I design \u2066posters")],
    ids=["rlo-description", "lri-bio"],
)
def test_multiline_fields_refuse_text_direction_controls(client, submit_url, field, value):
    before = counts()
    response = client.post(submit_url("sv"), form_data(**{field: value}))
    assert response.status_code == 400
    html = response.content.decode()
    assert tr(DIRECTION, "sv") in html
    assert f'id="id_{field}_error"' in html
    assert "Lead designer" in html  # what the person typed comes back
    assert counts() == before


# --- 6. Sending twice ------------------------------------------------------------------------


def test_the_same_post_twice_makes_one_submission(client, submit_url):
    token = started(nonce="double-click-form-1")
    first = client.post(submit_url("en"), form_data(started=token))
    assert first.status_code == 302
    second = client.post(submit_url("en"), form_data(started=token))
    assert second.status_code == 302
    assert PortfolioSubmission.objects.count() == 1
    # Both lead to the one submission's status page (each link is signed anew: compare whom it
    # names, not its characters).
    assert submission_named_by(second) == submission_named_by(first)


def submission_named_by(redirect):
    from showcase.submissions.tokens import read_token

    token = [part for part in redirect["Location"].split("?")[0].split("/") if part][-1]
    return read_token(token).pk


def test_a_double_click_racing_past_the_view_still_makes_one_submission(submit_url, demo):
    """The unique nonce decides when two requests both found nothing before saving."""
    from wagtail.models import Locale

    from showcase.submissions.forms import DesignerForm, ProjectFormSet

    data = form_data(started=started(nonce="racing-form"))
    files = {key: value for key, value in data.items() if hasattr(value, "read")}
    form = DesignerForm({k: v for k, v in data.items() if k not in files})
    projects = ProjectFormSet(
        {k: v for k, v in data.items() if k not in files}, files, prefix="project"
    )
    assert form.is_valid() and projects.is_valid(), (form.errors, projects.errors)
    project = projects.projects()[0].cleaned_data
    project_data = [
        services.ProjectData(
            title=project["title"], description=project["description"], year=project["year"],
            role=project["role"],
            images=[(image, alt) for image, alt, _size in projects.projects()[0].clean_images],
        )
    ]  # fmt: skip
    locale = Locale.objects.get(language_code="en")
    first = services.submit_portfolio(
        form.cleaned_data, project_data, locale=locale, language="en", nonce=form.nonce
    )
    # The second request checked before the first committed: its first look finds nothing.
    original = services.sent_before
    looks = []

    def looked_too_early(nonce):
        looks.append(nonce)
        return None if len(looks) == 1 else original(nonce)

    services.sent_before = looked_too_early
    try:
        before = counts()
        with pytest.raises(services.AlreadySubmitted):
            services.submit_portfolio(
                form.cleaned_data, project_data, locale=locale, language="en", nonce=form.nonce
            )
    finally:
        services.sent_before = original
    assert len(looks) == 2  # the unique constraint answered, then the lookup
    assert counts() == before  # nothing half-made, no stray file
    assert PortfolioSubmission.objects.get(form_nonce=form.nonce) == first


def test_an_expired_form_comes_back_with_a_message(client, submit_url, settings):
    settings.SUBMISSION_FORM_MAX_AGE = 3600
    before = counts()
    response = client.post(submit_url("sv"), form_data(started=started(seconds_ago=3601)))
    assert_refused(
        response, "This form was opened too long ago. Please check it and send it again."
    )
    assert counts() == before
    # The form comes back with a fresh start: sending it again (after the minimum fill time)
    # works.
    assert 'name="started"' in response.content.decode()


def test_a_replayed_old_form_token_is_refused(client, submit_url):
    before = counts()
    response = client.post(submit_url("en"), form_data(started=started(seconds_ago=3 * 86400)))
    assert response.status_code == 400
    assert counts() == before


def test_the_form_gives_each_visitor_a_different_nonce(client, submit_url):
    from showcase.submissions.forms import read_start_token

    tokens = []
    for _visit in range(2):
        html = client.get(submit_url("en")).content.decode()
        tokens.append(html.split('name="started" value="', 1)[1].split('"', 1)[0])
    nonces = {read_start_token(token)[1] for token in tokens}
    assert len(nonces) == 2 and None not in nonces


# --- 7. Links --------------------------------------------------------------------------------


def test_links_refuse_markup(client, submit_url):
    response = client.post(
        submit_url("sv"), form_data(links="https://mila.example.org/<script>alert(1)</script>")
    )
    assert_refused(
        response,
        "Please write plain text: remove anything that looks like HTML or code (“<…>”).",
        "id_links",
    )


@pytest.mark.parametrize(
    "url",
    ["https://user:secret@mila.example.org/", "https://www.instagram.com@evil.example/mila"],
    ids=["user-pass", "trusted-name-before-at"],
)
def test_links_refuse_user_names_and_passwords(client, submit_url, url):
    before = counts()
    response = client.post(submit_url("sv"), form_data(links=url))
    assert_refused(response, USERINFO, "id_links", value=url)
    assert counts() == before


@pytest.mark.parametrize(
    "url",
    ["https://mila.example.org/\u202eexe", "https://mi\u200bla.example.org/"],
    ids=["bidi", "zero-width"],
)
def test_links_refuse_invisible_characters(client, submit_url, url):
    response = client.post(submit_url("sv"), form_data(links=url))
    assert response.status_code == 400
    assert 'id="id_links_error"' in response.content.decode()


def test_curators_see_the_ascii_host_of_a_homoglyph_link(client, submit_url):
    homoglyph = "https://\u0430pple.com/mila"  # a Cyrillic "а"
    response = client.post(
        submit_url("en"), form_data(links=f"https://mila.example.org\n{homoglyph}")
    )
    assert response.status_code == 302
    submission = PortfolioSubmission.objects.get()

    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="admin"))
    url = reverse("portfolio_submissions:inspect", args=[submission.pk])
    html = client.get(url).content.decode()
    assert "xn--pple-43d.com" in html
    assert "\u0430pple.com" in html
    assert "mila.example.org (" not in html  # ASCII hosts need no second spelling
