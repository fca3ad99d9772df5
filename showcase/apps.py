from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ShowcaseConfig(AppConfig):
    name = "showcase"
    verbose_name = _("Designers and projects")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import pre_save
        from wagtail.images import get_image_model

        from showcase import wagtail_picture_patch
        from showcase.submissions import review
        from showcase.submissions.images import strip_metadata

        review.connect()
        # {% picture %} leaves out a format that cannot encode an image instead of a 500.
        wagtail_picture_patch.install()
        # Every new original is cleaned before it is stored, so no rendition inherits EXIF
        # (Wagtail copies it into renditions: docs/submissions.md).
        pre_save.connect(
            lambda sender, instance, **kwargs: strip_metadata(instance),
            sender=get_image_model(),
            dispatch_uid="showcase_strip_image_metadata",
            weak=False,
        )
