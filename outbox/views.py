"""Failed e-mails in the Wagtail admin (Settings menu): list, read, send again, delete.

Editors see them (the Editors group gets the permissions in migration 0002); nobody edits
or creates one, since they are records of what the site tried to send.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import DeleteView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import ListingButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from outbox.models import FailedEmail
from outbox.services import retry_failed


class RecordsOnlyPolicy(ModelPermissionPolicy):
    """No one adds or edits a failed e-mail, superusers included."""

    def user_has_permission(self, user, action):
        if action in ("add", "change"):
            return False
        return super().user_has_permission(user, action)


class FailedEmailIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.permission_policy.user_has_permission(self.request.user, "retry"):
            buttons.insert(
                0,
                ListingButton(
                    _("Send again"),
                    url=reverse("outbox_failedemail:retry", args=[instance.pk]),
                    icon_name="mail",
                    priority=5,
                ),
            )
        return buttons


class RetryView(DeleteView):
    """A confirmation page, then the e-mail goes back to the queue (and leaves this list)."""

    permission_required = "retry"
    template_name = "outbox/confirm_retry.html"
    page_title = _("Send again")
    success_message = _("The e-mail “%(object)s” is queued to be sent again.")

    @property
    def confirmation_message(self):
        return _("Send this e-mail again? If it fails again it comes back to this list.")

    def get_delete_url(self):
        return reverse("outbox_failedemail:retry", args=[self.object.pk])

    def get_usage_url(self):
        return None

    def delete_action(self):
        retry_failed(self.object)


class FailedEmailViewSet(ModelViewSet):
    model = FailedEmail
    icon = "mail"
    menu_label = _("Failed e-mails")
    add_to_settings_menu = True
    url_prefix = "failed-emails"
    name = "outbox_failedemail"
    index_view_class = FailedEmailIndexView
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["subject"]  # never shown: no one may add or edit (RecordsOnlyPolicy)
    list_display = [
        "subject",
        Column("recipients", label=_("recipients")),
        DateColumn("failed_at", label=_("failed at")),
        "attempts",
    ]
    inspect_view_fields = ["subject", "recipients", "failed_at", "attempts", "error"]

    @property
    def retry_view(self):
        return self.construct_view(RetryView, **self.get_delete_view_kwargs())

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("retry/<str:pk>/", self.retry_view, name="retry"),
        ]


register_permission_policy(FailedEmail, RecordsOnlyPolicy(FailedEmail), exact_class=True)
failed_emails_viewset = FailedEmailViewSet()
