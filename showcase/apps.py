from django.apps import AppConfig
from django.db.models.signals import pre_save
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model


class ShowcaseConfig(AppConfig):
    name = "showcase"
    verbose_name = _("Designers and projects")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Models and signal receivers may be imported only once the app registry is ready.
        from showcase.submissions import erasure, review
        from showcase.submissions.uploaded_images import strip_metadata

        review.connect()
        erasure.connect()
        # Every new original is cleaned before it is stored, so no rendition inherits EXIF
        # (Wagtail copies it into renditions: docs/submissions.md).
        pre_save.connect(
            lambda sender, instance, **kwargs: strip_metadata(instance),
            sender=get_image_model(),
            dispatch_uid="showcase_strip_image_metadata",
            weak=False,
        )
