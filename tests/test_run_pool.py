"""The -j pool: forked workers with pipes of their own, stopped at any moment without a hang."""

import os
import signal
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from bench.interrupt import processes_naming
from cleaner.io.files import atomic_output
from cleaner.run.pool import ForkPool, WorkerDied

from conftest import start_cli


def _square(n):
    return n * n


def _fail_on_three(n):
    if n == 3:
        raise ValueError("three")
    return n


def _die_on_two(n):
    if n == 2:
        os.kill(os.getpid(), signal.SIGKILL)
    return n


def _pid_then_sleep(seconds):
    return os.getpid(), time.sleep(seconds)


def _pid_after(task):
    seconds, payload = task
    time.sleep(seconds)
    return os.getpid(), len(payload)


def _echo(data):
    return data


def _doubled(data):
    return data * 2


def _slow_write(path):
    # Writes part of a file through atomic_output and then works on, inside the block.
    with atomic_output(Path(path)) as handle:
        handle.write(b"part of a file\n")
        handle.flush()
        time.sleep(60)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_results_come_in_order_whatever_order_the_workers_finish_in():
    with ForkPool(2) as pool:
        assert list(pool.imap(_square, range(200), 4)) == [n * n for n in range(200)]
    assert pool.workers == []


def test_no_more_than_the_window_is_taken_ahead_of_the_consumer():
    taken = []

    def tasks():
        for n in range(100):
            taken.append(n)
            yield n

    with ForkPool(2) as pool:
        for n, value in enumerate(pool.imap(_square, tasks(), 4)):
            assert value == n * n and len(taken) <= n + 1 + 4


def test_a_busy_worker_is_given_the_next_task_when_its_pipe_holds_it_whole():
    # Written at once, a worker's next task waits in its pipe: it needs no turn of the parent's.
    seen = []

    def tasks():
        yield from [(1.0, b"")] * 4
        seen.append(sorted(len(worker.held) for worker in pool.workers))  # once the four are given out

    with ForkPool(2) as pool:
        pids = [pid for pid, _ in pool.imap(_pid_after, tasks(), 8)]
    assert seen[0] == [2, 2]
    assert pids[0] == pids[2] != pids[1] == pids[3]


def test_a_task_larger_than_the_pipe_goes_only_to_an_idle_worker():
    # Written to a busy worker, it could wait on that worker's next read while the worker
    # waits for its own result, as large, to be read: each would wait for the other.
    size = 3 << 20
    with ForkPool(2) as pool:
        results = pool.imap(_pid_after, [(0.3, bytes(size))] * 4, 8)
        assert next(results)[1] == size
        assert all(len(worker.held) <= 1 for worker in pool.workers)
        assert [length for _, length in results] == [size] * 3
        tasks = [bytes([n]) * size for n in range(6)]
        assert list(pool.imap(_echo, tasks, 8)) == tasks


def test_tasks_of_nearly_a_pipe_with_results_of_two_never_wait_on_each_other():
    # A task written to a busy worker whose pipe still held the page where the task before it
    # ends waited for that worker, blocked sending a result the parent would read only after.
    import threading

    from cleaner.run.pool import PIPE_SIZE

    from multiprocessing.reduction import ForkingPickler

    # Pickled to just under a pipe: each ends a page short of its end, the next starts in that page.
    overhead = len(ForkingPickler.dumps((0, _doubled, b""))) + 8
    tasks = [bytes([n]) * (PIPE_SIZE - 100 - overhead) for n in range(16)]
    got = []
    with ForkPool(2) as pool:
        runner = threading.Thread(target=lambda: got.extend(pool.imap(_doubled, tasks, 8)), daemon=True)
        runner.start()
        runner.join(60)
        hung = runner.is_alive()
        if hung:
            pool.stop()  # the workers killed, the parent's write ends and the thread with it
    assert not hung and got == [task * 2 for task in tasks]


def test_an_error_in_a_task_is_raised_in_its_turn():
    seen = []
    with pytest.raises(ValueError, match="three"), ForkPool(2) as pool:
        for value in pool.imap(_fail_on_three, range(10), 4):
            seen.append(value)
    assert seen == [0, 1, 2]


def test_a_worker_that_dies_is_reported_not_awaited():
    with pytest.raises(WorkerDied, match="exit code -9"), ForkPool(2) as pool:
        list(pool.imap(_die_on_two, range(10), 4))


def test_stop_ends_busy_workers_and_reaps_them():
    pool = ForkPool(2)
    results = pool.imap(_pid_then_sleep, [0, 60, 60], 4)
    worker_pids = {next(results)[0]} | {w.process.pid for w in pool.workers}
    started = time.monotonic()
    results.close()  # the consumer stops reading: the pool is stopped with it
    pool.stop()
    assert time.monotonic() - started < 30
    assert not any(_alive(pid) for pid in worker_pids)


def _interrupted_once_written(func, folder: Path) -> ForkPool:
    # The parent is interrupted (as by Ctrl-C) once the worker's temporary file exists.
    def interrupt_once_written(signum, frame):
        if list(folder.glob(".out.txt.*.tmp")):
            # Once: a Ctrl-C during the pool's stop is held (signals_held), an alarm is not, and on
            # a busy machine the worker may still be removing its file 10 ms later.
            signal.setitimer(signal.ITIMER_REAL, 0)
            raise KeyboardInterrupt

    previous = signal.signal(signal.SIGALRM, interrupt_once_written)
    signal.setitimer(signal.ITIMER_REAL, 0.01, 0.01)
    try:
        with pytest.raises(KeyboardInterrupt), ForkPool(1) as pool:
            list(pool.imap(func, [str(folder / "out.txt")], 2))
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    return pool


def test_a_worker_stopped_while_writing_leaves_no_temporary_file(tmp_path):
    pool = _interrupted_once_written(_slow_write, tmp_path)
    assert pool.workers == [] and list(tmp_path.iterdir()) == []


def _slow_write_after_a_slow_mkstemp(path):
    # The worker is held up between the temporary file's creation and mkstemp's return (on a
    # busy machine, it may lose its core there): the parent's SIGTERM lands in that gap.
    made = tempfile.mkstemp

    def slow_mkstemp(*args, **kwargs):
        fd, name = made(*args, **kwargs)
        time.sleep(1)
        return fd, name

    tempfile.mkstemp = slow_mkstemp  # in this forked worker only
    _slow_write(path)


def test_a_worker_stopped_inside_mkstemp_leaves_no_temporary_file(tmp_path):
    pool = _interrupted_once_written(_slow_write_after_a_slow_mkstemp, tmp_path)
    assert pool.workers == [] and list(tmp_path.iterdir()) == []


def _corpus(folder: Path) -> Path:
    corpus = folder / "corpus"
    corpus.mkdir()
    body = "".join(f"Paragraph {i}: the council met and agreed on plan number {i}.\n" for i in range(2000))
    for n in range(200):
        (corpus / f"doc{n:03}.txt").write_text(f"Title {n}\n\n{body}Leave a Comment\n", encoding="utf-8")
    return corpus


def _started_writing(child, out: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.glob("*.txt"))) < 3:
        time.sleep(0.005)
    assert child.poll() is None, "the run ended before it could be interrupted"


def test_workers_leave_when_the_parent_is_killed(tmp_path):
    corpus = _corpus(tmp_path)
    child = start_cli("clean", "-j", "2", corpus, "-o", tmp_path / "out", stdout=subprocess.DEVNULL,
                      stderr=subprocess.PIPE)
    _started_writing(child, tmp_path / "out")
    child.kill()  # no handler runs: the workers see their task pipe close
    _, err = child.communicate(timeout=60)
    deadline = time.monotonic() + 60
    while processes_naming(str(corpus)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert processes_naming(str(corpus)) == []
    assert err == b""  # and they leave quietly


def test_ctrl_c_on_two_jobs_stops_everything_and_leaves_no_temporary_file(tmp_path):
    corpus = _corpus(tmp_path)
    out = tmp_path / "out"
    child = start_cli("clean", "-j", "2", corpus, "-o", out, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _started_writing(child, out)
    child.send_signal(signal.SIGINT)
    _, err = child.communicate(timeout=60)
    assert child.returncode == 130 and err == b"cleaner: interrupted\n", err
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
    assert processes_naming(str(corpus)) == []  # no worker left behind


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_sigterm_stops_everything_and_leaves_no_temporary_file(tmp_path, jobs):
    # `kill PID`, `timeout`, a stopped container: SIGTERM killed cleaner where it stood,
    # leaving the audit's temporary file (and with -j 1 an output's) behind.
    corpus = _corpus(tmp_path)
    out, audit = tmp_path / "out", tmp_path / "audit" / "run.jsonl"
    audit.parent.mkdir()
    child = start_cli("clean", "-j", jobs, corpus, "-o", out, "--audit", audit,
                      stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _started_writing(child, out)
    child.send_signal(signal.SIGTERM)
    _, err = child.communicate(timeout=60)
    assert child.returncode == 128 + signal.SIGTERM and err == b"cleaner: terminated\n", err
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
    assert list(audit.parent.iterdir()) == []  # the audit is whole or absent, and no temporary file
    assert processes_naming(str(corpus)) == []


def _terminated_in_a_finaliser(seconds):
    class Finalised:
        def __del__(self):
            os.kill(os.getpid(), signal.SIGTERM)
            for _ in range(1000):  # the handler runs here, inside the finaliser
                pass

    Finalised()  # made and finalised at once
    time.sleep(seconds)  # the rest of the task
    return "finished"


def test_a_worker_sent_sigterm_inside_a_finaliser_still_leaves_quietly(capfd):
    # A worker compiling a language's rules is often inside the regex module's __del__; the
    # exit raised there was printed with its traceback and dropped, and the worker worked on.
    started = time.monotonic()
    with pytest.raises(WorkerDied, match="exit code 143"), ForkPool(1) as pool:
        list(pool.imap(_terminated_in_a_finaliser, [30], 2))
    assert time.monotonic() - started < 20
    assert "Traceback" not in capfd.readouterr().err


def test_a_sigterm_handled_inside_a_finaliser_still_stops_the_run():
    # Under load a SIGTERM was once handled while a finaliser ran (the regex module's
    # __del__): Python dropped the Terminated raised there and the run ended with exit 0.
    from cleaner.cli.main import Terminated, terminating

    class Finalised:
        def __del__(self):
            os.kill(os.getpid(), signal.SIGTERM)
            for _ in range(1000):  # the handler runs here, inside the finaliser
                pass

    reached_the_end = False
    with pytest.raises(Terminated):
        with terminating():
            Finalised()  # made and finalised at once
            for _ in range(500):  # the rest of a run: 5 s
                time.sleep(0.01)
            reached_the_end = True
    assert not reached_the_end
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
