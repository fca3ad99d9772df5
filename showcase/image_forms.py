"""The Wagtail admin's image form (WAGTAILIMAGES_IMAGE_FORM_BASE): editors' uploads get the
same side and ratio limits as the public form (showcase.submissions.uploaded_images.MAX_IMAGE_SIDE,
docs/submissions.md "Sides and ratios"), so no rendition a template asks for fails to encode.

Wagtail's field has opened the upload with Willow (`file.image`) and checked its size and
pixels; only the header is read here, nothing is decoded.
"""

from wagtail.images.forms import BaseImageForm

from showcase.submissions.uploaded_images import check_shape


class ShowcaseImageForm(BaseImageForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        image = getattr(upload, "image", None)  # only a new upload carries one
        if image is not None and image.format_name != "svg":
            check_shape(*image.get_size())
        return upload
