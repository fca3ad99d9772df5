"""StreamField blocks for project stories and standard pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]


class CaptionedImageBlock(blocks.StructBlock):
    # Wagtail's ImageBlock carries the alt text (or a "decorative" flag) with the image.
    image = ImageBlock()
    caption = blocks.CharBlock(required=False, max_length=300, label=_("caption"))

    class Meta:
        icon = "image"
        label = _("Image")
        template = "stories/blocks/captioned_image.html"


class GalleryBlock(blocks.StructBlock):
    images = blocks.ListBlock(CaptionedImageBlock(), min_num=2, max_num=12, label=_("images"))

    class Meta:
        icon = "image"
        label = _("Gallery")
        template = "stories/blocks/gallery.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("video URL"), help_text=_("A YouTube or Vimeo link."))
    caption = blocks.CharBlock(required=False, max_length=300, label=_("caption"))

    class Meta:
        icon = "media"
        label = _("Video")
        template = "stories/blocks/video.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(required=False, max_length=200, label=_("attribution"))

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "stories/blocks/quote.html"


class StoryBlock(blocks.StreamBlock):
    """The body of a project or a standard page."""

    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Paragraph"))
    image = CaptionedImageBlock()
    gallery = GalleryBlock()
    video = VideoBlock()
    quote = QuoteBlock()
