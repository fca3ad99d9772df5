"""The submission form (served by PortfolioSubmissionPage) and the submitter's private pages.

Views parse, call a service and render. Nothing here is cached; the private pages are also
never indexed and send no Referer (their URL is the key).
"""

import copy
import functools
import io
import json
import logging
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django_ratelimit.core import get_usage, is_ratelimited

from caching.public_request import mark_private
from languages.localization import localize_all
from languages.versions import LanguageLink, bcp47, content_language
from showcase.models import PortfolioSubmissionPage
from showcase.submissions import emails, held_uploads, services
from showcase.submissions.forms import DesignerForm, ProjectFormSet, read_start_token
from showcase.submissions.tokens import LinkExpired, LinkInvalid, make_token, read_token

logger = logging.getLogger(__name__)
PROJECT_PREFIX = "project"


def uncached(response):
    # The form carries a CSRF token and, on errors, what the visitor typed.
    add_never_cache_headers(response)
    return response


def private(response):
    uncached(response)
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    return response


def submitter_email(group, request):
    return (request.POST.get("email") or "").strip().lower() or None


def email_usage(request, increment):
    if not submitter_email(None, request):
        return None
    return get_usage(
        request,
        group="portfolio-submission-email",
        key=submitter_email,
        rate=settings.SUBMISSION_RATE_PER_EMAIL,
        increment=increment,
    )


def email_limited(request):
    """Whether this e-mail address has used up its submissions.

    Only successful submissions count (`record_submission`), so someone correcting mistakes
    in the form is never locked out by their own attempts.
    """
    usage = email_usage(request, increment=False)
    return usage is not None and usage["count"] >= usage["limit"]


def record_submission(request):
    email_usage(request, increment=True)


def ip_limited(request):
    return is_ratelimited(
        request,
        group="portfolio-submission-ip",
        key="ip",
        rate=settings.SUBMISSION_RATE_PER_IP,
        increment=True,
    )


def render_form(page, request, form, projects, status=200, problem=None):
    privacy = localize_all([page.privacy_page.specific])[0] if page.privacy_page_id else None
    context = {
        "page": page,
        "self": page,
        "form": form,
        "projects": projects,
        "privacy_page": privacy,
        "problem": problem,
        "max_size": filesizeformat(settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE),
    }
    return uncached(render(request, page.template, context, status=status))


def serve_submission_page(page, request):
    if request.method != "POST":
        return render_form(page, request, DesignerForm(), ProjectFormSet(prefix=PROJECT_PREFIX))

    # The same form sent again (a double click, a reload after sending) goes to what the first
    # one made, before the rate limits count it.
    _started, nonce = read_start_token(request.POST.get("started"))
    previous = services.sent_before(nonce)
    if previous is not None:
        return sent(previous)

    if ip_limited(request) or email_limited(request):
        return uncached(render(request, "showcase/submissions/rate_limited.html", {}, status=429))

    form = DesignerForm(request.POST, request.FILES)
    projects = ProjectFormSet(request.POST, request.FILES, prefix=PROJECT_PREFIX)
    projects.companions = [form]  # the portrait counts in the POST's totals
    form_valid, projects_valid = form.is_valid(), projects.is_valid()
    if not (form_valid and projects_valid):
        # The images that passed their checks wait on the server for the next post.
        projects.hold_new_images()
        problem = None
        if projects.tampered():
            problem = _(
                "Part of the form was changed outside this page, so an image you chose earlier "
                "could not be used. Please check the marked images and choose them again."
            )
        return render_form(page, request, form, projects, status=400, problem=problem)

    project_data = [
        services.ProjectData(
            title=project.cleaned_data["title"],
            description=project.cleaned_data["description"],
            year=project.cleaned_data["year"],
            role=project.cleaned_data["role"],
            images=[(image, alt) for image, alt, _size in project.clean_images],
        )
        for project in projects.projects()
    ]
    designer = {**form.cleaned_data, "portrait": form.portrait_image()}
    try:
        submission = services.submit_portfolio(
            designer,
            project_data,
            locale=page.locale,
            language=translation.get_language(),
            nonce=form.nonce,
        )
    except services.AlreadySubmitted as already:
        return sent(already.submission)
    except services.SubmissionUnavailable:
        projects.hold_new_images()
        problem = _("Submissions are not open in this language yet. Please try another one.")
        return render_form(page, request, form, projects, status=503, problem=problem)
    except Exception:
        logger.exception("Storing a portfolio submission failed")
        projects.hold_new_images()
        problem = _(
            "We could not save your portfolio because of a problem on our side. Nothing was "
            "stored. Please try again in a few minutes."
        )
        return render_form(page, request, form, projects, status=500, problem=problem)

    record_submission(request)
    held_uploads.release(projects.reused_held_images())
    try:
        emails.send_confirmation(submission)
    except Exception:  # the submission is safe; the status page below shows the link too
        logger.exception("Sending the submission confirmation failed")
    return sent(submission)


def held_preview(request, token):
    """A held image, for the preview beside its file field when the form comes back.

    The reference is the key (a signed, random file name): only the browser that chose the
    image has it. Never cached, never indexed, no Referer.
    """
    try:
        held = held_uploads.read(token)
    except (held_uploads.Tampered, ValidationError):
        raise Http404 from None
    try:
        stored = held_uploads.storage().open(held.name, "rb")
    except (FileNotFoundError, OSError):
        raise Http404 from None
    with stored:
        response = HttpResponse(stored.read(), content_type=held.content_type)
    response["X-Content-Type-Options"] = "nosniff"
    return private(response)


def sent(submission):
    url = reverse("submission_status", kwargs={"token": make_token(submission)})
    return private(redirect(f"{url}?sent=1"))


def with_submission(view):
    """Resolve the private link's token, or explain why it does not work."""

    @functools.wraps(view)
    def wrapper(request, token, *args, **kwargs):
        try:
            submission = read_token(token)
        except LinkExpired:
            return link_problem(request, expired=True)
        except LinkInvalid:
            return link_problem(request, expired=False)
        # The header's language switcher leads to this private address: never share it
        # through the fragment cache with another page or visitor.
        mark_private(request)
        return private(view(request, submission, token, *args, **kwargs))

    return wrapper


def link_problem(request, expired):
    return private(
        render(
            request,
            "showcase/submissions/link_problem.html",
            {"expired": expired},
            status=410 if expired else 404,
        )
    )


def page_rows(submission):
    return [(page, submission.Status(submission.page_status(page)).label)
            for page in submission.pages()]  # fmt: skip


def own_language_links(request, name, token, query=""):
    """The same private page in every language version, for the language switcher."""
    current = translation.get_language()
    links = []
    for code, label in settings.LANGUAGES:
        with translation.override(code):
            url = reverse(name, kwargs={"token": token}) + query
        links.append(LanguageLink(code, label, bcp47(code), url, code == current, False))
    return links


def form_page_in(language_code, submission):
    """The form's page in the visitor's language (its thank-you text), else the one used."""
    pages = PortfolioSubmissionPage.objects.live()
    localized = pages.filter(locale__language_code=content_language(language_code)).first()
    return localized or pages.filter(locale_id=submission.locale_id).first()


@with_submission
def status(request, submission, token):
    just_sent = "sent" in request.GET
    context = {
        "submission": submission,
        "token": token,
        "rows": page_rows(submission),
        "just_sent": just_sent,
        "form_page": form_page_in(translation.get_language(), submission),
        "own_language_links": own_language_links(
            request, "submission_status", token, "?sent=1" if just_sent else ""
        ),
    }
    return render(request, "showcase/submissions/status.html", context)


@with_submission
def withdraw(request, submission, token):
    if request.method == "POST" and submission.withdrawn_at is None:
        services.withdraw(submission)
        return redirect("submission_status", token=token)
    context = {
        "submission": submission,
        "token": token,
        "own_language_links": own_language_links(request, "submission_withdraw", token),
    }
    return render(request, "showcase/submissions/withdraw.html", context)


@with_submission
def download(request, submission, token):
    """Everything the submitter sent: the form as JSON and the stored images."""
    data = copy.deepcopy(submission.submitted_data)
    data.update(
        submitted_at=submission.created_at.isoformat(),
        status=submission.status,
        withdrawn_at=submission.withdrawn_at.isoformat() if submission.withdrawn_at else None,
    )
    images = {image.pk: image for image in submission.images.all()}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        portrait = data.get("portrait") or {}
        image = images.get(portrait.pop("image", None))
        if image is not None:
            portrait["file"] = f"images/portrait.{image.file.name.rsplit('.', 1)[-1]}"
            with image.open_file() as stored:
                archive.writestr(portrait["file"], stored.read())
        for n, project in enumerate(data.get("projects", []), start=1):
            for m, entry in enumerate(project.get("images", []), start=1):
                image = images.get(entry.pop("image", None))
                if image is None:
                    continue
                extension = image.file.name.rsplit(".", 1)[-1]
                entry["file"] = f"images/project-{n}-image-{m}.{extension}"
                with image.open_file() as stored:
                    archive.writestr(entry["file"], stored.read())
        archive.writestr(
            "submission.json", json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)
        )
    response = HttpResponse(buffer.getvalue(), content_type="application/zip")
    filename = f"portfolio-{submission.created_at:%Y-%m-%d}.zip"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
