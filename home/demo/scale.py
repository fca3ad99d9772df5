"""Synthetic bulk content for benchmarks: `load_demo_content --scale N`.

Adds N English designers with three projects each under the demo's indexes. Text is stitched
from the real demo sentences so search and templates meet realistic lengths. Pages are created
live without revisions: a revision per page would triple the time and these pages are never
edited. Idempotent: a second run with the same N adds nothing.
"""

import random

from django.db import transaction
from django.utils import timezone

from home.demo.data import designers as designer_data
from home.demo.data import projects as project_data
from showcase.models import DesignerPage, Discipline, ProjectPage, ProjectTeamMember, Theme

FIRST_NAMES = [
    "Ana", "Marko", "Jelena", "Nikola", "Milica", "Stefan", "Ivana", "Luka", "Teodora", "Filip",
    "Sara", "Vuk", "Maja", "Đorđe", "Katarina", "Lazar", "Elsa", "Oskar", "Maja", "Linnea",
    "Hugo", "Ebba", "Axel", "Saga", "Nils", "Alva", "Viktor", "Freja", "Emil", "Signe",
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
BATCH = 250


def _sentences():
    texts = [d["short_bio"]["en"] for d in designer_data.DESIGNERS]
    texts += [p["summary"]["en"] for p in project_data.PROJECTS]
    return texts


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
    now = timezone.now()
    created = 0
    for start in range(0, count, BATCH):
        with transaction.atomic():
            for number in range(start, min(start + BATCH, count)):
                slug = f"synthetic-{number:06d}"
                if slug in existing:
                    continue
                name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
                city, country = rng.choice(CITIES)
                designer = DesignerPage(
                    title=name,
                    slug=slug,
                    short_bio=rng.choice(sentences)[:300],
                    bio="".join(f"<p>{rng.choice(sentences)}</p>" for _ in range(3)),
                    city=city,
                    country=country,
                    spoken_languages=["en"],
                    open_to_collaboration=rng.random() < 0.5,
                    available_for_mobility=rng.random() < 0.4,
                    first_published_at=now,
                    last_published_at=now,
                )
                designer.disciplines = rng.sample(disciplines, 2)
                designer_index.add_child(instance=designer)
                created += 1
                for n in range(3):
                    project = ProjectPage(
                        title=f"{rng.choice(sentences).split('.')[0][:60]} ({name}, {n + 1})",
                        slug=f"{slug}-project-{n + 1}",
                        summary=rng.choice(sentences)[:300],
                        body=[("paragraph", f"<p>{rng.choice(sentences)}</p>") for _ in range(3)],
                        year=rng.randrange(2015, 2027),
                        city=city,
                        country=country,
                        first_published_at=now,
                        last_published_at=now,
                    )
                    project.team_members = [ProjectTeamMember(designer=designer, role="Designer")]
                    project.disciplines = rng.sample(disciplines, 1)
                    project.themes = rng.sample(themes, 2)
                    project_index.add_child(instance=project)
                    created += 1
        log(f"  {min(start + BATCH, count)}/{count} synthetic designers")
    return created
