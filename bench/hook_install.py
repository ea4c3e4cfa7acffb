"""What the pre-commit hook installs, and how fast `cleaner fix` starts in it.

    python -m bench.hook_install [--runs N] [--source DIR]

pre-commit installs a hook written in Python as `pip install .` of the hook's repository
in a fresh virtual environment: no extras. This does the same in a temporary folder (pip
upgraded first, as pre-commit's virtualenv and `make` have a current one), and `pip
install '.[html]'` in another, and prints the size of what each added to site-packages,
with the largest distributions; then the median wall time of `cleaner fix` on one small
file in each, over N fresh processes taken in turn, beside `python -c pass`.
Packages come from pip's usual index (a download the first time). ``--source`` installs
another checkout instead of this one (an older commit: ``git archive COMMIT | tar -x -C DIR``).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

from .startup import ENV

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


def pip_install(venv: Path, *requirements: str, cwd: Path = ROOT) -> None:
    done = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", *requirements],
                          cwd=cwd, capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"bench.hook_install: pip install {' '.join(requirements)} failed:\n{done.stderr}")


def report(label: str, site: Path, empty: int, before: dict[str, int]) -> None:
    added = {name: size for name, size in distributions(site).items() if name not in before}
    print(f"{label}: site-packages {tree_bytes(site) / 1e6:.1f} MB, "
          f"{(tree_bytes(site) - empty) / 1e6:.1f} MB more than the empty venv; {len(added)} distributions added")
    largest = sorted(added.items(), key=lambda item: -item[1])[:6]
    print("  largest added: " + ", ".join(f"{name} {size / 1e6:.1f} MB" for name, size in largest))


def fresh_venv(folder: Path) -> tuple[Path, int, dict[str, int]]:
    """A new venv with pip upgraded: the venv, its site-packages' size and distributions."""
    subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True)
    pip_install(folder, "--upgrade", "pip")
    site = site_packages(folder)
    return folder, tree_bytes(site), distributions(site)


def interleaved_medians(commands: list[list[str]], runs: int, env: dict[str, str]) -> list[float]:
    """The median wall time of each command, run in turn (A, B, C, A, B, C...), so that a
    change in the machine's load weighs on each alike. One untimed run each first: it writes
    the bytecode and cleaner's caches, as a first commit does."""
    for command in commands:
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for command, taken in zip(commands, times):
            start = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
            taken.append(time.perf_counter() - start)
    return [statistics.median(taken) for taken in times]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--source", type=Path, default=ROOT, help="the checkout to install (default: this one)")
    args = parser.parse_args(argv)
    source = args.source.resolve()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        env = {**ENV, "CLEANER_CACHE_DIR": str(work / "cache")}  # the bench's own cache, not the user's
        small = work / "small.txt"
        small.write_text("A title\n\nA short paragraph of clean text, already fixed.\n", encoding="utf-8")
        hook, empty, before = fresh_venv(work / "hook")
        print(f"empty venv ({sys.version.split()[0]}): site-packages {empty / 1e6:.1f} MB (pip)")
        pip_install(hook, ".", cwd=source)
        report("pip install . (the hook)", site_packages(hook), empty, before)
        html, empty, before = fresh_venv(work / "html")
        pip_install(html, ".[html]", cwd=source)
        report("pip install '.[html]'", site_packages(html), empty, before)
        fix = [[str(venv / "bin" / "cleaner"), "fix", "--no-config", str(small)] for venv in (hook, html)]
        medians = interleaved_medians([*fix, [str(hook / "bin" / "python"), "-c", "pass"]], args.runs, env)
    print(f"median of {args.runs} runs, taken in turn: cleaner fix small.txt {medians[0] * 1000:.0f} ms "
          f"without the html extra, {medians[1] * 1000:.0f} ms with it; python -c pass {medians[2] * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
