"""Groups and workflows for reviewing submissions and publishing programmes (issue #5).

Creates the groups Curators, Editors (Wagtail's own first migration already made it: it is
extended) and Translators with their page, snippet, image and collection permissions, and the
workflows "Portfolio review" (curator review, then editor approval) and "Programme publication"
(editor approval). Section pages that exist already get their workflow and the curators' page
permissions here; sections created later get them from `showcase.submissions.review`, which
applies the same rules.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PAGE = ["add_page", "change_page", "lock_page", "unlock_page"]
EDITOR_PAGE = PAGE + ["publish_page", "bulk_delete_page"]
TRANSLATOR_PAGE = ["add_page", "change_page"]
SNIPPETS = ["discipline", "theme", "organisation"]
EDITOR_MODELS = [
    ("showcase", model, action)
    for model in SNIPPETS
    for action in ("add", "change", "delete")
] + [("home", "footertext", action) for action in ("add", "change", "delete")]
TRANSLATOR_MODELS = [("showcase", model, "change") for model in SNIPPETS] + [
    ("home", "footertext", "change")
]

IMAGES = {
    "Curators": ["add_image", "change_image", "choose_image"],
    "Editors": ["add_image", "change_image", "choose_image", "delete_image"],
    "Translators": ["choose_image"],
}
COLLECTIONS = {"Editors": ["add_collection", "change_collection", "delete_collection"]}

SECTIONS = {
    ("showcase", "designerindexpage"): "Portfolio review",
    ("showcase", "projectindexpage"): "Portfolio review",
    ("programmes", "programmeindexpage"): "Programme publication",
}
CURATOR_SECTIONS = {("showcase", "designerindexpage"), ("showcase", "projectindexpage")}


def permission(apps, app_label, codename):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def create_review_setup(apps, schema_editor):
    # Model permissions are normally created after all migrations (post_migrate): create them now
    # so this migration can hand them out on a fresh database.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")

    groups = {name: Group.objects.get_or_create(name=name)[0]
              for name in ("Curators", "Editors", "Translators")}  # fmt: skip
    access_admin = permission(apps, "wagtailadmin", "access_admin")
    submit_translation = permission(apps, "wagtail_localize", "submit_translation")
    for group in groups.values():
        group.permissions.add(access_admin)
    groups["Editors"].permissions.add(
        submit_translation,
        *(permission(apps, app, f"{action}_{model}") for app, model, action in EDITOR_MODELS),
    )
    # The submissions list in the admin: curators read it, editors may clear its script flag.
    groups["Curators"].permissions.add(permission(apps, "showcase", "view_portfoliosubmission"))
    groups["Editors"].permissions.add(
        permission(apps, "showcase", "view_portfoliosubmission"),
        permission(apps, "showcase", "change_portfoliosubmission"),
    )
    groups["Translators"].permissions.add(
        submit_translation,
        *(permission(apps, app, f"{action}_{model}") for app, model, action in TRANSLATOR_MODELS),
    )

    root_page = Page.objects.get(depth=1)
    for name, codenames in (("Editors", EDITOR_PAGE), ("Translators", TRANSLATOR_PAGE)):
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=groups[name],
                page=root_page,
                permission=permission(apps, "wagtailcore", codename),
            )

    root_collection = Collection.objects.get(depth=1)
    for name, codenames in IMAGES.items():
        for codename in codenames:
            GroupCollectionPermission.objects.get_or_create(
                group=groups[name],
                collection=root_collection,
                permission=permission(apps, "wagtailimages", codename),
            )
    for name, codenames in COLLECTIONS.items():
        for codename in codenames:
            GroupCollectionPermission.objects.get_or_create(
                group=groups[name],
                collection=root_collection,
                permission=permission(apps, "wagtailcore", codename),
            )

    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )

    def task(name, group):
        found = GroupApprovalTask.objects.filter(name=name).first()
        if found is None:
            found = GroupApprovalTask.objects.create(name=name, content_type=task_type)
            found.groups.set([group])
        return found

    curator_review = task("Curator review", groups["Curators"])
    editor_approval = task("Editor approval", groups["Editors"])
    workflows = {}
    for name, tasks in (
        ("Portfolio review", [curator_review, editor_approval]),
        ("Programme publication", [editor_approval]),
    ):
        workflow, created = Workflow.objects.get_or_create(name=name)
        if created:
            for position, step in enumerate(tasks):
                WorkflowTask.objects.create(workflow=workflow, task=step, sort_order=position)
        workflows[name] = workflow

    for (app_label, model), workflow_name in SECTIONS.items():
        content_type = ContentType.objects.filter(app_label=app_label, model=model).first()
        if content_type is None:
            continue
        for page in Page.objects.filter(content_type=content_type):
            WorkflowPage.objects.get_or_create(
                page=page, defaults={"workflow": workflows[workflow_name]}
            )
            if (app_label, model) in CURATOR_SECTIONS:
                for codename in PAGE:
                    GroupPagePermission.objects.get_or_create(
                        group=groups["Curators"],
                        page=page,
                        permission=permission(apps, "wagtailcore", codename),
                    )


class Migration(migrations.Migration):
    dependencies = [
        ("showcase", "0002_portfolio_submission"),
        ("home", "0001_initial"),
        ("programmes", "0002_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_review_setup, migrations.RunPython.noop)]
