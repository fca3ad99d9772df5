"""E-mails leave through the outbox (outbox/, docs/operations.md "E-mail"): queued by the code
that writes them, sent by the worker with a timeout, tried again with back-off, and kept for
editors when they finally fail; never lost, never an error for the person who caused them."""

from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.utils import timezone

from outbox.models import FailedEmail
from outbox.services import send_email
from tests.worker.conftest import queued

DELIVER = "outbox.tasks.deliver_email"
DOWN = "tests.outbox.transports.ServerDown"


def message(subject="Din portfolio är mottagen"):
    email = EmailMultiAlternatives(
        subject,
        "Tack! Вашe пријава је стигла.",
        "Mikser <hello@mikser.example>",
        ["designer@example.org"],
        bcc=["archive@mikser.example"],
        reply_to=["curators@mikser.example"],
        headers={"Auto-Submitted": "auto-generated"},
    )
    email.attach_alternative("<p>Tack!</p>", "text/html")
    email.attach("portfolio.json", b'{"ok": true}', "application/json")
    return email


def test_a_queued_message_is_sent_whole(db):
    send_email(message())

    [sent] = mail.outbox
    assert sent.subject == "Din portfolio är mottagen"
    assert sent.body == "Tack! Вашe пријава је стигла."
    assert sent.to == ["designer@example.org"] and sent.bcc == ["archive@mikser.example"]
    assert sent.reply_to == ["curators@mikser.example"]
    assert sent.extra_headers["Auto-Submitted"] == "auto-generated"
    assert sent.alternatives[0][0] == "<p>Tack!</p>"
    assert sent.attachments[0][:2] == ("portfolio.json", b'{"ok": true}')


def test_sending_only_queues_until_the_worker_runs(db, database_queue):
    send_email(message())

    assert mail.outbox == []
    assert len(queued(DELIVER)) == 1

    database_queue()

    assert [m.subject for m in mail.outbox] == ["Din portfolio är mottagen"]
    assert queued() == []


def test_a_failed_send_is_tried_again_later_with_growing_delays(db, database_queue, settings):
    settings.OUTBOX_EMAIL_BACKEND = DOWN
    start = timezone.now()

    with time_machine.travel(start, tick=False):
        send_email(message())
        database_queue()  # first attempt fails
    [retry] = queued(DELIVER)
    assert retry.args_kwargs["args"][1] == 2
    assert retry.run_after == start + timedelta(seconds=settings.OUTBOX_RETRY_DELAYS[0])

    with time_machine.travel(start + timedelta(seconds=30), tick=False):
        database_queue()  # too early: nothing runs
    assert queued(DELIVER) == [retry]

    settings.OUTBOX_EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with time_machine.travel(retry.run_after + timedelta(seconds=1), tick=False):
        database_queue()  # the server is back
    assert [m.subject for m in mail.outbox] == ["Din portfolio är mottagen"]
    assert not FailedEmail.objects.exists()


def test_after_the_last_attempt_the_message_is_kept_as_failed(db, settings, caplog):
    settings.OUTBOX_EMAIL_BACKEND = DOWN

    send_email(message())  # immediate backend: every attempt runs at once

    failed = FailedEmail.objects.get()
    assert failed.attempts == len(settings.OUTBOX_RETRY_DELAYS) + 1
    assert failed.subject == "Din portfolio är mottagen"
    assert "designer@example.org" in failed.recipients
    assert "SMTPServerDisconnected" in failed.error
    assert "failed for good" in caplog.text
    assert mail.outbox == []


def test_a_refused_recipient_is_not_tried_again(db, settings):
    settings.OUTBOX_EMAIL_BACKEND = "tests.outbox.transports.RecipientRefused"

    send_email(message())

    assert FailedEmail.objects.get().attempts == 1


def test_wagtails_own_notifications_leave_through_the_outbox(db, database_queue, settings):
    """Django's test runner replaces EMAIL_BACKEND; the site's own is the queueing one."""
    from wagtail.admin.mail import send_mail

    settings.EMAIL_BACKEND = "outbox.backend.QueuedEmailBackend"

    send_mail("A page awaits your review", "Body", ["curator@example.org"])

    assert mail.outbox == []
    assert len(queued(DELIVER)) == 1
    database_queue()
    assert [m.to for m in mail.outbox] == [["curator@example.org"]]


@pytest.fixture
def editor(db):
    user = get_user_model().objects.create_user("editor-outbox", "e@example.org", "x" * 16)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def test_editors_see_failed_emails_and_send_them_again(client, editor, settings):
    settings.OUTBOX_EMAIL_BACKEND = DOWN
    send_email(message("Ваш портфолио"))
    failed = FailedEmail.objects.get()
    client.force_login(editor)

    listing = client.get("/admin/failed-emails/")
    assert listing.status_code == 200
    assert "Ваш портфолио" in listing.content.decode()
    assert f"/admin/failed-emails/retry/{failed.pk}/" in listing.content.decode()
    assert client.get(f"/admin/failed-emails/inspect/{failed.pk}/").status_code == 200
    assert client.get(f"/admin/failed-emails/retry/{failed.pk}/").status_code == 200

    settings.OUTBOX_EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    response = client.post(f"/admin/failed-emails/retry/{failed.pk}/")

    assert response.status_code == 302
    assert not FailedEmail.objects.exists()
    assert [m.subject for m in mail.outbox] == ["Ваш портфолио"]


def test_no_one_edits_or_invents_a_failed_email(client, admin_user, settings):
    settings.OUTBOX_EMAIL_BACKEND = DOWN
    send_email(message())
    failed = FailedEmail.objects.get()
    client.force_login(admin_user)

    assert client.get("/admin/failed-emails/new/").status_code in (302, 403)
    assert client.get(f"/admin/failed-emails/edit/{failed.pk}/").status_code in (302, 403)


def test_erasing_a_person_forgets_the_failed_emails_to_them(db, settings):
    from outbox.services import forget_recipient

    settings.OUTBOX_EMAIL_BACKEND = DOWN
    send_email(message())
    other = message()
    other.to, other.bcc = ["xdesigner@example.org"], []
    send_email(other)

    assert forget_recipient("Designer@example.org") == 1
    assert [f.recipients for f in FailedEmail.objects.all()] == ["xdesigner@example.org"]
