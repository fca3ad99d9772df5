"""Mobility and exchange programmes: residencies, exchanges, workshops, fellowships, mentorships."""

from zoneinfo import ZoneInfo

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from languages.admin_forms import LocaleScopedPageForm
from languages.localization import attach_localized, localize_all
from languages.slugs import AsciiSlugMixin
from listings.pages import ListingPageMixin
from pictures.specs import CARD_PICTURE, PROGRAMME_PICTURE, SHARE_IMAGE, with_renditions
from programmes import views
from programmes.filters import ProgrammeFilterForm
from programmes.kinds import PROGRAMME_KINDS
from programmes.periods import current_period
from programmes.status import (
    countdown_stamp,
    open_calls_q,
    order_by_urgency,
    programme_status,
    status_instants,
    status_period,
    status_q,
)
from search.documents import SEARCH_FIELDS, SearchFacetsMixin, page_text, search_text
from showcase.models import ProjectPage
from stories.blocks import RICH_TEXT_FEATURES

TIME_ZONES = [
    ("Europe/Belgrade", _("Belgrade (Central European Time)")),
    ("Europe/Stockholm", _("Stockholm (Central European Time)")),
    ("UTC", _("UTC")),
]


class ProgrammeIndexPage(AsciiSlugMixin, ListingPageMixin, RoutablePageMixin, Page):
    """Lists programmes: open calls first, then upcoming, then past.

    Its feeds are routes of the page (RoutablePageMixin), so each language version has them
    under its own translated URL, and Wagtail's routing serves them only while the page is live
    and public. They live under `feeds/` so that no route can hide a programme's slug.
    """

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["programmes.ProgrammePage"]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1
    template = "programmes/programme_index_page.html"
    filter_form_class = ProgrammeFilterForm
    sort_options = {
        "deadline": (_("Deadline"), ()),  # open calls first, soonest deadline first
        "newest": (_("Newest first"), ("-first_published_at", "title")),
        "name": (_("Name"), ("title",)),
    }

    class Meta:
        verbose_name = _("programme index")

    def programmes(self):
        return ProgrammePage.objects.child_of(self).live().public()

    def available_countries(self):
        return self.programmes().order_by().values_list("locations__country", flat=True).distinct()

    def listing_moment(self, request):
        # Status and order (open calls first) change with the clock, but only when it passes
        # one of the programmes' dates: between two such instants the listing is constant.
        # The cards also count the days to each deadline ("closes in 3 days"): per hour too.
        return (current_period(request, ("index", self.pk), self.programmes()), countdown_stamp())

    def rows_by_id(self, ids, paginator):
        # The cards' rows without the urgency ranking, whose SQL costs more to build than the
        # query costs to run: the ids are already in order.
        return self.programmes().filter(pk__in=ids).prefetch_related(*self.card_prefetches())

    def card_prefetches(self):
        return with_renditions("image", CARD_PICTURE), "locations", "disciplines"

    def filtered_items(self, filters):
        programmes = self.programmes()
        if "kind" in filters:
            programmes = programmes.filter(kind=filters["kind"])
        if "status" in filters:
            programmes = programmes.filter(status_q(filters["status"]))
        if "country" in filters:
            programmes = programmes.filter(locations__country=filters["country"])
        if "discipline" in filters:
            programmes = programmes.filter(disciplines__slug=filters["discipline"])
        programmes = programmes.prefetch_related(*self.card_prefetches())
        # DISTINCT only when a filter through a relation can repeat rows.
        if "country" in filters or "discipline" in filters:
            programmes = programmes.distinct()
        return order_by_urgency(programmes)

    def decorate(self, items):
        attach_localized(items, "disciplines", "discipline_terms")
        return items

    @path("feeds/rss/", name="rss")
    def rss_feed(self, request):
        return views.programme_feed(request, self, atom=False)

    @path("feeds/atom/", name="atom")
    def atom_feed(self, request):
        return views.programme_feed(request, self, atom=True)

    @path("feeds/open-calls/", name="open_calls_calendar")
    def open_calls_calendar(self, request):
        return views.open_calls_ics(request, self)


class ProgrammePage(SearchFacetsMixin, AsciiSlugMixin, RoutablePageMixin, Page):
    """A call: who can apply, by when, what it pays, and afterwards who took part."""

    # Snippet checkboxes list the page's locale only (languages/admin_forms.py).
    base_form_class = LocaleScopedPageForm

    kind = models.CharField(_("kind"), max_length=20, choices=PROGRAMME_KINDS)
    summary = models.TextField(_("summary"), max_length=400)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(_("image alt text"), max_length=250, blank=True)
    host = models.ForeignKey(
        "showcase.Organisation",
        verbose_name=_("host organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    partners = ParentalManyToManyField(
        "showcase.Organisation",
        verbose_name=_("partner organisations"),
        blank=True,
        related_name="+",
    )
    disciplines = ParentalManyToManyField(
        "showcase.Discipline", verbose_name=_("disciplines"), blank=True, related_name="+"
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=40,
        choices=TIME_ZONES,
        default="Europe/Belgrade",
        help_text=_("Deadlines are stated in this time zone."),
    )
    applications_open_at = models.DateTimeField(_("applications open"))
    application_deadline = models.DateTimeField(_("application deadline"))
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    eligibility = RichTextField(_("eligibility"), features=RICH_TEXT_FEATURES, blank=True)
    funding = RichTextField(_("funding"), features=RICH_TEXT_FEATURES, blank=True)
    how_to_apply = RichTextField(_("how to apply"), features=RICH_TEXT_FEATURES, blank=True)
    apply_url = models.URLField(_("application link"), blank=True)
    featured = models.BooleanField(_("featured on the home page"), default=False)

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], _("Image")),
        FieldPanel("host"),
        FieldPanel("partners", widget=forms.CheckboxSelectMultiple),
        FieldPanel("disciplines", widget=forms.CheckboxSelectMultiple),
        InlinePanel("locations", label=_("Locations"), min_num=1),
        MultiFieldPanel(
            [
                FieldPanel("time_zone"),
                FieldRowPanel(
                    [FieldPanel("applications_open_at"), FieldPanel("application_deadline")]
                ),
                FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
            ],
            _("Dates"),
        ),
        FieldPanel("eligibility"),
        FieldPanel("funding"),
        FieldPanel("how_to_apply"),
        FieldPanel("apply_url"),
        InlinePanel("participants", label=_("Participants")),
    ]
    promote_panels = Page.promote_panels + [FieldPanel("featured")]
    override_translatable_fields = [
        SynchronizedField("host"),
        SynchronizedField("partners"),
        SynchronizedField("disciplines"),
    ]

    search_kind = "programme"
    search_fields = (
        Page.search_fields
        + [
            index.FilterField("kind"),
            index.FilterField("application_deadline"),
            index.FilterField("applications_open_at"),
        ]
        + SEARCH_FIELDS
    )
    api_fields = [
        APIField("kind"),
        APIField("summary"),
        APIField("applications_open_at"),
        APIField("application_deadline"),
        APIField("time_zone"),
        APIField("starts_on"),
        APIField("ends_on"),
        APIField("status"),
        APIField("eligibility"),
        APIField("funding"),
        APIField("how_to_apply"),
        APIField("apply_url"),
        APIField("locations"),
    ]

    parent_page_types = ["programmes.ProgrammeIndexPage"]
    subpage_types = []
    template = "programmes/programme_page.html"
    # The pictures it shows, for rendition warming (pictures/warming.py).
    picture_fields = {"image": (CARD_PICTURE, PROGRAMME_PICTURE, SHARE_IMAGE)}

    class Meta:
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")

    @property
    def status(self):
        return programme_status(self.applications_open_at, self.application_deadline)

    def get_status_display(self):
        return self.status.label

    @classmethod
    def get_indexed_objects(cls):
        # update_index reads search_body() of every page: fetch its relations in bulk.
        return (
            super()
            .get_indexed_objects()
            .prefetch_related("locations", "host", "partners", "disciplines")
        )

    @search_text
    def search_body(self):
        """The programme's words for the search index (search/documents.py)."""
        return page_text(
            self,
            self.get_kind_display(),
            self.summary,
            self.eligibility,
            self.funding,
            self.how_to_apply,
            [location.city for location in self.locations.all()],
            [location.country for location in self.locations.all()],
            [self.host] if self.host_id else [],
            self.partners.all(),
            self.disciplines.all(),
        )

    @cached_property
    def zone(self):
        return ZoneInfo(self.time_zone)

    def share_image(self):
        """(image, alt) for a shared link (home/sharing.py)."""
        return self.image, self.image_alt

    def clean(self):
        super().clean()
        errors = {}
        if (
            self.applications_open_at
            and self.application_deadline
            and self.application_deadline <= self.applications_open_at
        ):
            errors["application_deadline"] = _("The deadline must be after applications open.")
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            errors["ends_on"] = _("The programme cannot end before it starts.")
        if self.image_id and not self.image_alt.strip():
            errors["image_alt"] = _("Describe the image for screen readers.")
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The page body is kept per status period (programme_page.html); the lists below are
        # read only when it is not in the derived cache.
        context["status_period"] = (
            status_period(
                status_instants([(self.applications_open_at, self.application_deadline)])
            ),
            countdown_stamp(),  # "closes in N days" beside "Apply now"
        )
        context.update(
            participant_designers=SimpleLazyObject(
                lambda: localize_all(
                    p.designer for p in self.participants.select_related("designer")
                )
            ),
            resulting_projects=SimpleLazyObject(
                lambda: list(
                    ProjectPage.objects.live()
                    .public()
                    .filter(
                        locale_id=self.locale_id, programme__translation_key=self.translation_key
                    )
                    .order_by("title")
                )
            ),
            host_organisation=SimpleLazyObject(
                lambda: localize_all([self.host])[0] if self.host_id else None
            ),
            partner_organisations=SimpleLazyObject(lambda: localize_all(self.partners.all())),
            discipline_terms=SimpleLazyObject(lambda: localize_all(self.disciplines.all())),
            locations=SimpleLazyObject(lambda: list(self.locations.all())),
        )
        return context

    @path("calendar/", name="calendar")
    def calendar(self, request):
        return views.programme_ics(request, self)

    @classmethod
    def open_calls(cls, locale_id):
        # Open calls all rank first in `order_by_urgency`, soonest deadline first; that order
        # alone, without the ranking's SQL.
        calls = cls.objects.live().public().filter(open_calls_q(), locale_id=locale_id)
        return calls.order_by("application_deadline", "pk")


class ProgrammeLocation(TranslatableMixin, Orderable):
    """Where a programme happens. Translatable so the city name reads in each language."""

    page = ParentalKey(ProgrammePage, on_delete=models.CASCADE, related_name="locations")
    city = models.CharField(_("city"), max_length=120)
    country = CountryField(_("country"))

    panels = [FieldPanel("city"), FieldPanel("country")]
    api_fields = [APIField("city"), APIField("country")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("location")
        verbose_name_plural = _("locations")
        ordering = ["sort_order"]


class ProgrammeParticipant(Orderable):
    """A designer who took part. Synchronised across translations: a person is the same person."""

    page = ParentalKey(ProgrammePage, on_delete=models.CASCADE, related_name="participants")
    designer = models.ForeignKey(
        "showcase.DesignerPage",
        verbose_name=_("designer"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("designer")]

    class Meta(Orderable.Meta):
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
