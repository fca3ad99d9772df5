"""The background worker: the process that runs queued tasks, and the jobs it runs on a clock."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkerConfig(AppConfig):
    name = "worker"
    verbose_name = _("Background worker")
