"""The site's own e-mails go through the outbox: a portfolio sent while the mail server is down
is stored and answered as usual, and its confirmation waits among the failed e-mails."""

from django.core import mail

from outbox.models import FailedEmail
from showcase.models import PortfolioSubmission
from tests.submissions.conftest import form_data, fresh_rate_limits, submission_page, submit_url  # noqa: F401


def test_a_submission_while_the_mail_server_is_down_is_no_error(client, submit_url, settings):  # noqa: F811
    settings.OUTBOX_EMAIL_BACKEND = "tests.outbox.transports.ServerDown"

    response = client.post(submit_url(), form_data())

    assert response.status_code == 302
    assert PortfolioSubmission.objects.count() == 1
    confirmation = FailedEmail.objects.get(recipients__contains="mila@example.org")
    assert "/submissions/" in confirmation.message["body"]
    assert not [m for m in mail.outbox if m.to == ["mila@example.org"]]
