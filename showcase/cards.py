"""What the image-first cards show beyond the page itself (issue #13), in constant queries.

A designer card shows two or three of the designer's works; a project card names its
designers. Both are read for a whole list of cards at once, so a listing's query count stays
the same whatever it shows (tests/listings). Cards are kept as derived fragments until the next
publish, so these queries run only when a card is rendered anew.
"""

from collections import defaultdict

from django.apps import apps

from languages.localization import localize_all
from pictures.specs import CARD_PICTURE, with_renditions

WORKS_PER_DESIGNER = 3


def attach_work_thumbnails(designers, limit=WORKS_PER_DESIGNER):
    """Set `designer.works`: up to `limit` of their live, public projects with a cover image,
    newest first, in the designer's own locale (covers' card renditions prefetched)."""
    # By label: the page models call these functions from their own modules.
    ProjectPage = apps.get_model("showcase", "ProjectPage")
    ProjectTeamMember = apps.get_model("showcase", "ProjectTeamMember")
    designers = list(designers)
    for designer in designers:
        designer.works = []
    if not designers:
        return designers
    # Team rows may point at the designer's page in any locale: match on the translation key.
    rows = (
        ProjectTeamMember.objects.filter(
            designer__translation_key__in={d.translation_key for d in designers},
            page__locale_id__in={d.locale_id for d in designers},
            page__live=True,
            page__cover_image__isnull=False,
        )
        .order_by("-page__year", "page__title")
        .values_list("designer__translation_key", "page__locale_id", "page_id")
    )
    wanted = defaultdict(list)
    for key, locale_id, page_id in rows:
        chosen = wanted[(key, locale_id)]
        if page_id not in chosen and len(chosen) < limit:
            chosen.append(page_id)
    ids = {page_id for chosen in wanted.values() for page_id in chosen}
    projects = {}
    if ids:
        projects = {
            project.pk: project
            for project in ProjectPage.objects.live()
            .public()
            .filter(pk__in=ids)
            .prefetch_related(with_renditions("cover_image", CARD_PICTURE))
        }
    for designer in designers:
        chosen = wanted.get((designer.translation_key, designer.locale_id), [])
        designer.works = [projects[pk] for pk in chosen if pk in projects]
    return designers


def attach_bylines(projects):
    """Set `project.designers`: the team's designer pages in the visitor's language, in the
    team's order, for the byline on every project card."""
    ProjectTeamMember = apps.get_model("showcase", "ProjectTeamMember")
    projects = list(projects)
    members = defaultdict(list)
    if projects:
        for member in ProjectTeamMember.objects.filter(
            page_id__in=[project.pk for project in projects], designer__live=True
        ).select_related("designer"):
            members[member.page_id].append(member.designer)
    teams = [members.get(project.pk, []) for project in projects]
    localized = iter(localize_all(designer for team in teams for designer in team))
    for project in projects:
        project.designers = [next(localized) for _ in members.get(project.pk, [])]
    return projects
