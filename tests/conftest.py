import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"


@pytest.fixture(scope="session")
def cleaner_obj():
    from cleaner import Cleaner

    return Cleaner()


def run_cli(*args, input_bytes=None, cwd=None):
    """The real command line, in a child process, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "cleaner", *map(str, args)], input=input_bytes,
                          capture_output=True, cwd=cwd, timeout=120)


def write_rules(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path
