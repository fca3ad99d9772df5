"""Search backends with the project's language analysis (docs/search.md).

`SEARCH_URL` (config/search_backends.py) names one of the modules here for OpenSearch and
Elasticsearch. The database backend needs no subclass: the project analyses text itself for it
(`search/analysis.py`, `search/documents.py`).
"""
