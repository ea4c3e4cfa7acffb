"""The process pool of ``-j N``: multiprocessing's, without a busy worker handler.

CPython's Pool (3.8 and later) has a thread that keeps the workers alive, and it wakes
when a worker exits, when the pool's cache changes, and also whenever the result pipe
is readable. A result of a few hundred kilobytes stays readable until the result thread
has read all of it, and the worker thread loops meanwhile, building a selector each time:
on 20,000 records in batches, 0.4 s of the parent's CPU (of 1 s), on a machine whose
cores the workers need. Worker exits and cache changes are all it has to wait for: this
pool leaves the result pipe out of what it watches.
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.pool import Pool


class QuietPool(Pool):
    def _get_sentinels(self):
        # Pool's own list is [result pipe, cache-change notifier]; exits are watched apart.
        # (Private to CPython: a Pool without the notifier keeps its own list.)
        notifier = getattr(self, "_change_notifier", None)
        return [notifier._reader] if notifier is not None else super()._get_sentinels()


def fork_pool(jobs: int, initializer, initargs: tuple) -> QuietPool:
    """``jobs`` worker processes forked from this one, each started with ``initializer``."""
    import gc

    # What the workers inherit (rules, profiles) is never garbage: kept out of every collection,
    # theirs and the parent's, it is neither walked again nor copied by the walking.
    gc.freeze()
    return QuietPool(jobs, initializer=initializer, initargs=initargs, context=multiprocessing.get_context("fork"))
