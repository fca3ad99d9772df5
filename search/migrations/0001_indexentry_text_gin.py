"""A GIN index on `title || body` of the database backend's index entries (PostgreSQL only).

Wagtail's database backend matches `(title || body) @@ query`, an expression its own GIN indexes
(on `title` and on `body` apart) cannot serve, so every search read and concatenated all 40,000
entries. search/engines.py's PostgresEngine uses this index to find the body matches.
"""

from django.db import migrations

CREATE = (
    "CREATE INDEX IF NOT EXISTS mikser_indexentry_text_gin "
    "ON wagtailsearch_indexentry USING gin ((title || body))"
)
DROP = "DROP INDEX IF EXISTS mikser_indexentry_text_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(create, drop)]
