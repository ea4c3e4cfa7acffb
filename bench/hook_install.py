"""What the pre-commit hook installs, and how fast `cleaner fix` starts in it.

    python -m bench.hook_install [--runs N]

pre-commit installs a hook written in Python as `pip install .` of the hook's repository
in a fresh virtual environment: no extras. This does the same in a temporary folder (pip
upgraded first, as pre-commit's virtualenv and `make` have a current one) and prints the
size of what it added to site-packages, then the same after `pip install '.[html]'` (HTML
mode), with the largest distributions each added; and the median wall time of `cleaner
fix` on one small file in each, over N fresh processes, beside `python -c pass` there.
Packages come from pip's usual index (a download the first time).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

from .startup import median_seconds

ROOT = Path(__file__).resolve().parent.parent


def tree_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def site_packages(venv: Path) -> Path:
    relative = Path(sysconfig.get_path("purelib")).relative_to(sysconfig.get_path("data"))
    return venv / relative


def distributions(site: Path) -> dict[str, int]:
    """Bytes of each distribution, from the files its RECORD lists (its scripts included)."""
    sizes = {}
    for record in site.glob("*.dist-info/RECORD"):
        name = record.parent.name.removesuffix(".dist-info").rsplit("-", 1)[0]
        total = 0
        for line in record.read_text(encoding="utf-8").splitlines():
            path = (site / line.rsplit(",", 2)[0]).resolve()
            if path.is_file():
                total += path.stat().st_size
        sizes[name] = total
    return sizes


def pip_install(venv: Path, *requirements: str) -> None:
    done = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", *requirements],
                          cwd=ROOT, capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"bench.hook_install: pip install {' '.join(requirements)} failed:\n{done.stderr}")


def report(label: str, site: Path, before: int, previous: dict[str, int]) -> dict[str, int]:
    now = distributions(site)
    added = {name: size for name, size in now.items() if name not in previous}
    print(f"{label}: site-packages {tree_bytes(site) / 1e6:.1f} MB, "
          f"{(tree_bytes(site) - before) / 1e6:.1f} MB more than the empty venv; {len(added)} distributions added")
    largest = sorted(added.items(), key=lambda item: -item[1])[:6]
    print("  largest added: " + ", ".join(f"{name} {size / 1e6:.1f} MB" for name, size in largest))
    return now


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        venv = work / "venv"
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        site = site_packages(venv)
        pip_install(venv, "--upgrade", "pip")
        empty = tree_bytes(site)
        print(f"empty venv ({sys.version.split()[0]}): site-packages {empty / 1e6:.1f} MB (pip)")
        small = work / "small.txt"
        small.write_text("A title\n\nA short paragraph of clean text, already fixed.\n", encoding="utf-8")
        fix = [str(venv / "bin" / "cleaner"), "fix", "--no-config", str(small)]
        # The bench's own cache folder: the first, untimed run fills it as a user's first commit does.
        os.environ["CLEANER_CACHE_DIR"] = str(work / "cache")

        bare = [str(venv / "bin" / "python"), "-c", "pass"]

        before = distributions(site)
        pip_install(venv, ".")
        seen = report("pip install . (the hook)", site, empty, before)
        hook, python = median_seconds(fix, args.runs), median_seconds(bare, args.runs)
        pip_install(venv, ".[html]")
        report("pip install '.[html]'", site, empty, seen)
        html = median_seconds(fix, args.runs)
    print(f"median of {args.runs} runs: cleaner fix small.txt {hook * 1000:.0f} ms without the html extra, "
          f"{html * 1000:.0f} ms with it; python -c pass {python * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
