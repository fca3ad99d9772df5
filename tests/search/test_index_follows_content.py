"""The index follows the content: publish, unpublish, delete, move, translation publish and
workflow approval update it on every backend; `update_index` rebuilds it."""

import io

from django.core.management import call_command
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail_localize.models import Translation, TranslationSource

from home.models import HomePage, StandardPage
from search.engines import get_engine
from search.service import searchable_pages
from showcase.models import DesignerIndexPage
from tests.search.conftest import refresh_index
from tests.search.helpers import add_designer, locale, search, titles


def engine_ids(word, language="en", pages=None):
    """What the index itself answers, before the database double-checks it."""
    refresh_index()
    pages = searchable_pages(locale(language)) if pages is None else pages
    return [hit.page_id for hit in get_engine().search(pages, word, language, 50)]


def test_publish_adds_to_the_index(search_backend):
    page = add_designer("Hiraeth Newcomer", publish=False)
    assert engine_ids("hiraeth") == []
    page.save_revision().publish()
    assert engine_ids("hiraeth") == [page.pk]


def test_new_draft_text_stays_out_until_published(search_backend):
    page = add_designer("Saudade Person")
    page.title = "Saudade Renamed Limerence"
    page.save_revision()  # a draft: the live page keeps its old title
    assert titles(search("limerence")) == []
    page.get_latest_revision().publish()
    assert titles(search("limerence")) == ["Saudade Renamed Limerence"]


def test_unpublish_removes_from_results(search_backend):
    page = add_designer("Komorebi Leaver")
    assert engine_ids("komorebi") == [page.pk]
    page.unpublish()
    assert engine_ids("komorebi") == []
    assert search("komorebi").total == 0


def test_delete_removes_from_the_index(search_backend):
    page = add_designer("Eunoia Deleted")
    pk = page.pk
    assert engine_ids("eunoia", pages=Page.objects.all()) == [pk]
    page.delete()
    assert engine_ids("eunoia", pages=Page.objects.all()) == []


def test_move_into_and_out_of_a_private_section(search_backend):
    home = HomePage.objects.get(locale__language_code="en")
    private = StandardPage(title="Members only", slug="members-only-test")
    home.add_child(instance=private)
    private.save_revision().publish()
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    shelf = DesignerIndexPage(title="Shelf", slug="shelf-test")
    home.add_child(instance=shelf)
    shelf.save_revision().publish()
    page = add_designer("Mamihlapinatapai Mover", parent=shelf)
    assert engine_ids("mamihlapinatapai") == [page.pk]

    # Moving the section moves its designer too: its stored path must follow.
    Page.objects.get(pk=shelf.pk).move(private, pos="last-child")
    assert engine_ids("mamihlapinatapai") == []
    assert search("mamihlapinatapai").total == 0

    Page.objects.get(pk=page.pk).move(home, pos="last-child")
    assert engine_ids("mamihlapinatapai") == [page.pk]


def test_translation_publish_adds_the_translation(
    search_backend, django_capture_on_commit_callbacks
):
    page = add_designer("Sisu Source", bio="Makes chairs from sisuwood.")
    sv = Locale.objects.get(language_code="sv")
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=sv)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = entry.msgid.replace("chairs", "stolar").replace("Source", "Källa")
    translation.import_po(po)
    assert engine_ids("sisuwood", "sv") == []
    # wagtail-localize publishes the translated revision once the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    assert titles(search("sisuwood", "sv")) == ["Sisu Källa"]
    assert "Sisu Källa" in titles(search("stol", "sv"))  # stolar, stemmed


def test_workflow_approval_publishes_into_the_index(search_backend, django_user_model):
    from wagtail.models import Workflow

    page = add_designer("Ubuntu Submitted", publish=False)
    editor = django_user_model.objects.create_superuser("approver", "a@example.com", "pw")
    workflow = Workflow.objects.filter(active=True).first()
    assert workflow is not None
    state = workflow.start(page, editor)
    assert engine_ids("ubuntu") == []
    while state.status == state.STATUS_IN_PROGRESS:
        state.current_task_state.approve(user=editor)
        state.refresh_from_db()
    assert engine_ids("ubuntu") == [page.pk]


def test_update_index_rebuilds(search_backend):
    page = add_designer("Wabisabi Rebuilt")
    call_command("update_index", stdout=io.StringIO())
    assert engine_ids("wabisabi") == [page.pk]
