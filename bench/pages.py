"""The pages the benchmark requests, and the SQL queries each one runs.

    DATABASE_URL=… python bench/pages.py            JSON: {name: path}
    DATABASE_URL=… python bench/pages.py --queries  JSON: {name: {"path", "queries", "status"}}

Run with the production settings (bench/run.py sets the environment). Query counts come from
Django's test client with the page cache off, second request of each page (renditions exist).
"""

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")


def benchmark_paths():
    from wagtail.models import Locale

    from programmes.models import ProgrammeIndexPage, ProgrammePage
    from showcase.models import (
        DesignerIndexPage,
        DesignerPage,
        Discipline,
        ProjectIndexPage,
        ProjectPage,
        Theme,
    )

    def first(model, **filters):
        return model.objects.live().filter(locale__language_code="en", **filters).order_by("pk")[0]

    designers = first(DesignerIndexPage).url
    projects = first(ProjectIndexPage).url
    programmes = first(ProgrammeIndexPage).url
    discipline = Discipline.objects.filter(locale__language_code="en").order_by("pk")[0].slug
    theme = Theme.objects.filter(locale__language_code="en").order_by("pk")[0].slug
    project = first(ProjectPage)
    designer = first(DesignerPage)  # a demo designer: projects, programmes, a full profile
    serbian = designer.get_translation(Locale.objects.get(language_code="sr"))
    return {
        "home": "/en/",
        "designers": designers,
        "designers filtered": f"{designers}?country=SE&discipline={discipline}",
        "projects": projects,
        "projects filtered": f"{projects}?year={project.year}&theme={theme}",
        "programmes": programmes,
        "programmes filtered": f"{programmes}?kind=residency&status=open",
        "designer": designer.url,
        "designer (sr-latn)": "/sr-latn/" + serbian.url.split("/", 2)[2],
        "project": project.url,
        "programme": first(ProgrammePage).url,
        "search": "/en/search/?q=design",
    }


def query_counts(paths):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    counts = {}
    for name, path in paths.items():
        client.get(path)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        counts[name] = {"path": path, "queries": len(queries), "status": response.status_code}
    return counts


if __name__ == "__main__":
    import django

    django.setup()
    paths = benchmark_paths()
    print(json.dumps(query_counts(paths) if "--queries" in sys.argv else paths, indent=2))
