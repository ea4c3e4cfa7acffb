"""Throughput of a shard job on a local Dask cluster with 1 and with 2 worker processes.

    python -m bench.dask_scaling [--shards 8] [--per-shard 1000]

Both runs clean the same generated JSONL shards (from the bundled fixtures)
with language detection on; prints documents/s for each and their ratio.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    from distributed import Client, LocalCluster

    from bench.corpus import documents
    from cleaner.run.dask import run_job
    from cleaner.run.settings import Settings

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shards", type=int, default=8)
    parser.add_argument("--per-shard", type=int, default=1000)
    args = parser.parse_args(argv)
    docs = documents()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for s in range(args.shards):
            with open(root / f"in{s}.jsonl", "w", encoding="utf-8") as handle:
                for i in range(args.per_shard):
                    n = s * args.per_shard + i
                    handle.write(json.dumps({"id": n, "text": f"{n} {docs[n % len(docs)]}"}, ensure_ascii=False) + "\n")
        rates = {}
        for workers in (1, 2):
            jobs = [(str(root / f"in{s}.jsonl"), str(root / f"out{workers}" / f"in{s}.jsonl"))
                    for s in range(args.shards)]
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
            settings = Settings().with_sources()
            with Client(cluster) as client:
                client.run(settings.build)  # compile the rules in each worker first, as a long job amortises it
                start = time.monotonic()
                stats, _, _ = run_job(client, jobs, settings)
                seconds = time.monotonic() - start
            cluster.close()
            rates[workers] = stats.documents / seconds
            print(f"{workers} worker(s): {stats.documents} documents in {seconds:.1f} s, {rates[workers]:.0f} documents/s")
    print(f"2 workers / 1 worker: {rates[2] / rates[1]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
