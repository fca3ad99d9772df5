"""A small per-process memory in front of the shared cache, for values that never change.

Everything the page cache and the derived cache store is tied to a content generation: a page
carries the generation it was rendered under, a derived value has it in its key. Such a value is
never updated in place, only replaced by one of a newer generation, so a worker can keep a copy
and skip the round trip to Redis: the one shared read left per request is the generation
itself. Bounded by entries (least recently used first out) and by the same lifetime as in the
shared cache; thread-safe for gunicorn's gthread workers.
"""

import threading
import time
from collections import OrderedDict

MISSING = object()


class LocalCache:
    def __init__(self, max_entries, clock=time.monotonic):
        self.max_entries = max_entries
        self.clock = clock
        self._values = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            entry = self._values.get(key)
            if entry is None:
                return MISSING
            expires, value = entry
            if expires < self.clock():
                del self._values[key]
                return MISSING
            self._values.move_to_end(key)
            return value

    def set(self, key, value, timeout):
        with self._lock:
            self._values[key] = (self.clock() + timeout, value)
            self._values.move_to_end(key)
            while len(self._values) > self.max_entries:
                self._values.popitem(last=False)

    def clear(self):
        with self._lock:
            self._values.clear()

    def __len__(self):
        return len(self._values)
