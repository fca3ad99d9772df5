"""The submissions in the admin (issue #14): a list with plain column labels, and for each
submission one view with everything a curator or editor needs to decide, and the decisions.

The decisions are the portfolio's Wagtail workflow (`portfolio_review`): *Approve* and *Request
changes* post to Wagtail's own workflow action view on the designer page; *Decline* cancels
that workflow with a reason the submitter receives. Curators and editors read submissions;
editors may also mark the Latin-script flags as dealt with. Nobody adds a submission here:
they come from the public form.
"""

import functools

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import PageLogEntry

from showcase.models import PortfolioSubmission
from showcase.models.submission import ascii_host_note
from showcase.submissions import portfolio_review
from showcase.submissions.link_kinds import link_kind


class SubmissionIndexView(IndexView):
    def get_edit_url(self, instance):
        # A name opens the submission view, not the record's form.
        return None

    def get_add_url(self):
        return None


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason, sent to the submitter"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=4000,
        error_messages={"required": _("Write the reason the submitter will read.")},
    )


class ChangesForm(forms.Form):
    comment = forms.CharField(
        label=_("What should change, sent to the submitter"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=4000,
    )


def page_rows(submission):
    rows = []
    for page in submission.pages():
        rows.append(
            {
                "page": page,
                "kind": page.specific_class._meta.verbose_name,
                "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
                "preview_url": reverse("wagtailadmin_pages:view_draft", args=[page.pk]),
                "live_url": page.get_url() if page.live else None,
            }
        )
    return rows


def submitted_links(submission):
    links = submission.submitted_data.get("links", []) if submission.submitted_data else []
    return [
        {"url": url, "kind": link_kind(url), "ascii_host": ascii_host_note(url).strip(" ()")}
        for url in links
    ]


def history(submission):
    pages = [page.pk for page in submission.pages()]
    return (
        PageLogEntry.objects.filter(page_id__in=pages)
        .select_related("user", "page")
        .order_by("-timestamp")[:50]
    )


def available_actions(submission, user):
    """The workflow actions `user` may take now: [(name, label, needs a comment)]."""
    state = portfolio_review.review_state(submission)
    if state is None or state.status != state.STATUS_IN_PROGRESS:
        return state, []
    task = state.current_task_state.task.specific
    return state, task.get_actions(submission.designer_page, user)


class SubmissionInspectView(InspectView):
    template_name = "showcase/admin/submission_inspect.html"
    page_title = _("Submission")

    def get_edit_url(self):
        return None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        submission = self.object
        state, actions = available_actions(submission, self.request.user)
        names = {name for name, _label, _modal in actions}
        context.update(
            submission=submission,
            page_rows=page_rows(submission),
            images=submission.images.all(),
            links=submitted_links(submission),
            history=history(submission),
            review_state=state,
            can_approve="approve" in names,
            can_request_changes="reject" in names,
            can_decline=portfolio_review.reviewer_can_act(submission, self.request.user)
            and submission.is_open,
            can_clear_flags=bool(submission.latin_script_fields)
            and self.request.user.has_perm("showcase.change_portfoliosubmission"),
            decline_form=kwargs.get("decline_form") or DeclineForm(),
            changes_form=ChangesForm(),
            here=self.request.get_full_path(),
        )
        if state is not None and state.current_task_state is not None:
            task_state = state.current_task_state
            page_id = submission.designer_page_id
            context["approve_url"] = reverse(
                "wagtailadmin_pages:workflow_action", args=[page_id, "approve", task_state.pk]
            )
            context["changes_url"] = reverse(
                "wagtailadmin_pages:workflow_action", args=[page_id, "reject", task_state.pk]
            )
        return context


def decline_view(request, pk, inspect_view):
    submission = get_object_or_404(PortfolioSubmission, pk=pk)
    if request.method != "POST" or not portfolio_review.reviewer_can_act(submission, request.user):
        raise PermissionDenied
    form = DeclineForm(request.POST)
    if not form.is_valid():
        # The submission view again, with the message and what was typed kept.
        request.method = "GET"
        response = inspect_view(request, pk=str(pk))
        response.context_data["decline_form"] = form
        response.status_code = 400
        return response
    try:
        portfolio_review.decline(submission, request.user, form.cleaned_data["reason"])
    except portfolio_review.NotInReview:
        messages.error(request, _("This portfolio is not in review any more."))
    else:
        messages.success(request, _("The portfolio was declined and the submitter told why."))
    return redirect("portfolio_submissions:inspect", submission.pk)


def clear_flags_view(request, pk):
    submission = get_object_or_404(PortfolioSubmission, pk=pk)
    if request.method != "POST" or not request.user.has_perm("showcase.change_portfoliosubmission"):
        raise PermissionDenied
    submission.latin_script_fields = []
    submission.save(update_fields=["latin_script_fields"])
    messages.success(request, _("The Latin-script flags are cleared."))
    return redirect("portfolio_submissions:inspect", submission.pk)


class PortfolioSubmissionViewSet(ModelViewSet):
    model = PortfolioSubmission
    icon = "mail"
    menu_label = _("Submissions")
    menu_order = 250
    add_to_admin_menu = True
    inspect_view_enabled = True
    copy_view_enabled = False
    index_view_class = SubmissionIndexView
    inspect_view_class = SubmissionInspectView
    list_filter = ["locale"]
    search_fields = ["name", "email"]
    form_fields = ["latin_script_fields"]

    @property
    def list_display(self):
        return [
            "name",
            Column("language", label=_("Language")),
            DateColumn("created_at", label=_("Submitted")),
            Column("status", label=_("Status"), accessor="get_status_display"),
            BooleanColumn(
                "needs_script_review",
                label=_("Serbian in Latin script"),
                accessor="needs_script_review",
            ),
        ]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path(
                "<int:pk>/decline/",
                functools.partial(decline_view, inspect_view=self.inspect_view),
                name="decline",
            ),
            path("<int:pk>/clear-script-flags/", clear_flags_view, name="clear_script_flags"),
        ]
