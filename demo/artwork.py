"""Demo pictures drawn with Pillow, so the demo needs no downloads.

Each picture is derived from a seed string (a slug), so reloading the demo draws the same
pictures. Portraits are abstract: a figure silhouette and the person's initials on a coloured
ground; covers are geometric compositions in a palette picked by the seed.
"""

import hashlib
import io
import random

from PIL import Image, ImageDraw, ImageFont

PALETTES = [
    ["#1d3557", "#e63946", "#f1faee", "#a8dadc", "#457b9d"],
    ["#264653", "#2a9d8f", "#e9c46a", "#f4a261", "#e76f51"],
    ["#3d405b", "#e07a5f", "#f4f1de", "#81b29a", "#f2cc8f"],
    ["#22223b", "#4a4e69", "#9a8c98", "#c9ada7", "#f2e9e4"],
    ["#0b3954", "#087e8b", "#bfd7ea", "#ff5a5f", "#c81d25"],
    ["#2b2d42", "#8d99ae", "#edf2f4", "#ef233c", "#d90429"],
    ["#283618", "#606c38", "#fefae0", "#dda15e", "#bc6c25"],
    ["#003049", "#d62828", "#f77f00", "#fcbf49", "#eae2b7"],
]


def _rng(seed):
    return random.Random(int(hashlib.sha256(seed.encode()).hexdigest()[:16], 16))


def _png(image):
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _font(size):
    # DejaVu ships with Pillow's test data on some systems only; fall back to the bitmap font.
    for name in ("DejaVuSans-Bold.ttf", "DejaVuSans.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def portrait(seed, initials, size=640):
    rng = _rng(seed)
    palette = rng.choice(PALETTES)
    ground, figure, accent = rng.sample(palette, 3)
    image = Image.new("RGB", (size, size), ground)
    draw = ImageDraw.Draw(image)
    for _ in range(6):
        x, y = rng.randrange(size), rng.randrange(size)
        r = rng.randrange(size // 10, size // 3)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=accent if rng.random() < 0.4 else ground)
    # head and shoulders
    draw.ellipse((size * 0.32, size * 0.16, size * 0.68, size * 0.52), fill=figure)
    draw.rounded_rectangle(
        (size * 0.18, size * 0.56, size * 0.82, size * 1.1), radius=size // 5, fill=figure
    )
    font = _font(size // 7)
    draw.text((size * 0.5, size * 0.78), initials, fill=ground, font=font, anchor="mm")
    return _png(image)


def composition(seed, width=1200, height=900):
    rng = _rng(seed)
    palette = rng.choice(PALETTES)
    image = Image.new("RGB", (width, height), palette[2])
    draw = ImageDraw.Draw(image)
    for _ in range(rng.randrange(7, 14)):
        colour = rng.choice(palette)
        x0, y0 = rng.randrange(-200, width), rng.randrange(-200, height)
        x1, y1 = x0 + rng.randrange(120, 700), y0 + rng.randrange(120, 600)
        shape = rng.choice(("rect", "ellipse", "tri", "stripe"))
        if shape == "rect":
            draw.rectangle((x0, y0, x1, y1), fill=colour)
        elif shape == "ellipse":
            draw.ellipse((x0, y0, x1, y1), fill=colour)
        elif shape == "tri":
            draw.polygon([(x0, y1), ((x0 + x1) // 2, y0), (x1, y1)], fill=colour)
        else:
            for offset in range(0, x1 - x0, 36):
                draw.line((x0 + offset, y0, x0 + offset, y1), fill=colour, width=14)
    return _png(image)
