"""The process pool of ``-j N``: forked workers, each with a pipe of its own each way.

A worker reads its tasks from its own pipe and writes each result to its own pipe. No
queue, lock or thread is shared between processes, so a worker can be stopped at any
moment, even killed, without leaving anything locked that the parent would then wait on
for ever; and a worker that dies is noticed, not awaited.

A worker busy with one task may be handed the next, when the task fits in half its pipe:
it starts on it as soon as it has sent its result, without waiting for the parent to read
that result and write another task (on a machine whose cores are all busy, the parent
waits its turn). A larger task is given only to an idle worker: a write that could not end
before the worker's next read could wait on a worker that is itself waiting to send its
result. Half, because a pipe counts pages, not bytes: the task the worker has yet to read
(or the end of it, sharing a page with the new one's start) takes room until it is read.

Workers ignore Ctrl-C (it reaches the whole process group; the parent alone decides)
and leave on SIGTERM by raising SystemExit, which runs their ``finally`` and
``except`` blocks: a temporary output file is removed as it is in the parent.
"""

from __future__ import annotations

import collections
import multiprocessing
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.reduction import ForkingPickler

from ..io.signals import STOP_SIGNALS, signals_held
from .finalisers import resend_dropped
from .settings import Settings

# How long workers asked to stop may take to leave before they are killed outright.
STOP_GRACE = 2.0
# The pipes' buffer, where the system lets it be set (Linux: up to /proc/sys/fs/pipe-max-size,
# 1 MiB by default): a batch of records and its result fit whole, and are written in one go.
PIPE_SIZE = 1 << 20


def _widen(connection: Connection) -> int:
    """Set the pipe's buffer to PIPE_SIZE where the system allows; the bytes it holds, or 0
    when that cannot be told (then no task is written to a worker that is busy)."""
    try:
        import fcntl

        try:
            fcntl.fcntl(connection.fileno(), fcntl.F_SETPIPE_SZ, PIPE_SIZE)
        except OSError:
            pass  # over the system's bound: the buffer stays as it is
        return fcntl.fcntl(connection.fileno(), fcntl.F_GETPIPE_SZ)
    except (ImportError, AttributeError, OSError):
        return 0


class WorkerDied(RuntimeError):
    """A worker process ended while it held a task (killed, or out of memory)."""


def _leave(signum, frame):
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # one exit: the clean-up itself is not cut short
    raise SystemExit(128 + signum)


def _serve(tasks: Connection, results: Connection, inherited: list[Connection], initializer, initargs) -> None:
    """A worker's life: tasks in, (index, ok, value) out, until the parent says None or goes."""
    for connection in inherited:  # the parent's ends: held here, the parent's exit would not end this loop
        connection.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _leave)
    # An exit a finaliser dropped is sent again until it counts; once _leave has raised where
    # it counts, SIGTERM is ignored and the signals sent after it change nothing.
    resend_dropped(SystemExit, _leave)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)  # blocked by the parent around the fork
    if initializer is not None:
        initializer(*initargs)
    while True:
        try:
            message = tasks.recv()
        except EOFError:
            return
        if message is None:
            return
        index, func, task = message
        try:
            reply = (index, True, func(task))
        except Exception as exc:  # noqa: BLE001 - the parent raises it, in its turn
            reply = (index, False, exc)
        try:
            results.send(reply)
        except OSError:
            return  # the parent is gone (killed): nobody is waiting for this
        except Exception as exc:  # noqa: BLE001 - a result or error that cannot be pickled (before a byte is sent)
            results.send((index, False, RuntimeError(f"{type(exc).__name__}: {exc}")))


@dataclass
class _Worker:
    process: multiprocessing.process.BaseProcess
    tasks: Connection  # the parent writes
    results: Connection  # the parent reads
    room: int = 0  # the task pipe's buffer in bytes (0: unknown)
    # The indexes of the tasks it was given and has not answered, oldest (the one it works on) first.
    held: collections.deque = field(default_factory=collections.deque)


class ForkPool:
    """``jobs`` worker processes forked from this one, each started with ``initializer``.

    Use it as a context manager: leaving the block normally lets the workers finish,
    leaving it by an exception (Ctrl-C, an error, a consumer that stopped reading)
    stops them at once.
    """

    def __init__(self, jobs: int, initializer: Callable | None = None, initargs: tuple = ()):
        import gc

        # What the workers inherit (rules, profiles) is never garbage: kept out of every collection,
        # theirs and the parent's, it is neither walked again nor copied by the walking.
        gc.freeze()
        context = multiprocessing.get_context("fork")
        self.workers: list[_Worker] = []
        try:
            for _ in range(jobs):
                self._start(context, initializer, initargs)
        except BaseException:
            self.stop()
            raise

    def _start(self, context, initializer, initargs) -> None:
        task_reader, task_writer = context.Pipe(duplex=False)
        result_reader, result_writer = context.Pipe(duplex=False)
        inherited = [task_writer, result_reader]
        for worker in self.workers:
            inherited += [worker.tasks, worker.results]
        process = context.Process(target=_serve, args=(task_reader, result_writer, inherited, initializer, initargs),
                                  daemon=True)
        # A Ctrl-C between the fork and the worker's own handlers would otherwise raise in the worker,
        # and one before the worker is listed would leave it out of stop().
        room = _widen(task_writer)
        _widen(result_reader)
        with signals_held():
            process.start()
            self.workers.append(_Worker(process, task_writer, result_reader, room))
        task_reader.close()
        result_writer.close()

    def __enter__(self) -> "ForkPool":
        return self

    def __exit__(self, kind, value, traceback) -> None:
        if kind is None:
            self.close()
        else:
            self.stop()

    def imap(self, func: Callable, tasks: Iterable, window: int) -> Iterator:
        """``map(func, tasks)`` in input order, with at most ``window`` tasks taken and not yet yielded.

        An exception raised by ``func`` is raised here, in its turn.
        """
        todo = iter(tasks)
        finished: dict[int, tuple[bool, object]] = {}
        taken = given_back = 0
        exhausted = False
        # A task taken and pickled, not yet written to a worker: the pickler's own buffer, not a copy.
        pending: tuple[int, memoryview] | None = None
        while True:
            while pending is not None or (not exhausted and taken - given_back < window):
                if pending is None:
                    try:
                        task = next(todo)
                    except StopIteration:
                        exhausted = True
                        break
                    pending = (taken, ForkingPickler.dumps((taken, func, task)))
                    taken += 1
                worker = self._free(len(pending[1]))
                if worker is None:
                    break
                worker.held.append(pending[0])
                try:
                    worker.tasks.send_bytes(pending[1])
                except OSError:
                    pass  # the worker died busy: its sentinel says so, and _receive reports it
                pending = None
            if given_back in finished:
                ok, value = finished.pop(given_back)
                given_back += 1
                if not ok:
                    raise value
                yield value
                continue
            if exhausted and pending is None and given_back == taken:
                return
            for worker in self._answered():
                index, ok, value = self._receive(worker)
                finished[index] = (ok, value)

    def _free(self, size: int) -> _Worker | None:
        """The worker to write a task of ``size`` bytes to: an idle one, else one busy with a
        single task whose pipe is at least twice the task (module docstring); None: none now."""
        idle = [worker for worker in self.workers if not worker.held]
        if idle:
            return idle[0]
        busy = [worker for worker in self.workers if len(worker.held) == 1 and 2 * size <= worker.room]
        return busy[0] if busy else None

    def _answered(self) -> list[_Worker]:
        """The busy workers with a result to read (or that died), once there is at least one."""
        busy = [worker for worker in self.workers if worker.held]
        ready = set(wait([w.results for w in busy] + [w.process.sentinel for w in busy]))
        return [w for w in busy if w.results in ready or w.process.sentinel in ready]

    @staticmethod
    def _receive(worker: _Worker) -> tuple:
        # A worker's exit can be seen before its last result is read: the pipe still holds it.
        if worker.results.poll():
            try:
                reply = worker.results.recv()
                worker.held.popleft()
                return reply
            except EOFError:
                pass
        worker.process.join(STOP_GRACE)
        raise WorkerDied(f"a worker process ended (exit code {worker.process.exitcode}) "
                         f"while it held task {worker.held[0]}")

    def close(self) -> None:
        """Let the workers leave once their work is done (every result has been read)."""
        for worker in self.workers:
            try:
                worker.tasks.send(None)
            except OSError:
                pass  # gone already
        deadline = time.monotonic() + STOP_GRACE
        for worker in self.workers:
            worker.process.join(max(0.0, deadline - time.monotonic()))
        self.stop()  # any that did not leave

    def stop(self) -> None:
        """Stop every worker now: SIGTERM (they clean up and leave), then SIGKILL for any still there.

        Nothing here waits on a pipe or lock a worker may hold, and a second Ctrl-C is held
        until every worker has been reaped, so this always ends and leaves no process behind.
        """
        with signals_held():
            for worker in self.workers:
                if worker.process.exitcode is None:
                    worker.process.terminate()
            deadline = time.monotonic() + STOP_GRACE
            for worker in self.workers:
                worker.process.join(max(0.0, deadline - time.monotonic()))
            for worker in self.workers:
                if worker.process.exitcode is None:
                    worker.process.kill()
                    worker.process.join()
                worker.tasks.close()
                worker.results.close()
            self.workers = []


_worker: tuple[Settings, object] | None = None


def init_worker(settings: Settings) -> None:
    global _worker
    _worker = (settings, settings.build())


def current_worker() -> tuple[Settings, object]:
    assert _worker is not None, "worker used before init_worker"
    return _worker


def current_cleaner():
    """The Cleaner of this worker (or of the caller, with -j 1), for tasks run by ordered_map."""
    return current_worker()[1]


def ordered_map(func: Callable, tasks: Iterable, jobs: int, settings: Settings) -> Iterator:
    """``map(func, tasks)`` over ``jobs`` processes, in order, with at most 4 x jobs tasks in flight:
    two a worker (one it works on, the next), and as many again finished and waiting for an
    earlier one, so that one slow task (a language's rules compiled) does not stop the others."""
    if jobs <= 1:
        init_worker(settings)
        for task in tasks:
            yield func(task)
        return
    from .pool import ForkPool

    # Build (and cache) the rules and the detector before the pool forks: workers inherit them.
    # A language's own rules are compiled by each worker that meets it: compiled here, every
    # language's would be paid before the first record, on one core (performance.md, -j 2).
    settings.build().warm(every_language=False)
    with ForkPool(jobs, init_worker, (settings,)) as pool:
        yield from pool.imap(func, tasks, 4 * jobs)
