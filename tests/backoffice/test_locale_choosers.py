"""Checkbox lists of snippets in the page editor show the page's locale only, one entry per
translation key (issue #14)."""

import re

import pytest
from django.urls import reverse
from wagtail.models import Locale

from showcase.models import DesignerPage, Discipline, Organisation


@pytest.fixture
def admin_client(client, django_user_model, demo):
    user = django_user_model.objects.create_superuser("boss", "boss@mikser.example", "pw")
    client.force_login(user)
    return client


def checkbox_values(html, name):
    return re.findall(rf'<input type="checkbox" name="{name}" value="(\d+)"[^>]*>', html)


def checked_values(html, name):
    return re.findall(rf'<input type="checkbox" name="{name}" value="(\d+)"[^>]*checked', html)


def native_designer(locale):
    """A designer written in `locale` (not a wagtail-localize translation, which opens the
    translation editor instead of the form), related to English terms as a submission is."""
    from showcase.models import DesignerIndexPage

    index = DesignerIndexPage.objects.get(locale=locale)
    page = DesignerPage(title="Native", slug="native-designer", short_bio="Bio.", city="Lund",
                        country="SE", locale=locale)  # fmt: skip
    page.disciplines = list(
        Discipline.objects.filter(locale__language_code="en").order_by("slug")[:2]
    )
    index.add_child(instance=page)
    page.save_revision()
    return page


@pytest.mark.parametrize("language", ["en", "sr", "sv"])
def test_designer_disciplines_list_the_page_locale_once_per_term(admin_client, language):
    locale = Locale.objects.get(language_code=language)
    designer = native_designer(locale)
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[designer.pk])).content.decode()
    values = checkbox_values(html, "disciplines")
    shown = Discipline.objects.filter(pk__in=values)
    keys = Discipline.objects.values("translation_key").distinct().count()
    assert len(values) == keys  # one per term (before: every locale's, 3 × as many)
    assert {d.locale_id for d in shown} == {locale.pk}
    # The designer's chosen terms stay checked, whatever locale the relation points at.
    chosen_keys = {d.translation_key for d in designer.disciplines.all()}
    assert len(chosen_keys) == 2
    checked = shown.filter(pk__in=checked_values(html, "disciplines"))
    assert {d.translation_key for d in checked} == chosen_keys


@pytest.mark.parametrize("model", ["projectpage", "programmepage"])
def test_new_project_and_programme_list_partners_of_the_parent_locale(admin_client, model):
    from programmes.models import ProgrammeIndexPage
    from showcase.models import ProjectIndexPage

    sv = Locale.objects.get(language_code="sv")
    app, parent_model = {
        "projectpage": ("showcase", ProjectIndexPage),
        "programmepage": ("programmes", ProgrammeIndexPage),
    }[model]
    parent = parent_model.objects.get(locale=sv)
    url = reverse("wagtailadmin_pages:add", args=[app, model, parent.pk])
    html = admin_client.get(url).content.decode()
    values = checkbox_values(html, "partners")
    assert len(values) == Organisation.objects.values("translation_key").distinct().count()
    locales = set(Organisation.objects.filter(pk__in=values).values_list("locale", flat=True))
    assert locales == {sv.pk}
    disciplines = checkbox_values(html, "disciplines")
    assert len(disciplines) == Discipline.objects.values("translation_key").distinct().count()
