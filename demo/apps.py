"""Demo content in three languages, its loader and `manage.py load_demo_content [--scale N]`."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    name = "demo"
    verbose_name = _("Demo content")
