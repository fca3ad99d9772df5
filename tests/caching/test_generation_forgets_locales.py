"""A new content generation drops the per-process locale map (another node saved a locale)."""

from caching import page_cache
from languages import locales


def test_a_new_generation_drops_the_locale_map():
    page_cache.seen(1)
    locales._ids["xx"] = (999, "xx")
    page_cache.seen(1)
    assert "xx" in locales._ids  # the same generation: nothing to forget
    page_cache.seen(2)
    assert "xx" not in locales._ids
