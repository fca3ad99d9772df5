"""Language-aware analysis for modelsearch's OpenSearch and Elasticsearch backends.

modelsearch puts every locale in one index with one analyzer (wagtail#1177, modelsearch#61) and
its autocomplete searches with the `standard` analyzer. Here, without patching it:

- the index settings define a folded analyzer (Cyrillic to Latin, diacritics folded:
  `serbian_normalization`, then `asciifolding` for the rest, such as å, ä, ö) as the default,
  one analyzer per content language (`mikser_en`, `mikser_sr`, `mikser_sv`), and an edge-ngram
  analyzer that folds the same way;
- the mapping gives `title` and `search_body` a sub-field per language (`title.sv`…), with no
  per-model prefix so one query covers every page type; the search asks the sub-fields of the
  visitor's language (`search/engines.py`);
- autocomplete searches with the folded analyzer, so `djor`, `đorđ` and `Ђорђ` complete alike;
- the project's own analysed fields (`AnalysedField`, for the database backends) are mapped
  but left empty here (analysing them cost indexing time for nothing);
- the facet values (`FacetField`: kind, discipline slugs, country codes, a programme's
  application dates) are keyword and date fields without a per-model prefix, for the
  aggregations of search/engines.py;
- `update_index` builds the new index with refreshing switched off (`refresh_interval: -1`)
  and switches it back on before the final refresh.
"""

from copy import deepcopy
from importlib import import_module

from django_countries.fields import Country
from modelsearch.utils import deep_update
from wagtail.search import index

from search.documents import AnalysedField, FacetField, FoldedAutocompleteField

LANGUAGES = ("en", "sr", "sv")
LANGUAGE_FIELDS = ("title", "search_body")
FOLDED = "mikser_folded"

_FOLD = ["lowercase", "serbian_normalization", "asciifolding"]

ANALYSIS = {
    "filter": {
        "mikser_english_possessive": {"type": "stemmer", "language": "possessive_english"},
        "mikser_english_stemmer": {"type": "stemmer", "language": "english"},
        "mikser_serbian_stemmer": {"type": "stemmer", "language": "serbian"},
        "mikser_swedish_stemmer": {"type": "stemmer", "language": "swedish"},
        # möbel/möbler/möblerna: see _SWEDISH_SYNCOPE in search/analysis.py.
        "mikser_swedish_syncope": {
            "type": "pattern_replace",
            "pattern": "^(\\p{L}{2,}[^aeiouyåäö])eln?$",
            "replacement": "$1l",
        },
    },
    "analyzer": {
        FOLDED: {"type": "custom", "tokenizer": "standard", "filter": _FOLD},
        "default": {"type": "custom", "tokenizer": "standard", "filter": _FOLD},
        "mikser_en": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["mikser_english_possessive", *_FOLD, "mikser_english_stemmer"],
        },
        # The Serbian stemmer writes "dj" back as "đ": fold again after it.
        "mikser_sr": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": [*_FOLD, "mikser_serbian_stemmer", "serbian_normalization"],
        },
        # The Swedish stemmer needs å, ä, ö to find vowels: fold them only after stemming.
        "mikser_sv": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": [
                "lowercase",
                "serbian_normalization",
                "mikser_swedish_stemmer",
                "mikser_swedish_syncope",
                "asciifolding",
            ],
        },
        # modelsearch's own edge-ngram analyzer, made to fold like the search side.
        "edgengram_analyzer": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": [*_FOLD, "edgengram"],
        },
    },
}


class LanguageMappingMixin:
    edgengram_analyzer_config = {"analyzer": "edgengram_analyzer", "search_analyzer": FOLDED}

    def _clean_value(self, value):
        # django-countries' Country is not JSON; the filter keeps the ISO code.
        if isinstance(value, Country):
            return value.code or None
        return super()._clean_value(value)

    def get_field_column_name(self, field):
        if isinstance(field, FacetField):
            return field.column_name
        if isinstance(field, AnalysedField):
            return field.field_name + "_analysed"
        if isinstance(field, FoldedAutocompleteField):
            return field.field_name + "_folded_edgengrams"
        if _is_language_field(field):
            return field.field_name
        return super().get_field_column_name(field)

    def _get_document_field_data(self, field, obj):
        if isinstance(field, AnalysedField):
            # Only the database backends search the project's analysed words.
            return self.get_field_column_name(field), None, []
        return super()._get_document_field_data(field, obj)

    def get_field_mapping(self, field):
        if isinstance(field, FacetField):
            return field.column_name, {"type": field.es_type}
        if isinstance(field, AnalysedField):
            return self.get_field_column_name(field), {"type": "text", "index": False}
        name, mapping = super().get_field_mapping(field)
        if _is_language_field(field):
            mapping["fields"] = {
                language: {"type": "text", "analyzer": f"mikser_{language}"}
                for language in LANGUAGES
            }
        return name, mapping


def _is_language_field(field):
    return type(field) is index.SearchField and field.field_name in LANGUAGE_FIELDS


def _put_settings(index, settings):
    try:
        index.es.indices.put_settings(index=index.name, body={"index": settings})
    except TypeError:  # elasticsearch-py 9 has no `body`
        index.es.indices.put_settings(index=index.name, settings={"index": settings})


def _rebuilder(base):
    """`update_index` without a refresh every second while the bulk requests come in."""

    def start(self):
        index = base.start(self)
        _put_settings(index, {"refresh_interval": "-1"})
        return index

    def finish(self):
        _put_settings(self.index, {"refresh_interval": None})  # back to the default (1 s)
        base.finish(self)

    return type("Fast" + base.__name__, (base,), {"start": start, "finish": finish})


def analysis_without(missing_filters):
    """`ANALYSIS` for an engine that lacks some of its filters: the analyzers skip them.

    The one case: Elasticsearch 7 (Lucene 8) has no Snowball Serbian stemmer, so there Serbian
    is folded (scripts, diacritics) but not stemmed (search/backends/elasticsearch7.py).
    """
    analysis = deepcopy(ANALYSIS)
    for name in missing_filters:
        del analysis["filter"][name]
    for analyzer in analysis["analyzer"].values():
        analyzer["filter"] = [f for f in analyzer["filter"] if f not in missing_filters]
    return analysis


def language_backend(module_path, missing_filters=()):
    """The modelsearch backend in `module_path`, with this project's analysis and mapping."""
    base = import_module(module_path).SearchBackend
    mapping = type(
        "Language" + base.mapping_class.__name__, (LanguageMappingMixin, base.mapping_class), {}
    )
    compilers = {
        attribute: type(
            "Language" + getattr(base, attribute).__name__,
            (getattr(base, attribute),),
            {"mapping_class": mapping},
        )
        for attribute in ("query_compiler_class", "autocomplete_query_compiler_class")
    }
    analysis = analysis_without(missing_filters)
    settings = deep_update(deepcopy(base.settings), {"settings": {"analysis": analysis}})
    return type(
        "Language" + base.__name__,
        (base,),
        {
            "mapping_class": mapping,
            "settings": settings,
            "basic_rebuilder_class": _rebuilder(base.basic_rebuilder_class),
            "atomic_rebuilder_class": _rebuilder(base.atomic_rebuilder_class),
            **compilers,
        },
    )
