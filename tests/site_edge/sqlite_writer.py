"""A child process of test_sqlite_writers.py: one transaction that reads, waits, then writes.

Run with DATABASE_URL pointing at an SQLite file; prints "ok" or the database error.
"""

import os
import sys
import time

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
django.setup()

from django.db import OperationalError, connection, transaction  # noqa: E402


def main(name, start_at):
    time.sleep(max(0, float(start_at) - time.time()))
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM writes")  # the state is checked…
            time.sleep(0.5)  # …while the other writer checks it too…
            cursor.execute("INSERT INTO writes (name) VALUES (%s)", [name])  # …then changed
    except OperationalError as error:
        print(f"error: {error}")
        return
    print("ok")


if __name__ == "__main__":
    main(*sys.argv[1:])
