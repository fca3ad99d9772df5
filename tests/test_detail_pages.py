"""Detail pages and cards say who made what and lead on (issue #13): bylines, tags that open
the filtered listing, more by the same designer, previous and next, and a designer without a
portrait who still looks finished."""

import re

from showcase.models import DesignerIndexPage, DesignerPage, ProjectPage
from tests.conftest import url_in


def project_with_a_prolific_designer():
    """A demo project whose first designer has other projects too."""
    for project in ProjectPage.objects.live().filter(locale__language_code="en").order_by("pk"):
        member = project.team_members.first()
        if member is None:
            continue
        others = (
            ProjectPage.objects.live()
            .filter(locale__language_code="en", team_members__designer=member.designer)
            .exclude(pk=project.pk)
        )
        if others.exists():
            return project, member.designer, set(others.values_list("title", flat=True))
    raise AssertionError("the demo has no designer with two projects")


def test_project_page_has_a_byline_linking_to_its_designers(client, demo):
    project, designer, _others = project_with_a_prolific_designer()
    html = client.get(url_in(project, "en")).content.decode()
    byline = re.search(r'<p class="byline">(.*?)</p>', html, re.S).group(1)
    assert byline.startswith("by ")
    assert f'href="{designer.url}"' in byline


def test_project_tags_open_the_filtered_listing(client, demo):
    project, _designer, _others = project_with_a_prolific_designer()
    discipline = project.disciplines.first()
    index = project.get_parent()
    html = client.get(url_in(project, "en")).content.decode()
    link = f"{index.url}?discipline={discipline.slug}"
    assert f'href="{link}"' in html
    listed = client.get(link).context["items"].object_list
    assert project.title in [item.title for item in listed]
    assert all(discipline in item.disciplines.all() for item in listed)


def test_project_page_shows_more_by_the_designer(client, demo):
    project, designer, others = project_with_a_prolific_designer()
    response = client.get(url_in(project, "en"))
    more = response.context["more_by_designer"]
    assert more["designer"].title == designer.title
    shown = {item.title for item in more["projects"]}
    assert shown and shown <= others and project.title not in shown
    assert f"More by {designer.title}" in response.content.decode()


def test_previous_and_next_follow_the_listing_order(client, demo):
    index_url = url_in(ProjectPage.objects.live().first().get_parent(), "en")
    order = [item.title for item in client.get(index_url).context["items"]]
    middle = ProjectPage.objects.get(locale__language_code="en", title=order[1])
    context = client.get(url_in(middle, "en")).context
    assert context["previous_project"].title == order[0]
    assert context["next_project"].title == order[2]
    first = ProjectPage.objects.get(locale__language_code="en", title=order[0])
    assert not client.get(url_in(first, "en")).context["previous_project"]


def test_project_cards_name_their_designers(client, demo):
    project, designer, _others = project_with_a_prolific_designer()
    html = client.get(url_in(project.get_parent(), "en")).content.decode()
    card = html[html.index(f">{project.title}</a>") :].split("</article>")[0]
    assert f'<span class="card__designer">{designer.title}</span>' in card


def test_designer_cards_show_their_works(client, demo):
    response = client.get(url_in(DesignerIndexPage.objects.get(locale__language_code="en"), "en"))
    items = list(response.context["items"].object_list)
    with_works = [item for item in items if item.works]
    assert with_works, "demo designers have projects"
    for item in with_works:
        assert 1 <= len(item.works) <= 3
        assert all(work.cover_image_id for work in item.works)
    assert response.content.decode().count('class="card__work') >= len(with_works)


def test_designer_without_portrait_or_works_gets_initials(client, demo):
    index = DesignerIndexPage.objects.get(locale__language_code="en")
    designer = DesignerPage(
        title="Zoran Živić",
        slug="zoran-zivic",
        short_bio="Type designer.",
        city="Niš",
        country="RS",
    )
    index.add_child(instance=designer)
    designer.save_revision().publish()
    html = client.get(url_in(designer, "en")).content.decode()
    assert re.search(
        r'<span class="initials initials--header[^"]*" aria-hidden="true">ZŽ</span>', html
    )
    listing = client.get(f"{url_in(index, 'en')}?page=2").content.decode()
    card = listing[listing.index(">Zoran Živić</a>") :].split("</article>")[0]
    assert "initials--large" in card and "card__image--empty" not in card
