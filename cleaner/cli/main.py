"""The command line: ``cleaner clean``, ``cleaner fix``, ``cleaner learn``, ``cleaner eval``,
``cleaner rules test|list``; each command's flags and work live in its own module.

Exit status: 0 success, 1 (fix, rules test) something to report, 2 error.
Every error is one line naming the file, and the rule for a bad rule.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys

from . import clean, evaluate, fix, learn, rules
from .options import EXIT_ERROR, EXIT_OK, UsageError
from ..run.finalisers import resend_dropped

COMMANDS = {"clean": clean, "fix": fix, "learn": learn, "eval": evaluate, "rules": rules}


class _Version(argparse.Action):
    """--version, reading the installed metadata only when asked: importlib.metadata is
    start-up every other run (a pre-commit hook's, on each commit) would pay for nothing."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        from ..distribution import NAME, version

        print(f"cleaner {version()} ({NAME})")  # on stdout, as argparse's own version action
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cleaner", description="Strip site chrome from web text and repair its Unicode.")
    parser.add_argument("--version", action=_Version, help="print the installed version and exit")
    sub = parser.add_subparsers(dest="command", required=True)
    for command in COMMANDS.values():
        command.add_parser(sub)
    return parser


class Terminated(BaseException):
    """SIGTERM (`kill PID`, `timeout`, a container stopped): unwinds as Ctrl-C does, so that
    temporary files are removed and workers stopped; not an Exception, nothing catches it."""


def _terminate(signum, frame):
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # one exit: the clean-up itself is not cut short
    raise Terminated()


@contextlib.contextmanager
def terminating():
    """SIGTERM raises Terminated while inside. A signal handled while a finaliser (``__del__``)
    runs raises there, where Python prints the exception and drops it: the run then went on
    to the end with exit 0. Such a Terminated is sent again, until one is raised where it counts."""
    try:
        previous = signal.signal(signal.SIGTERM, _terminate)
    except ValueError:  # not the main thread (main called from a library's thread): left as it is
        yield
        return
    resender = resend_dropped(Terminated, _terminate)
    try:
        yield
    finally:
        resender.stop()
        signal.signal(signal.SIGTERM, previous)


def main(argv: list[str] | None = None) -> int:
    # Ctrl-C at any moment of the run is one line: reading the arguments and the imports the
    # commands make included. SIGTERM too: left to its default, it killed the process where it
    # stood, leaving the audit's (and with -j 1 an output's) temporary file behind.
    try:
        with terminating():
            return _run(argv)
    except KeyboardInterrupt:
        print("cleaner: interrupted", file=sys.stderr)
        return 130
    except Terminated:
        print("cleaner: terminated", file=sys.stderr)
        return 128 + signal.SIGTERM


def _run(argv: list[str] | None) -> int:
    args = build_parser().parse_args(argv)
    from .config import ConfigError
    from ..distribution import MissingExtra
    from ..rules.model import RuleError

    try:
        return COMMANDS[args.command].command(args)
    except (RuleError, ConfigError, UsageError, MissingExtra) as exc:
        print(f"cleaner: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:
        if getattr(args, "verbose", False) or exc.filename is None:
            return _internal(args, exc)
        # A file the user named that cannot be written or read (a folder, a missing one):
        # the file and the reason, as every other error line.
        from ..io.files import os_error_text, quote_name

        print(f"cleaner: error: {quote_name(exc.filename)}: {os_error_text(exc, exc.filename)}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - the promise is one line, not a traceback
        return _internal(args, exc)


def _internal(args, exc: Exception) -> int:
    if getattr(args, "verbose", False):
        raise exc
    print(f"cleaner: error: {type(exc).__name__}: {exc} (run with --verbose for the traceback)", file=sys.stderr)
    return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
