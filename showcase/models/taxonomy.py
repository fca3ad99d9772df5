"""Translatable taxonomy snippets that designers, projects and programmes are tagged with."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class TaxonomyTerm(TranslatableMixin, index.Indexed, models.Model):
    """A named term with a slug shared by all its translations.

    Listing filters use the slug in the query string (`?discipline=graphic-design`), so a link
    means the same in every language and survives an editor renaming the term.
    """

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        help_text=_("Used in filter links; the same in every language."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    override_translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class Discipline(TaxonomyTerm):
    """A design discipline: graphic design, architecture, textile…"""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("discipline")
        verbose_name_plural = _("disciplines")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class Theme(TaxonomyTerm):
    """A social theme a project works on: sustainability, social inclusion…"""

    description = models.TextField(_("description"), blank=True)

    panels = TaxonomyTerm.panels + [FieldPanel("description")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class Organisation(TranslatableMixin, index.Indexed, models.Model):
    """A host or partner: cultural centre, school, NGO, foundation."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True)
    country = CountryField(_("country"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("logo"),
        FieldPanel("website"),
        FieldPanel("country"),
    ]
    override_translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name
