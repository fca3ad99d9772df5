"""The demo's plain-text paragraphs as rich text."""

import html


def paragraphs(texts):
    return "".join(f"<p>{html.escape(text, quote=False)}</p>" for text in texts)
