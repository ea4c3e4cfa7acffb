"""The command line: argparse stops in this package; each command hands typed options down."""

from .main import main

__all__ = ["main"]
