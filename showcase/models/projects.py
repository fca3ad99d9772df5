"""Projects: the work designers show, with their team, partners and originating programme."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from languages.admin_forms import LocaleScopedPageForm
from languages.localization import attach_localized, localize_all
from languages.slugs import AsciiSlugMixin
from listings.pages import ListingPageMixin
from pictures.specs import CARD_PICTURE, HERO_PICTURE, SHARE_IMAGE, with_renditions
from search.documents import SEARCH_FIELDS, SearchFacetsMixin, page_text, search_text
from showcase.cards import attach_bylines
from showcase.filters import ProjectFilterForm
from stories.blocks import StoryBlock


class ProjectIndexPage(AsciiSlugMixin, ListingPageMixin, Page):
    """Lists projects, filtered by discipline, theme, year and country."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["showcase.ProjectPage"]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1
    template = "showcase/project_index_page.html"
    filter_form_class = ProjectFilterForm
    sort_options = {
        "newest": (_("Newest first"), ("-year", "title")),
        "name": (_("Name"), ("title",)),
    }

    class Meta:
        verbose_name = _("project index")

    def projects(self):
        return ProjectPage.objects.child_of(self).live().public()

    def available_countries(self):
        return self.projects().order_by().values_list("country", flat=True).distinct()

    def available_years(self):
        return self.projects().order_by("-year").values_list("year", flat=True).distinct()

    def filtered_items(self, filters):
        projects = self.projects().order_by("-year", "title")
        if "discipline" in filters:
            projects = projects.filter(disciplines__slug=filters["discipline"])
        if "theme" in filters:
            projects = projects.filter(themes__slug=filters["theme"])
        if "year" in filters:
            projects = projects.filter(year=filters["year"])
        if "country" in filters:
            projects = projects.filter(country=filters["country"])
        projects = projects.prefetch_related(
            with_renditions("cover_image", CARD_PICTURE), "disciplines", "themes"
        )
        # DISTINCT only when a many-to-many filter can repeat rows (see DesignerIndexPage).
        joined = "discipline" in filters or "theme" in filters
        return projects.distinct() if joined else projects

    def decorate(self, items):
        attach_localized(items, "disciplines", "discipline_terms")
        attach_localized(items, "themes", "theme_terms")
        return attach_bylines(items)


class ProjectPage(SearchFacetsMixin, AsciiSlugMixin, Page):
    """A project story. Its team, partners and programme link it to the rest of the site."""

    # Snippet checkboxes list the page's locale only (languages/admin_forms.py).
    base_form_class = LocaleScopedPageForm

    summary = models.TextField(_("summary"), max_length=300)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cover_alt = models.CharField(
        _("cover image alt text"),
        max_length=250,
        blank=True,
        help_text=_("Describe the image for people who cannot see it. Required with an image."),
    )
    body = StreamField(StoryBlock(), verbose_name=_("body"), blank=True)
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1950), MaxValueValidator(2100)]
    )
    disciplines = ParentalManyToManyField(
        "showcase.Discipline", verbose_name=_("disciplines"), blank=True, related_name="+"
    )
    themes = ParentalManyToManyField(
        "showcase.Theme", verbose_name=_("themes"), blank=True, related_name="+"
    )
    city = models.CharField(_("city"), max_length=120, blank=True)
    country = CountryField(_("country"), blank=True)
    partners = ParentalManyToManyField(
        "showcase.Organisation",
        verbose_name=_("partner organisations"),
        blank=True,
        related_name="+",
    )
    programme = models.ForeignKey(
        "programmes.ProgrammePage",
        verbose_name=_("programme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="resulting_projects",
        help_text=_("The programme this project came from, if any."),
    )
    featured = models.BooleanField(
        _("featured on the home page"), default=False, help_text=_("Show on the home page.")
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("cover_image"), FieldPanel("cover_alt")], _("Cover")),
        FieldPanel("body"),
        FieldPanel("year"),
        FieldPanel("disciplines", widget=forms.CheckboxSelectMultiple),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldRowPanel([FieldPanel("city"), FieldPanel("country")], _("Where")),
        InlinePanel("team_members", label=_("Team"), min_num=1),
        FieldPanel("partners", widget=forms.CheckboxSelectMultiple),
        FieldPanel("programme"),
    ]
    promote_panels = Page.promote_panels + [FieldPanel("featured")]
    override_translatable_fields = [
        SynchronizedField("disciplines"),
        SynchronizedField("themes"),
        SynchronizedField("partners"),
    ]

    search_kind = "project"
    search_fields = (
        Page.search_fields
        + [index.FilterField("year"), index.FilterField("country")]
        + SEARCH_FIELDS
    )
    api_fields = [
        APIField("summary"),
        APIField("cover_image"),
        APIField("cover_alt"),
        APIField("body"),
        APIField("year"),
        APIField("city"),
        APIField("country"),
        APIField("team_members"),
    ]

    parent_page_types = ["showcase.ProjectIndexPage"]
    subpage_types = []
    template = "showcase/project_page.html"
    # The pictures it shows, for rendition warming (pictures/warming.py).
    picture_fields = {"cover_image": (CARD_PICTURE, HERO_PICTURE, SHARE_IMAGE)}
    picture_streams = ("body",)

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        # The home page asks for the few featured projects among thousands.
        indexes = [
            models.Index(
                fields=["featured"], condition=models.Q(featured=True), name="project_featured"
            )
        ]

    @classmethod
    def get_indexed_objects(cls):
        # update_index reads search_body() of every page: fetch its relations in bulk.
        return (
            super()
            .get_indexed_objects()
            .prefetch_related("team_members__designer", "disciplines", "themes", "partners")
        )

    @search_text
    def search_body(self):
        """The project's words for the search index (search/documents.py)."""
        return page_text(
            self,
            self.summary,
            self.body,
            self.city,
            self.country,
            [member.designer for member in self.team_members.all()],
            self.disciplines.all(),
            self.themes.all(),
            self.partners.all(),
        )

    def share_image(self):
        """(image, alt) for a shared link (home/sharing.py)."""
        return self.cover_image, self.cover_alt

    def clean(self):
        super().clean()
        if self.cover_image_id and not self.cover_alt.strip():
            raise ValidationError({"cover_alt": _("Describe the image for screen readers.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read only when the page body is not in the derived cache (project_page.html).
        context.update(
            team=SimpleLazyObject(self._team),
            discipline_terms=SimpleLazyObject(lambda: localize_all(self.disciplines.all())),
            theme_terms=SimpleLazyObject(lambda: localize_all(self.themes.all())),
            partner_organisations=SimpleLazyObject(lambda: localize_all(self.partners.all())),
            source_programme=SimpleLazyObject(
                lambda: localize_all([self.programme])[0] if self.programme_id else None
            ),
            listing=SimpleLazyObject(lambda: self.get_parent().specific),
            more_by_designer=SimpleLazyObject(self._more_by_designer),
            previous_project=SimpleLazyObject(lambda: self._neighbour(before=True)),
            next_project=SimpleLazyObject(lambda: self._neighbour(before=False)),
        )
        return context

    def _siblings(self):
        return ProjectPage.objects.live().public().sibling_of(self, inclusive=False)

    def _neighbour(self, before):
        """The project before or after this one in its listing's order (newest year first, then
        by title), for the previous/next links; None at either end."""
        year, title = self.year, self.title
        if before:
            after_q = models.Q(year__gt=year) | models.Q(year=year, title__lt=title)
            ordering = ("year", "-title")
        else:
            after_q = models.Q(year__lt=year) | models.Q(year=year, title__gt=title)
            ordering = ("-year", "title")
        return self._siblings().filter(after_q).order_by(*ordering).first()

    def _more_by_designer(self):
        """Up to three other projects by the first designer of the team, as cards."""
        member = self.team_members.select_related("designer").first()
        if member is None:
            return {"designer": None, "projects": []}
        projects = (
            self._siblings()
            .filter(team_members__designer__translation_key=member.designer.translation_key)
            .prefetch_related(with_renditions("cover_image", CARD_PICTURE))
            .distinct()
            .order_by("-year", "title")[:3]
        )
        return {
            "designer": localize_all([member.designer])[0],
            "projects": attach_bylines(projects),
        }

    def _team(self):
        members = list(self.team_members.select_related("designer"))
        designers = localize_all(member.designer for member in members)
        return list(zip(members, designers, strict=True))


class ProjectTeamMember(TranslatableMixin, Orderable):
    """A designer's role on a project. Translatable so the role reads in each language."""

    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="team_members")
    designer = models.ForeignKey(
        "showcase.DesignerPage",
        verbose_name=_("designer"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    role = models.CharField(_("role"), max_length=120, blank=True)

    panels = [FieldPanel("designer"), FieldPanel("role")]
    api_fields = [APIField("designer"), APIField("role")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("team member")
        verbose_name_plural = _("team members")
        ordering = ["sort_order"]
