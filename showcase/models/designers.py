"""Designers: the people the site shows, and the index that lists and filters them."""

from django import forms
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from languages.admin_forms import LocaleScopedPageForm
from languages.localization import attach_localized, localize_all
from languages.slugs import AsciiSlugMixin
from listings.pages import ListingPageMixin
from pictures.specs import CARD_PICTURE, SHARE_IMAGE, SQUARE_PICTURE, with_renditions
from search.documents import SEARCH_FIELDS, SearchFacetsMixin, page_text, search_text
from showcase.cards import attach_bylines, attach_work_thumbnails
from showcase.fields import SpokenLanguagesField
from showcase.filters import DesignerFilterForm
from showcase.models.projects import ProjectPage
from stories.blocks import RICH_TEXT_FEATURES


class LinkBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[
            ("website", _("Website")),
            ("portfolio", _("Portfolio")),
            ("instagram", _("Instagram")),
            ("linkedin", _("LinkedIn")),
            ("behance", _("Behance")),
            ("dribbble", _("Dribbble")),
            ("github", _("GitHub")),
            ("vimeo", _("Vimeo")),
            ("youtube", _("YouTube")),
            ("other", _("Other")),
        ],
        label=_("kind"),
    )
    url = blocks.URLBlock(label=_("URL"))

    class Meta:
        icon = "link"


class DesignerIndexPage(AsciiSlugMixin, ListingPageMixin, Page):
    """Lists designers, filtered by discipline, country and availability."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["showcase.DesignerPage"]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1
    template = "showcase/designer_index_page.html"

    class Meta:
        verbose_name = _("designer index")

    filter_form_class = DesignerFilterForm
    sort_options = {
        "name": (_("Name"), ("title",)),
        "newest": (_("Newest first"), ("-first_published_at", "title")),
    }

    def designers(self):
        return DesignerPage.objects.child_of(self).live().public()

    def available_countries(self):
        return self.designers().order_by().values_list("country", flat=True).distinct()

    def filtered_items(self, filters):
        designers = self.designers().order_by("title")
        if "discipline" in filters:
            designers = designers.filter(disciplines__slug=filters["discipline"])
        if "country" in filters:
            designers = designers.filter(country=filters["country"])
        if filters.get("collaboration"):
            designers = designers.filter(open_to_collaboration=True)
        if filters.get("mobility"):
            designers = designers.filter(available_for_mobility=True)
        designers = designers.prefetch_related(
            with_renditions("portrait", SQUARE_PICTURE), "disciplines"
        )
        # DISTINCT only when a many-to-many filter can repeat rows: at 10,000 designers an
        # unconditional DISTINCT made PostgreSQL sort every row (docs/benchmarks.md).
        return designers.distinct() if "discipline" in filters else designers

    def decorate(self, items):
        attach_localized(items, "disciplines", "discipline_terms")
        return attach_work_thumbnails(items)


class DesignerPage(SearchFacetsMixin, AsciiSlugMixin, Page):
    """One designer's profile. The page title is the designer's name."""

    # Snippet checkboxes list the page's locale only (languages/admin_forms.py).
    base_form_class = LocaleScopedPageForm

    portrait = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("portrait"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    portrait_alt = models.CharField(
        _("portrait alt text"),
        max_length=250,
        blank=True,
        help_text=_(
            "Describe the portrait for people who cannot see it. Required with a portrait."
        ),
    )
    short_bio = models.TextField(_("short bio"), max_length=300)
    bio = RichTextField(_("bio"), features=RICH_TEXT_FEATURES, blank=True)
    disciplines = ParentalManyToManyField(
        "showcase.Discipline", verbose_name=_("disciplines"), blank=True, related_name="+"
    )
    city = models.CharField(_("city"), max_length=120)
    country = CountryField(_("country"))
    spoken_languages = SpokenLanguagesField(_("spoken languages"))
    links = StreamField([("link", LinkBlock())], verbose_name=_("links"), blank=True, max_num=8)
    open_to_collaboration = models.BooleanField(_("open to collaboration"), default=False)
    available_for_mobility = models.BooleanField(_("available for mobility"), default=False)
    featured = models.BooleanField(
        _("featured on the home page"), default=False, help_text=_("Show on the home page.")
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("portrait"), FieldPanel("portrait_alt")], _("Portrait")),
        FieldPanel("short_bio"),
        FieldPanel("bio"),
        FieldPanel("disciplines", widget=forms.CheckboxSelectMultiple),
        FieldRowPanel([FieldPanel("city"), FieldPanel("country")], _("Based in")),
        FieldPanel("spoken_languages"),
        FieldPanel("links"),
        MultiFieldPanel(
            [FieldPanel("open_to_collaboration"), FieldPanel("available_for_mobility")],
            _("Availability"),
        ),
    ]
    promote_panels = Page.promote_panels + [FieldPanel("featured")]
    override_translatable_fields = [SynchronizedField("disciplines")]

    search_kind = "designer"
    search_fields = (
        Page.search_fields
        + [
            index.FilterField("country"),
            index.FilterField("open_to_collaboration"),
            index.FilterField("available_for_mobility"),
        ]
        + SEARCH_FIELDS
    )
    api_fields = [
        APIField("portrait"),
        APIField("portrait_alt"),
        APIField("short_bio"),
        APIField("bio"),
        APIField("city"),
        APIField("country"),
        APIField("spoken_languages"),
        APIField("links"),
        APIField("open_to_collaboration"),
        APIField("available_for_mobility"),
    ]

    parent_page_types = ["showcase.DesignerIndexPage"]
    subpage_types = []
    template = "showcase/designer_page.html"
    # The pictures it shows, for rendition warming (pictures/warming.py).
    picture_fields = {"portrait": (SQUARE_PICTURE, SHARE_IMAGE)}

    class Meta:
        verbose_name = _("designer")
        verbose_name_plural = _("designers")
        # The home page asks for the few featured designers among thousands.
        indexes = [
            models.Index(
                fields=["featured"], condition=models.Q(featured=True), name="designer_featured"
            )
        ]

    @classmethod
    def get_indexed_objects(cls):
        # update_index reads search_body() of every page: fetch its relations in bulk.
        return super().get_indexed_objects().prefetch_related("disciplines")

    @search_text
    def search_body(self):
        """The designer's words for the search index (search/documents.py)."""
        return page_text(
            self, self.short_bio, self.bio, self.city, self.country, self.disciplines.all()
        )

    def clean(self):
        super().clean()
        if self.portrait_id and not self.portrait_alt.strip():
            raise ValidationError({"portrait_alt": _("Describe the portrait for screen readers.")})

    def share_image(self):
        """(image, alt) for a shared link (home/sharing.py): the portrait, else the cover of the
        designer's newest published project, so a link to a designer shows their work."""
        if self.portrait_id:
            return self.portrait, self.portrait_alt
        project = (
            ProjectPage.objects.live()
            .public()
            .filter(
                locale_id=self.locale_id,
                team_members__designer__translation_key=self.translation_key,
                cover_image__isnull=False,
            )
            .select_related("cover_image")
            .order_by("-year", "title")
            .first()
        )
        return (project.cover_image, project.cover_alt) if project else (None, "")

    def get_context(self, request, *args, **kwargs):
        # programmes.models imports showcase.models (a programme lists its projects): by label.
        ProgrammePage = apps.get_model("programmes", "ProgrammePage")
        context = super().get_context(request, *args, **kwargs)
        # Team and participant rows may point at this designer in any locale: match on the
        # translation key and show the pages of the visitor's locale.
        context["projects"] = SimpleLazyObject(lambda: self._projects())
        context["programmes"] = (
            ProgrammePage.objects.live()
            .public()
            .filter(
                locale_id=self.locale_id,
                participants__designer__translation_key=self.translation_key,
            )
            .distinct()
            .order_by("-starts_on")
        )
        context["discipline_terms"] = SimpleLazyObject(lambda: localize_all(self.disciplines.all()))
        context["listing"] = SimpleLazyObject(lambda: self.get_parent().specific)
        return context

    def _projects(self):
        projects = (
            ProjectPage.objects.live()
            .public()
            .filter(
                locale_id=self.locale_id,
                team_members__designer__translation_key=self.translation_key,
            )
            .prefetch_related(with_renditions("cover_image", CARD_PICTURE))
            .distinct()
            .order_by("-year", "title")
        )
        return attach_bylines(projects)
