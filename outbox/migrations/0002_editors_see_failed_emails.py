"""Editors read, retry and delete failed e-mails (outbox/views.py); the group is the one the
review workflows use (showcase migration 0003), found or made by name here too."""

from django.db import migrations

CODENAMES = ["view_failedemail", "delete_failedemail", "retry_failedemail"]


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Model permissions are normally made after all migrations (post_migrate); made now so they
    # can be handed out on a fresh database (as showcase migration 0003 does).
    app_config = apps.get_app_config("outbox")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors, _ = Group.objects.get_or_create(name="Editors")
    permissions = Permission.objects.filter(
        content_type__app_label="outbox", codename__in=CODENAMES
    )
    editors.permissions.add(*permissions)
    admin_access = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    editors.permissions.add(*admin_access)


class Migration(migrations.Migration):
    dependencies = [
        ("outbox", "0001_failed_emails"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
