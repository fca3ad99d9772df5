from tests.worker.conftest import database_queue  # noqa: F401
