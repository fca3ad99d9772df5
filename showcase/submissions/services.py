"""What a submission does to the site: create it, withdraw it, erase it.

`submit_portfolio()` makes the draft pages, the images and the record in one transaction and
starts the review workflow; if anything fails, the transaction is rolled back and
the image files already written to storage are deleted, so nothing is left behind.

A worker killed during the transaction (SIGKILL, out of memory, power) runs no clean-up: the
database forgets the transaction but the files stay. Submitted files therefore carry a name
only submissions use (`orphans.FILE_PREFIX`), and `manage.py sweep_submission_files` deletes
those that no image or rendition row names (showcase/submissions/orphans.py).
"""

import re
from dataclasses import dataclass, field

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import Truncator
from wagtail.images import get_image_model
from wagtail.models import Page, PageLogEntry
from wagtail.rich_text import RichText

from languages.scripts import is_latin_serbian
from languages.slugs import ascii_slug
from outbox.services import forget_recipient
from showcase.models import (
    DesignerIndexPage,
    DesignerPage,
    Discipline,
    PortfolioSubmission,
    ProjectIndexPage,
    ProjectPage,
    ProjectTeamMember,
)
from showcase.submissions import collections, orphans, portfolio_review


class SubmissionUnavailable(Exception):
    """The site has no section to put a submission in, for this language."""


class AlreadySubmitted(Exception):
    """This form (its nonce) was sent before: `submission` is what it made."""

    def __init__(self, submission):
        super().__init__(submission.pk)
        self.submission = submission


def sent_before(nonce):
    """The submission a form with this nonce made, if any."""
    if not nonce:
        return None
    return PortfolioSubmission.objects.filter(form_nonce=nonce).first()


@dataclass
class ProjectData:
    title: str
    description: str
    year: int
    role: str
    images: list = field(default_factory=list)  # [(CleanImage, alt text)]


def unique_slug(parent, text, fallback):
    base = ascii_slug(text)[:60].strip("-") or fallback
    siblings = set(parent.get_children().values_list("slug", flat=True))
    slug, n = base, 2
    while slug in siblings:
        slug, n = f"{base}-{n}", n + 1
    return slug


def paragraphs(text):
    """Plain text to rich text: every paragraph escaped, so no markup can get in."""
    parts = split_paragraphs(text)
    return "".join("<p>{}</p>".format(escape(part).replace("\n", "<br/>")) for part in parts)


# The lead (ProjectPage.summary, at most 300 characters) is the first paragraph when it is
# short, else as many of its first sentences as fit; the body is everything after the lead.
LEAD_MAX = 280
SENTENCE_END = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…][\"”»’)]))\s+(?=\S)")


def split_paragraphs(text):
    return [part.strip() for part in re.split(r"\n\s*\n", text) if part.strip()]


def lead_and_body(description, limit=LEAD_MAX):
    """(lead, body text): a short lead and the rest of the description, never repeated.

    A first paragraph longer than `limit` gives up its first sentences that fit, and the body
    starts with the sentences after them. A first sentence longer than `limit` on its own (no
    sentence break in reach) is cut at a word with "…" in the lead, and the body keeps the whole
    text: the one case where the lead's words appear again, since a cut sentence is no lead.
    """
    parts = split_paragraphs(description)
    if not parts:
        return "", ""
    first, rest = parts[0], parts[1:]
    if len(first) <= limit:
        return " ".join(first.split()), "\n\n".join(rest)
    sentences = [piece for piece in SENTENCE_END.split(first) if piece]
    lead, taken = "", 0
    for sentence in sentences:
        candidate = f"{lead} {sentence}".strip()
        if len(candidate) > limit:
            break
        lead, taken = candidate, taken + 1
    if not taken:
        flat = " ".join(first.split())
        cut = Truncator(flat).words(max(1, len(flat[:limit].split()) - 1), truncate="…")
        if len(cut) > limit:  # one enormous word
            cut = Truncator(flat).chars(limit)
        return cut, "\n\n".join(parts)
    remainder = " ".join(sentences[taken:])
    return " ".join(lead.split()), "\n\n".join([remainder, *rest])


def latin_script_fields(locale, designer, projects):
    """Names of the Serbian texts that arrived in Latin script, to flag for an editor.

    They are stored as written: converting Latin to Cyrillic is ambiguous and never done
    automatically (docs/languages.md).
    """
    if locale.language_code != "sr":
        return []
    texts = {"city": designer["city"], "short_bio": designer["short_bio"]}
    if designer.get("portrait"):
        texts["portrait_alt"] = designer["portrait"][1]
    for n, project in enumerate(projects, start=1):
        texts[f"project_{n}_title"] = project.title
        texts[f"project_{n}_description"] = project.description
        texts[f"project_{n}_role"] = project.role
        for m, (_image, alt) in enumerate(project.images, start=1):
            texts[f"project_{n}_image_{m}_alt"] = alt
    return [name for name, text in texts.items() if is_latin_serbian(text)]


def snapshot(designer, projects, language):
    """What the submitter sent, as they sent it: the copy they can download."""
    return {
        "language": language,
        "name": designer["name"],
        "email": designer["email"],
        "city": designer["city"],
        "country": designer["country"],
        "disciplines": list(designer["disciplines"]),
        "short_bio": designer["short_bio"],
        "links": [link["url"] for link in designer["links"]],
        "available_for_mobility": designer["available_for_mobility"],
        "portrait": {"alt": designer["portrait"][1]} if designer.get("portrait") else None,
        "consent": {"privacy_notice": True, "publication": True},
        "projects": [
            {
                "title": project.title,
                "description": project.description,
                "year": project.year,
                "role": project.role,
                "images": [{"alt": alt} for _image, alt in project.images],
            }
            for project in projects
        ],
    }


def save_image(clean, title, alt, collection, stored_files):
    Image = get_image_model()
    # A random name: the original file name is personal data, and a guessable URL is a leak.
    # The prefix marks it as a submission's, for the sweep of files a killed worker left.
    name = orphans.submission_file_name(clean.extension)
    image = Image(title=Truncator(title).chars(255), description=alt, collection=collection)
    image.file = ContentFile(clean.content, name=name)
    try:
        image.save()
    finally:
        # The file is written before the row: remember it even if the row then fails.
        if image.file._committed:
            stored_files.append(image.file.name)
    return image


def project_body(body_text, images):
    stream = [("paragraph", RichText(paragraphs(body_text)))] if body_text.strip() else []
    blocks = [
        {
            "image": {"image": image, "decorative": False, "alt_text": alt},
            "caption": "",
        }
        for image, alt in images
    ]
    if len(blocks) == 1:
        stream.append(("image", blocks[0]))
    elif blocks:
        stream.append(("gallery", {"images": blocks}))
    return stream


def add_draft(parent, page):
    parent.add_child(instance=page)
    page.save_revision(log_action=True)
    return page


def submit_portfolio(designer, projects, *, locale, language, nonce=None):
    """Store a validated submission as draft pages and images, and start its review.

    `designer` is the designer form's cleaned data, `projects` a list of ProjectData with
    cleaned images, `nonce` the form's own random name. Returns the PortfolioSubmission;
    raises AlreadySubmitted when a submission with this nonce exists (a double click that
    raced past the view's check: the unique constraint decides).
    """
    previous = sent_before(nonce)
    if previous is not None:
        raise AlreadySubmitted(previous)
    designer_index = DesignerIndexPage.objects.filter(locale=locale).first()
    project_index = ProjectIndexPage.objects.filter(locale=locale).first()
    if designer_index is None or project_index is None:
        raise SubmissionUnavailable(locale.language_code)

    stored_files = []
    try:
        with transaction.atomic():
            submission = _create(designer, projects, locale, language, stored_files,
                                 designer_index, project_index, nonce)  # fmt: skip
    except Exception as error:
        # The database forgets everything; storage does not take part in the transaction.
        for name in stored_files:
            get_image_model()._meta.get_field("file").storage.delete(name)
        previous = sent_before(nonce) if isinstance(error, IntegrityError) else None
        if previous is not None:
            raise AlreadySubmitted(previous) from error
        raise
    return submission


def _create(
    designer, projects, locale, language, stored_files, designer_index, project_index, nonce=None
):
    now = timezone.now()
    collection = collections.collection(collections.SUBMISSIONS)
    disciplines = list(
        Discipline.objects.filter(locale__language_code="en", slug__in=designer["disciplines"])
    )
    designer_page = DesignerPage(
        title=designer["name"],
        slug=unique_slug(designer_index, designer["name"], "designer"),
        locale=locale,
        live=False,
        short_bio=designer["short_bio"],
        city=designer["city"],
        country=designer["country"],
        links=[("link", link) for link in designer["links"]],
        available_for_mobility=designer["available_for_mobility"],
    )
    designer_page.disciplines = disciplines
    portrait = designer.get("portrait")
    if portrait is not None:
        clean, alt = portrait
        designer_page.portrait = save_image(clean, designer["name"], alt, collection, stored_files)
        designer_page.portrait_alt = alt
    add_draft(designer_index, designer_page)

    submission = PortfolioSubmission.objects.create(
        form_nonce=nonce,
        locale=locale,
        language=language,
        name=designer["name"],
        email=designer["email"],
        submitted_data=snapshot(designer, projects, language),
        consented_at=now,
        latin_script_fields=latin_script_fields(locale, designer, projects),
        designer_page=designer_page,
    )

    images = [designer_page.portrait] if designer_page.portrait_id else []
    if designer_page.portrait_id:
        submission.submitted_data["portrait"]["image"] = designer_page.portrait_id
    for project, sent in zip(projects, submission.submitted_data["projects"], strict=True):
        saved = [
            (save_image(clean, f"{project.title} ({n})", alt, collection, stored_files), alt)
            for n, (clean, alt) in enumerate(project.images, start=1)
        ]
        images += [image for image, _alt in saved]
        for entry, (image, _alt) in zip(sent["images"], saved, strict=True):
            entry["image"] = image.pk  # which stored file answers which upload, for the download
        cover, cover_alt = saved[0]
        lead, body_text = lead_and_body(project.description)
        page = ProjectPage(
            title=project.title,
            slug=unique_slug(project_index, project.title, "project"),
            locale=locale,
            live=False,
            summary=lead,
            cover_image=cover,
            cover_alt=cover_alt,
            body=project_body(body_text, saved[1:]),
            year=project.year,
            city=designer["city"],
            country=designer["country"],
        )
        # The disciplines the submitter chose describe their projects too; curators refine.
        page.disciplines = disciplines
        page.team_members = [
            ProjectTeamMember(designer=designer_page, role=project.role, locale=locale)
        ]
        add_draft(project_index, page)
        submission.project_pages.add(page)
    submission.images.set(images)
    submission.save(update_fields=["submitted_data"])

    # Last, so that nothing after it can fail: starting a workflow notifies the curators.
    portfolio_review.start(submission)
    return submission


def _delete_pages(submission):
    pages = submission.pages()
    keys = {page.translation_key for page in pages}
    # Translators may have translated a published submission: its translations go too.
    doomed = Page.objects.filter(
        translation_key__in=keys,
        content_type__in=[page.content_type_id for page in pages],
    ).specific()
    ids = []
    for page in doomed:
        ids.append(page.pk)
        page.delete()
    # The audit log names the pages (the submitter's name is a title): erase that too.
    PageLogEntry.objects.filter(page_id__in=ids).delete()


def _delete_images(submission):
    # Wagtail deletes each image's file and renditions from storage after commit.
    for image in submission.images.all():
        image.delete()


@transaction.atomic
def withdraw(submission):
    """The submitter's erasure: pages, images and personal data go; a dated tombstone stays."""
    if submission.withdrawn_at:
        return submission
    erase_content(submission)
    submission.name = ""
    submission.email = ""
    submission.submitted_data = {}
    submission.latin_script_fields = []
    submission.decline_reason = ""
    submission.designer_page = None
    submission.withdrawn_at = timezone.now()
    submission.save()
    return submission


def erase_content(submission):
    """Delete what a submission made: its pages (with their translations) and its images.

    Also run before any deletion of a submission record (showcase/submissions/erasure.py), so
    that no path (the admin's delete, a queryset, a shell) leaves the pages and personal data
    behind while the private link that could withdraw them stops working.
    """
    _delete_pages(submission)
    _delete_images(submission)
    if submission.email:
        forget_recipient(submission.email)  # e-mails to them the outbox could not send


@transaction.atomic
def purge(submission):
    """Remove every trace of a rejected or withdrawn submission (its content goes first)."""
    submission.delete()


def mark_rejected(submission):
    if submission.rejected_at is None and submission.withdrawn_at is None:
        submission.rejected_at = timezone.now()
        submission.save(update_fields=["rejected_at"])
