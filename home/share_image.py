"""The site's default link-preview picture (og:image of pages without an image of their own).

Drawn with Pillow, not downloaded or designed elsewhere, so it can be redrawn when the name or
colours change: `python manage.py draw_share_image` writes `site/static/img/share-default.jpg`,
which is committed and served as a static file (hashed by collectstatic like the CSS).
"""

from pathlib import Path

from django.conf import settings
from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 630  # pictures.specs.SHARE_IMAGE
STATIC_NAME = "img/share-default.jpg"
ACCENT = (163, 18, 79)  # --accent in site/static/css/site.css
SOFT = (251, 239, 244)  # --accent-soft
INK = (255, 255, 255)


def path():
    return Path(settings.BASE_DIR) / "site" / "static" / STATIC_NAME


def draw():
    image = Image.new("RGB", (WIDTH, HEIGHT), ACCENT)
    pen = ImageDraw.Draw(image)
    # Three overlapping tiles: a showcase of work, without claiming to be anyone's work.
    for index, shade in enumerate((SOFT, (236, 196, 212), (214, 140, 172))):
        left = 700 + index * 120
        pen.rounded_rectangle((left, 140 + index * 60, left + 300, 440 + index * 60), 24, shade)
    pen.text((80, 210), "Mikser", font=_font(120), fill=INK)
    pen.text((84, 350), "Showcase", font=_font(64), fill=INK)
    pen.text((84, 450), "Serbia · Sweden", font=_font(36), fill=SOFT)
    return image


def write(target=None):
    target = Path(target or path())
    target.parent.mkdir(parents=True, exist_ok=True)
    draw().save(target, format="JPEG", quality=85, optimize=True, progressive=True)
    return target


def _font(size):
    for name in ("DejaVuSans-Bold.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)
