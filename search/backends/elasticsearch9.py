from search.backends.elastic import language_backend

SearchBackend = language_backend("modelsearch.backends.elasticsearch9")
