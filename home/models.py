"""The home page, standard pages and the translatable footer."""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from languages.slugs import AsciiSlugMixin
from pictures.specs import (
    CARD_PICTURE,
    HERO_PICTURE,
    SHARE_IMAGE,
    SQUARE_PICTURE,
    with_renditions,
)
from programmes.models import ProgrammePage
from programmes.periods import current_period
from programmes.status import countdown_stamp
from showcase.cards import attach_bylines, attach_work_thumbnails
from showcase.models import DesignerPage, ProjectPage
from stories.blocks import StoryBlock

# The section pages the home page links to, by context name.
SECTION_TYPES = {
    "designer_index": "showcase.DesignerIndexPage",
    "project_index": "showcase.ProjectIndexPage",
    "programme_index": "programmes.ProgrammeIndexPage",
}


class HomePage(AsciiSlugMixin, Page):
    """The front door: a hero, featured designers and projects, open calls, the sections."""

    hero_title = models.CharField(_("hero title"), max_length=120)
    hero_text = models.TextField(_("hero text"), max_length=500, blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Decorative: shown without alt text."),
    )
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("hero_title"),
        FieldPanel("hero_text"),
        FieldPanel("hero_image"),
        FieldPanel("intro"),
    ]
    search_fields = Page.search_fields + [index.SearchField("hero_text")]
    api_fields = [APIField("hero_title"), APIField("hero_text"), APIField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "showcase.DesignerIndexPage",
        "showcase.ProjectIndexPage",
        "programmes.ProgrammeIndexPage",
        "home.StandardPage",
        "showcase.PortfolioSubmissionPage",
    ]
    max_count_per_parent = 1
    template = "home/home_page.html"
    # The pictures it shows, for rendition warming (pictures/warming.py).
    picture_fields = {"hero_image": (HERO_PICTURE, SHARE_IMAGE)}

    class Meta:
        verbose_name = _("home page")

    def share_image(self):
        """(image, alt) for a shared link (home/sharing.py). The hero is decorative on the
        page (no alt text there); in a link preview it stands alone, so it is named by the
        hero's title."""
        return self.hero_image, self.hero_title

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Built only when the home page's featured fragment is not cached (home_page.html):
        # even building a `.public()` queryset costs a query.
        context["featured_designers"] = SimpleLazyObject(
            lambda: attach_work_thumbnails(
                DesignerPage.objects.live()
                .public()
                .descendant_of(self)
                .filter(featured=True)
                .prefetch_related(with_renditions("portrait", SQUARE_PICTURE))
                .order_by("title")[:4]
            )
        )
        context["featured_projects"] = SimpleLazyObject(
            lambda: attach_bylines(
                ProjectPage.objects.live()
                .public()
                .descendant_of(self)
                .filter(featured=True)
                .prefetch_related(with_renditions("cover_image", CARD_PICTURE))
                .order_by("-year", "title")[:4]
            )
        )
        # The open calls change with the clock as well as on publish: the fragment that shows
        # them is kept per period between two status changes (programmes/periods.py).
        programmes = ProgrammePage.objects.live().public().filter(locale_id=self.locale_id)
        # The open calls count the days to their deadlines: kept per hour as well.
        context["open_calls_period"] = (
            current_period(request, ("locale", self.locale_id), programmes),
            countdown_stamp(),
        )
        context["open_calls"] = SimpleLazyObject(
            lambda: list(ProgrammePage.open_calls(self.locale_id)[:4])
        )
        sections = SimpleLazyObject(self.section_pages)
        for name in SECTION_TYPES:
            context[name] = SimpleLazyObject(lambda name=name: sections.get(name))
        return context

    def section_pages(self):
        """The three section pages in one query (links and titles are all the page shows)."""
        models = {name: apps.get_model(label) for name, label in SECTION_TYPES.items()}
        # Content types from Django's cache; `.type()` would walk every model for subclasses.
        types = {
            ContentType.objects.get_for_model(model).pk: name for name, model in models.items()
        }
        sections = {}
        pages = Page.objects.live().public().child_of(self).filter(content_type__in=types)
        for section in pages.order_by("path"):
            sections.setdefault(types[section.content_type_id], section)
        return sections


class StandardPage(AsciiSlugMixin, Page):
    """About, contact, privacy: a title, an introduction and a body."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(StoryBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    api_fields = [APIField("intro"), APIField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]
    template = "home/standard_page.html"
    picture_streams = ("body",)  # pictures/warming.py

    class Meta:
        verbose_name = _("standard page")


@register_snippet
class FooterText(TranslatableMixin, models.Model):
    """The line of text in the site footer, one per language."""

    text = models.CharField(_("text"), max_length=300)

    panels = [FieldPanel("text")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer text")

    def __str__(self):
        return self.text
