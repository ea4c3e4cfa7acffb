"""What the datatrove step and the datasets function cost beyond the Cleaner they run.

    python -m bench.integrations [--documents 2000]

Generated records (bench.corpus: fixture documents, their text rewritten for each
record, so that no line of text comes twice) cleaned in this process by a loop over
``Cleaner.clean``, by ``CleanerStep.run`` over datatrove Documents, and by ``Dataset.map``
with the cleaning function (one process, the dataset in memory); prints CPU seconds
(user + system, so a loaded machine's waits are left out) and documents per CPU second
for each. Each path cleans records of its own (a line seen before is matched from the
Cleaner's memo, which would flatter a path that came second), after a warm-up on others.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    from datasets import Dataset, disable_progress_bars
    from datatrove.data import Document

    from bench.corpus import records
    from cleaner.integrations.datasets import cleaning_function
    from cleaner.integrations.datatrove import CleanerStep

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    args = parser.parse_args(argv)
    disable_progress_bars()
    texts = []
    for line in records(1e9):
        texts.append(json.loads(line)["text"])
        if len(texts) == 200 + 3 * args.documents:
            break
    warm, slices = texts[:200], [texts[200 + k * args.documents:200 + (k + 1) * args.documents] for k in range(3)]
    megabytes = sum(len(t.encode("utf-8")) for t in slices[0]) / 1e6

    step = CleanerStep(lang_key=None, drop_empty=False)
    cleaner = step.settings.build()  # the Cleaner the step runs (the function's carries its rules' texts)
    function = cleaning_function()
    paths = {
        "Cleaner.clean loop": lambda texts: [cleaner.clean(text).text for text in texts],
        "datatrove CleanerStep": lambda texts: [d.text for d in step.run(Document(text=t, id=str(i))
                                                                         for i, t in enumerate(texts))],
        "datasets map (1 process)": lambda texts: Dataset.from_dict({"text": texts}).map(function, batched=True),
    }
    print(f"{args.documents} documents a path, {megabytes:.1f} MB")
    for (name, run), texts in zip(paths.items(), slices):
        run(warm)  # builds what the path builds once (a Cleaner, matchers), off the clock
        start = cpu()
        run(texts)
        spent = cpu() - start
        print(f"{name:26} {spent:6.2f} CPU s  {len(texts) / spent:7.0f} documents/CPU s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
