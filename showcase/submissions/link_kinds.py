"""The kind of a submitted link, read from its host: the designer page labels each link by it
(`LinkBlock.kind`) and curators see "Behance", "Instagram"… rather than a list of URLs."""

from urllib.parse import urlsplit

# The kinds of LinkBlock, by the hosts that serve them (a subdomain counts: www., uk., m.).
LINK_HOSTS = {
    "behance": ("behance.net", "behance.com"),
    "instagram": ("instagram.com", "instagr.am"),
    "dribbble": ("dribbble.com",),
    "linkedin": ("linkedin.com", "lnkd.in"),
    "github": ("github.com", "github.io"),
    "vimeo": ("vimeo.com",),
    "youtube": ("youtube.com", "youtu.be"),
    "portfolio": ("artstation.com", "cargo.site", "format.com", "myportfolio.com"),
}


def link_kind(url):
    """The kind of a link from its host; "website" for any other host."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    for kind, hosts in LINK_HOSTS.items():
        if any(host == known or host.endswith(f".{known}") for known in hosts):
            return kind
    return "website"
