"""The -j pool: multiprocessing's Pool whose worker handler does not watch the result pipe."""

import os
import time

from cleaner.pool import fork_pool


def _square(n):
    return n * n


def _pid(_):
    return os.getpid()


def test_pool_maps_in_order_and_closes():
    pool = fork_pool(2, None, ())
    results = [pool.apply_async(_square, (n,)) for n in range(200)]
    assert [r.get(timeout=30) for r in results] == [n * n for n in range(200)]
    pool.close()
    pool.join()  # returns once the work is done: the handler heard the cache empty


def test_workers_that_exit_are_replaced():
    # Exits are still watched: with one task a worker, each exit must be noticed and a new
    # worker started, or the second task would wait for ever.
    import multiprocessing

    from cleaner.pool import QuietPool

    pool = QuietPool(2, maxtasksperchild=1, context=multiprocessing.get_context("fork"))
    try:
        pids = [pool.apply_async(_pid, (n,)).get(timeout=30) for n in range(6)]
        assert len(set(pids)) == 6
    finally:
        pool.terminate()
        pool.join()


def test_terminate_stops_work_in_flight():
    pool = fork_pool(2, None, ())
    pending = [pool.apply_async(time.sleep, (30,)) for _ in range(4)]
    started = time.monotonic()
    pool.terminate()
    pool.join()
    assert time.monotonic() - started < 10 and not any(r.ready() and r.successful() for r in pending)
