"""The kind of a submitted link, read from its host (issue #14): curators see "Behance",
"Instagram"… rather than a list of URLs, and the labels match the designer page's link kinds
(`LinkBlock.kind`)."""

from urllib.parse import urlsplit

HOSTS = {
    "behance.net": "behance",
    "instagram.com": "instagram",
    "linkedin.com": "linkedin",
    "dribbble.com": "portfolio",
    "artstation.com": "portfolio",
    "cargo.site": "portfolio",
    "format.com": "portfolio",
    "myportfolio.com": "portfolio",
}


def link_kind(url):
    """`behance`, `instagram`, `linkedin`, `portfolio` (portfolio hosts) or `website`."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    for domain, kind in HOSTS.items():
        if host == domain or host.endswith("." + domain):
            return kind
    return "website" if host else "other"
