"""The StreamField blocks page bodies are written in (StoryBlock) and the rich-text features."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = _("Story blocks")
