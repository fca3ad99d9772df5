"""Synthetic bulk content for benchmarks: `load_demo_content --scale N`.

Adds N English designers with three projects each under the demo's indexes. Text is stitched
from the real demo sentences so search and templates meet realistic lengths.

Creating 4N pages one by one through `add_child` costs ~100 ms each (tree bookkeeping, full
clean, reference and search index signals), which is over an hour for N = 10,000. These pages
are never edited, so they are written in bulk instead: tree paths are computed as treebeard
would, page rows go in with `bulk_create`, the page-type rows with one INSERT per batch. The
search index is not touched: run `manage.py update_index` afterwards (the benchmark times it).
Idempotent: a second run with the same N adds nothing.
"""

import random
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models.sql import InsertQuery
from django.utils import timezone
from wagtail.models import Page

from demo.data import designers as designer_data
from demo.data import projects as project_data
from showcase.models import DesignerPage, Discipline, ProjectPage, ProjectTeamMember, Theme

FIRST_NAMES = [
    "Ana", "Marko", "Jelena", "Nikola", "Milica", "Stefan", "Ivana", "Luka", "Teodora", "Filip",
    "Sara", "Vuk", "Maja", "Đorđe", "Katarina", "Lazar", "Elsa", "Oskar", "Linnea", "Hugo",
    "Ebba", "Axel", "Saga", "Nils", "Alva", "Viktor", "Freja", "Emil", "Signe", "Ljubica",
]  # fmt: skip
LAST_NAMES = [
    "Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Živković",
    "Pavlović", "Popović", "Lindqvist", "Andersson", "Johansson", "Karlsson", "Nilsson",
    "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Bergström", "Holm", "Sandberg",
]  # fmt: skip
CITIES = [
    ("Belgrade", "RS"), ("Novi Sad", "RS"), ("Niš", "RS"), ("Kragujevac", "RS"),
    ("Stockholm", "SE"), ("Gothenburg", "SE"), ("Malmö", "SE"), ("Uppsala", "SE"),
]  # fmt: skip
PROJECTS_PER_DESIGNER = 3
BATCH = 500


def _sentences():
    texts = [d["short_bio"]["en"] for d in designer_data.DESIGNERS]
    texts += [p["summary"]["en"] for p in project_data.PROJECTS]
    return texts


class TreeAppender:
    """Hands out treebeard paths for new children of one parent, as `add_child` would."""

    def __init__(self, parent):
        self.parent = Page.objects.get(pk=parent.pk)
        last = self.parent.get_last_child()
        self.step = Page._str2int(last.path[-Page.steplen :]) if last else 0
        self.added = 0

    def next_path(self):
        self.step += 1
        self.added += 1
        return Page._get_path(self.parent.path, self.parent.depth + 1, self.step)

    def save(self):
        Page.objects.filter(pk=self.parent.pk).update(numchild=self.parent.numchild + self.added)


def _insert_specific_rows(model, objects):
    """INSERT the page-type table rows of MTI pages whose `wagtailcore_page` rows exist."""
    query = InsertQuery(model)
    query.insert_values(model._meta.local_concrete_fields, objects, raw=True)
    query.get_compiler(connection.alias).execute_sql(returning_fields=None)


def _page_rows(specific_objects, appender, parent, content_type, locale, now):
    rows = []
    for obj in specific_objects:
        rows.append(
            Page(
                title=obj.title,
                draft_title=obj.title,
                slug=obj.slug,
                content_type=content_type,
                path=appender.next_path(),
                depth=appender.parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}{obj.slug}/",
                live=True,
                has_unpublished_changes=False,
                first_published_at=now,
                last_published_at=now,
                locale=locale,
                translation_key=uuid.uuid4(),
            )
        )
    return Page.objects.bulk_create(rows)


def add_synthetic_designers(loader, count, log=print):
    rng = random.Random(20261121)
    designer_index = loader.indexes["designers"]
    project_index = loader.indexes["projects"]
    en = loader.locales["en"]
    disciplines = list(Discipline.objects.filter(locale=en))
    themes = list(Theme.objects.filter(locale=en))
    sentences = _sentences()
    existing = set(
        DesignerPage.objects.child_of(designer_index)
        .filter(slug__startswith="synthetic-")
        .values_list("slug", flat=True)
    )
    designer_type = ContentType.objects.get_for_model(DesignerPage)
    project_type = ContentType.objects.get_for_model(ProjectPage)
    designer_disciplines = DesignerPage.disciplines.through
    project_disciplines = ProjectPage.disciplines.through
    project_themes = ProjectPage.themes.through
    now = timezone.now()
    created = 0

    for start in range(0, count, BATCH):
        numbers = [
            n
            for n in range(start, min(start + BATCH, count))
            if f"synthetic-{n:06d}" not in existing
        ]
        if not numbers:
            continue
        with transaction.atomic():
            designers, projects, picks = [], [], []
            for number in numbers:
                name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
                city, country = rng.choice(CITIES)
                slug = f"synthetic-{number:06d}"
                designers.append(
                    DesignerPage(
                        title=name,
                        slug=slug,
                        short_bio=rng.choice(sentences)[:300],
                        bio="".join(f"<p>{rng.choice(sentences)}</p>" for _ in range(3)),
                        city=city,
                        country=country,
                        spoken_languages=["en"],
                        links=[],
                        portrait_alt="",
                        open_to_collaboration=rng.random() < 0.5,
                        available_for_mobility=rng.random() < 0.4,
                    )
                )
                for n in range(PROJECTS_PER_DESIGNER):
                    projects.append(
                        ProjectPage(
                            title=f"{rng.choice(sentences).split('.')[0][:60]} ({name}, {n + 1})",
                            slug=f"{slug}-project-{n + 1}",
                            summary=rng.choice(sentences)[:300],
                            cover_alt="",
                            body=[
                                ("paragraph", f"<p>{rng.choice(sentences)}</p>") for _ in range(3)
                            ],
                            year=rng.randrange(2015, 2027),
                            city=city,
                            country=country,
                        )
                    )
                picks.append(
                    (rng.sample(disciplines, 2), [rng.sample(disciplines, 1) for _ in range(3)],
                     [rng.sample(themes, 2) for _ in range(3)])
                )  # fmt: skip

            designer_tree, project_tree = TreeAppender(designer_index), TreeAppender(project_index)
            designer_rows = _page_rows(
                designers, designer_tree, designer_index, designer_type, en, now
            )
            project_rows = _page_rows(projects, project_tree, project_index, project_type, en, now)
            designer_tree.save()
            project_tree.save()
            for obj, row in zip(designers + projects, designer_rows + project_rows, strict=True):
                obj.page_ptr_id = obj.id = row.pk
            _insert_specific_rows(DesignerPage, designers)
            _insert_specific_rows(ProjectPage, projects)

            designer_links, project_links, theme_links, members = [], [], [], []
            for i, (designer, (own, per_project, per_theme)) in enumerate(
                zip(designers, picks, strict=True)
            ):
                designer_links += [
                    designer_disciplines(designerpage_id=designer.pk, discipline_id=d.pk)
                    for d in own
                ]
                for n in range(PROJECTS_PER_DESIGNER):
                    project = projects[i * PROJECTS_PER_DESIGNER + n]
                    project_links += [
                        project_disciplines(projectpage_id=project.pk, discipline_id=d.pk)
                        for d in per_project[n]
                    ]
                    theme_links += [
                        project_themes(projectpage_id=project.pk, theme_id=t.pk)
                        for t in per_theme[n]
                    ]
                    members.append(
                        ProjectTeamMember(
                            page_id=project.pk,
                            designer_id=designer.pk,
                            role="Designer",
                            sort_order=0,
                            locale=en,
                        )
                    )
            designer_disciplines.objects.bulk_create(designer_links)
            project_disciplines.objects.bulk_create(project_links)
            project_themes.objects.bulk_create(theme_links)
            ProjectTeamMember.objects.bulk_create(members)
            created += len(designers) + len(projects)
        log(f"  {numbers[-1] + 1}/{count} synthetic designers")
    return created
