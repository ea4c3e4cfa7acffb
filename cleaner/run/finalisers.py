"""A SIGTERM that lands in a finaliser, sent again until it counts.

A signal handled while a finaliser (``__del__``) runs raises its exception there, where
Python prints it and drops it: the process then went on as if never asked to stop (a
worker compiling a language's rules is often inside the regex module's finalisers). Such an
exception is sent again as SIGTERM, from a thread (one sent from the hook is handled, and
dropped, inside the hook), until one is raised where it counts.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from dataclasses import dataclass, field


@dataclass
class Resender:
    """The hook in place and its thread; ``stop()`` puts the hook that was there back."""

    hook: object
    done: threading.Event = field(default_factory=threading.Event)
    threads: list[threading.Thread] = field(default_factory=list)

    def stop(self) -> None:
        self.done.set()
        if self.threads:  # no signal sent once the handler is the caller's again
            self.threads[0].join()
        sys.unraisablehook = self.hook


def resend_dropped(exception: type[BaseException], handler) -> Resender:
    """From now on, an ``exception`` a finaliser dropped sets ``handler`` for SIGTERM again and
    sends SIGTERM every 50 ms until ``stop()``."""
    resender = Resender(sys.unraisablehook)

    def resend():
        while not resender.done.wait(0.05):
            os.kill(os.getpid(), signal.SIGTERM)

    def rescue(unraisable):
        if not isinstance(unraisable.exc_value, exception):
            resender.hook(unraisable)
            return
        signal.signal(signal.SIGTERM, handler)
        if not resender.threads:
            resender.threads.append(threading.Thread(target=resend, daemon=True))
            resender.threads[0].start()

    sys.unraisablehook = rescue
    return resender
