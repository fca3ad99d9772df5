"""Portfolio submissions: the page that carries the public form, and the record of each submission.

The record keeps what the submitter needs for their rights (status, withdrawal, a copy of what
they sent) and links to the draft pages and images the submission made. The review itself is a
Wagtail workflow on those pages (issue #5); the record's status is derived from it, not stored.
"""

import uuid
from urllib.parse import urlsplit

from django.db import models
from django.utils import timezone
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page, WorkflowState
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from stories.blocks import RICH_TEXT_FEATURES


class PortfolioSubmissionPage(Page):
    """Where young designers send their portfolio; the form renders in the visitor's language.

    Editors place one per language tree and write its introduction and privacy wording; the
    form itself, its checks and what a submission creates live in `showcase.submissions`.
    """

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page the consent checkbox links to."),
    )
    thank_you_text = models.TextField(
        _("thank-you text"),
        blank=True,
        help_text=_("Shown after a successful submission, above the status link."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("privacy_page"),
        FieldPanel("thank_you_text"),
    ]
    override_translatable_fields = [SynchronizedField("privacy_page")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "showcase/submissions/submission_page.html"

    class Meta:
        verbose_name = _("portfolio submission page")

    def serve(self, request, *args, **kwargs):
        # The submission views import this model: loaded when the page is first served.
        from showcase.submissions.views import serve_submission_page

        return serve_submission_page(self, request)


class PortfolioSubmissionQuerySet(models.QuerySet):
    def erasable(self, older_than_days):
        """Rejected or withdrawn submissions decided more than `older_than_days` days ago."""
        cutoff = timezone.now() - timezone.timedelta(days=older_than_days)
        return self.filter(models.Q(withdrawn_at__lt=cutoff) | models.Q(rejected_at__lt=cutoff))


def ascii_host_note(url):
    """ " (xn--…)", the host in ASCII, for a URL whose host is not ASCII; "" otherwise."""
    host = urlsplit(url).hostname or ""
    if host.isascii():
        return ""
    try:
        return f" ({host.encode('idna').decode('ascii')})"
    except UnicodeError:  # the form refuses such hosts; older records may hold one
        return " (?)"


class PortfolioSubmission(models.Model):
    """One portfolio sent through the public form.

    Personal data (name, e-mail, the copy of the form) is erased on withdrawal; what remains
    is a tombstone with dates, so the private link can still say "withdrawn", until the purge
    command removes it (`purge_submissions`).
    """

    class Status(models.TextChoices):
        RECEIVED = "received", _("Received")
        IN_REVIEW = "in_review", _("In review")
        CHANGES_REQUESTED = "changes_requested", _("Changes requested")
        PUBLISHED = "published", _("Published")
        REJECTED = "rejected", _("Not accepted")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    created_at = models.DateTimeField(_("submitted at"), default=timezone.now)
    locale = models.ForeignKey(Locale, verbose_name=_("locale"), on_delete=models.PROTECT)
    language = models.CharField(
        _("language version"),
        max_length=10,
        help_text=_("The language the submitter used (e-mails are written in it)."),
    )
    name = models.CharField(_("name"), max_length=120, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    submitted_data = models.JSONField(_("submitted data"), default=dict, blank=True)
    consented_at = models.DateTimeField(_("consent given at"), null=True, blank=True)
    latin_script_fields = models.JSONField(
        _("Serbian written in Latin"),
        default=list,
        blank=True,
        help_text=_(
            "Fields of a Serbian submission that arrived in Latin script. They are kept as "
            "written: an editor decides whether to transcribe them into Cyrillic."
        ),
    )
    designer_page = models.ForeignKey(
        "showcase.DesignerPage",
        verbose_name=_("designer page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    project_pages = models.ManyToManyField(
        "showcase.ProjectPage", verbose_name=_("project pages"), blank=True, related_name="+"
    )
    images = models.ManyToManyField(
        "wagtailimages.Image", verbose_name=_("images"), blank=True, related_name="+"
    )
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)
    rejected_at = models.DateTimeField(_("not accepted at"), null=True, blank=True)
    decline_reason = models.TextField(
        _("reason for declining"),
        blank=True,
        help_text=_("Sent to the submitter in the e-mail that tells them of the decision."),
    )
    # The random name of the form that was sent (in its signed start token): the same form
    # sent twice (a double click, a replay) makes one submission (docs/submissions.md).
    form_nonce = models.CharField(max_length=64, null=True, blank=True, unique=True, editable=False)

    objects = PortfolioSubmissionQuerySet.as_manager()

    class Meta:
        verbose_name = _("portfolio submission")
        verbose_name_plural = _("portfolio submissions")
        ordering = ["-created_at"]

    def __str__(self):
        return self.name or str(self.public_id)

    def pages(self):
        """The submission's pages: the designer first, then the projects."""
        pages = [self.designer_page] if self.designer_page_id else []
        return pages + list(self.project_pages.order_by("pk"))

    @property
    def needs_script_review(self):
        return bool(self.latin_script_fields)

    def submitted_links(self):
        """The links as sent, each non-ASCII host followed by its ASCII (IDNA) form, so a
        curator sees that "аpple.com" with a Cyrillic "а" is not apple.com (issue #11)."""
        links = self.submitted_data.get("links", []) if self.submitted_data else []
        return (
            format_html_join("", "<div>{}{}</div>", ((url, ascii_host_note(url)) for url in links))
            or "-"
        )

    submitted_links.short_description = _("links (hosts in ASCII where they are not)")

    def page_status(self, page):
        if page.live:
            return self.Status.PUBLISHED
        state = page.current_workflow_state
        if state is None and self.designer_page_id and page.pk != self.designer_page_id:
            # A project follows its designer's review (one review per portfolio, issue #14).
            designer = self.designer_page
            return self.Status.RECEIVED if designer.live else self.page_status(designer)
        if state is None:
            return self.Status.RECEIVED
        if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            return self.Status.CHANGES_REQUESTED
        return self.Status.IN_REVIEW

    @property
    def status(self):
        """Derived from the dates and from the workflow state of the pages."""
        if self.withdrawn_at:
            return self.Status.WITHDRAWN
        if self.rejected_at:
            return self.Status.REJECTED
        statuses = {self.page_status(page) for page in self.pages()}
        for status in (
            self.Status.CHANGES_REQUESTED,
            self.Status.IN_REVIEW,
            self.Status.RECEIVED,
        ):
            if status in statuses:
                return status
        return self.Status.PUBLISHED if statuses else self.Status.RECEIVED

    def get_status_display(self):
        return self.Status(self.status).label

    @property
    def is_open(self):
        """Still in the hands of the reviewers (or published): it can be withdrawn."""
        return not (self.withdrawn_at or self.rejected_at)
