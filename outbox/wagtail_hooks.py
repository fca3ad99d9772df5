from wagtail import hooks

from outbox.views import failed_emails_viewset


@hooks.register("register_admin_viewset")
def register_failed_emails():
    return failed_emails_viewset
