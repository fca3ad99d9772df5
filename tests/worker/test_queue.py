"""What a publish hands to the worker instead of doing in the editor's request, and the
periodic jobs (scheduled publishing) the worker runs on its own clock (docs/operations.md,
"Background tasks")."""

from datetime import timedelta

import time_machine
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.images import get_image_model

from showcase.models import ProjectPage
from tests.worker.conftest import queued
from worker.models import PeriodicJob
from worker.periodic import tick

INDEX_TASK = "modelsearch.tasks.insert_or_update_object_task"
RENDITIONS_TASK = "pictures.tasks.warm_page_renditions_task"
PERIODIC_TASK = "worker.tasks.run_periodic_job"


def renditions():
    return get_image_model().get_rendition_model().objects.count()


def gallery_project():
    pages = ProjectPage.objects.live().filter(locale__language_code="en").specific()
    return next(p for p in pages if any(b.block_type == "gallery" for b in p.body))


def test_a_publish_queues_its_indexing_and_renditions_and_makes_none_itself(
    demo, database_queue, settings
):
    settings.WARM_RENDITIONS_ON_PUBLISH = True
    project = gallery_project()
    before = renditions()

    project.save_revision().publish()

    waiting = {task.task_path for task in queued()}
    assert {INDEX_TASK, RENDITIONS_TASK} <= waiting
    assert renditions() == before, "the publish itself encoded images"

    database_queue()

    assert queued() == []
    assert not DBTaskResult.objects.filter(status="FAILED").exists()
    assert renditions() > before, "the worker made the page's renditions"


def scheduled(page, **dates):
    """Save a revision of `page` with go-live/expiry dates and publish it as the editor's
    "Schedule publishing" does: a future go-live leaves the revision approved, waiting."""
    for name, value in dates.items():
        setattr(page, name, value)
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()
    return page


def test_the_worker_publishes_a_page_whose_go_live_has_come(demo, database_queue):
    project = gallery_project()
    project.unpublish()
    go_live = timezone.now() + timedelta(hours=2)
    project = scheduled(project, go_live_at=go_live)
    assert not project.live

    with time_machine.travel(go_live - timedelta(minutes=1)):
        database_queue(clock=True)
    project.refresh_from_db()
    assert not project.live, "published before its time"

    with time_machine.travel(go_live + timedelta(minutes=1)):
        database_queue(clock=True)
    project.refresh_from_db()
    assert project.live
    assert DBTaskResult.objects.filter(task_path=PERIODIC_TASK, status="SUCCESSFUL").exists()


def test_the_worker_unpublishes_a_page_that_has_expired(demo, database_queue):
    project = gallery_project()
    expiry = timezone.now() + timedelta(days=1)
    project = scheduled(project, expire_at=expiry)
    assert project.live

    with time_machine.travel(expiry + timedelta(minutes=1)):
        database_queue(clock=True)
    project.refresh_from_db()
    assert not project.live
    assert project.expired


def test_each_periodic_job_is_queued_once_a_period_however_many_workers_tick(
    db, database_queue, settings
):
    settings.WORKER_PERIODIC_JOBS = {"publish_scheduled": (60, ["publish_scheduled"])}
    start = timezone.now().replace(second=5, microsecond=0)

    with time_machine.travel(start, tick=False):
        first, second = tick(), tick()  # two workers in the same minute
    with time_machine.travel(start + timedelta(seconds=50), tick=False):
        same_minute = tick()
    with time_machine.travel(start + timedelta(seconds=60), tick=False):
        next_minute = tick()

    assert (first, second, same_minute, next_minute) == (
        ["publish_scheduled"],
        [],
        [],
        ["publish_scheduled"],
    )
    assert len(queued(PERIODIC_TASK)) == 2
    assert PeriodicJob.objects.get(name="publish_scheduled").last_period == (
        int((start + timedelta(seconds=60)).timestamp()) // 60
    )


def test_a_move_queues_the_reindexing_of_the_whole_subtree(demo, database_queue):
    from showcase.models import DesignerIndexPage, ProjectIndexPage

    designers = DesignerIndexPage.objects.get(locale__language_code="en")
    child = designers.get_children().live().first()
    designers.move(ProjectIndexPage.objects.get(locale__language_code="en"), pos="last-child")

    reindexed = {t.args_kwargs["args"][2] for t in queued(INDEX_TASK)}
    assert {str(designers.pk), str(child.pk)} <= reindexed
