"""wagtail-localize's translation editor opens with how many segments are left, the slug
included (issue #14), in the translator's language."""

import re

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from showcase.models import DesignerIndexPage, DesignerPage


@pytest.fixture
def admin_client(client, django_user_model, demo):
    user = django_user_model.objects.create_superuser("boss", "boss@mikser.example", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def started_translation(demo):
    index = DesignerIndexPage.objects.get(locale__language_code="en")
    page = DesignerPage(title="Only In English", slug="only-in-english", short_bio="A short bio.",
                        city="Lund", country="SE")  # fmt: skip
    index.add_child(instance=page)
    page.save_revision().publish()
    source, _ = TranslationSource.get_or_create_from_instance(page)
    started = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="sv")
    )
    started.save_target(publish=False)
    return started


def segments_left(html):
    return int(re.search(r'data-segments-left="(\d+)"', html).group(1))


def editor(client, started):
    target = started.get_target_instance()
    return client.get(reverse("wagtailadmin_pages:edit", args=[target.pk]))


def test_the_editor_counts_the_segments_left_slug_included(admin_client, started_translation):
    total, done = started_translation.get_progress()
    slug = started_translation.source.stringsegment_set.filter(context__path="slug")
    assert slug.exists(), "the slug is one of the segments counted"
    response = editor(admin_client, started_translation)
    assert response.status_code == 200
    html = response.content.decode()
    assert "js-translation-editor" in html, "still wagtail-localize's editor"
    assert segments_left(html) == total - done > 0
    assert f"{total - done} segments of {total} left to translate, the slug included." in html

    # Translating the slug takes one off the count.
    StringTranslation.objects.create(
        translation_of=slug.get().string,
        locale=started_translation.target_locale,
        context=slug.get().context,
        data="bara-pa-engelska",
    )
    assert segments_left(editor(admin_client, started_translation).content.decode()) == (
        total - done - 1
    )


def test_the_count_speaks_the_translators_language(
    admin_client, django_user_model, started_translation
):
    total, done = started_translation.get_progress()
    profile = UserProfile.get_for_user(django_user_model.objects.get(username="boss"))
    profile.preferred_language = "sv"
    profile.save()
    html = editor(admin_client, started_translation).content.decode()
    assert f"{total - done} segment av {total} kvar att översätta, sluggen inräknad." in html
