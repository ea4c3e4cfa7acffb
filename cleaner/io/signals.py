"""Holding Ctrl-C and SIGTERM back while a step that must not be cut in two runs."""

from __future__ import annotations

import signal
from contextlib import contextmanager

STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}


@contextmanager
def signals_held():
    """Ctrl-C and a pool's stop wait until the block is done: a file written and renamed
    into place is never cut between its temporary file's creation and its removal."""
    if not hasattr(signal, "pthread_sigmask"):  # no signal masks here (Windows): nothing to hold
        yield
        return
    # The mask is read first: blocking runs any handler already due, whose exception must not
    # leave the signals blocked for good.
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, ())
    try:
        signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
