"""The site's public origin and the absolute URLs built on it (issue #13).

Every absolute URL the site emits (canonical and hreflang links, Open Graph tags, JSON-LD,
iCalendar files, feeds, the sitemap, robots.txt, the API, e-mails) is built by
`addresses.absolute`, so none of them can name another host than the others.
"""
