"""`cleaner fix`'s start-up: what a hook's run on a small file imports and reads."""

import subprocess
import sys

import pytest

from cleaner.fix_pipeline import fix_text
from cleaner.pipeline import Cleaner

PROBE = ("import sys\nfrom cleaner.cli import main\ntry:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
         "print('ftfy' in sys.modules, file=sys.stderr)\n")


@pytest.mark.parametrize("text, imported", [
    ("The harbour  bridge\n\nThe council voted on Tuesday to repair the old harbour bridge.\nShare this\n", False),
    ("The harbour bridge\n\nThe council voted on Tuesday to repair the caf\u00e9 by the bridge.\n", True),
    ("The harbour bridge\n\nTerms &amp; conditions of the toll were read out on Tuesday.\n", True),
], ids=["plain ASCII", "an accent", "an entity"])
def test_ftfy_is_imported_only_for_a_file_it_could_change(tmp_path, text, imported):
    path = tmp_path / "notes.txt"
    path.write_text(text, encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", PROBE, "fix", "--no-config", "--lang", "en", str(path)],
                          capture_output=True, text=True, check=True)
    assert done.stderr.strip().splitlines()[-1] == str(imported)
    fixed = path.read_text(encoding="utf-8")
    assert fixed == fix_text(text, Cleaner(), lang="en").text  # as the library fixes it, ftfy imported
    assert "Share this" not in fixed


def test_plain_ascii_is_cleaned_as_ftfy_asked_about_every_line_cleans_it():
    from cleaner.document import Document
    from cleaner.pipeline import repair_characters

    text = "A  title\twith tabs \n\n  Two  spaces  and a trailing one \nShare this\n"
    docs = [Document.from_text(text) for _ in range(2)]
    repair_characters(docs[0])
    repair_characters(docs[1], shortcut=False)
    assert [line.text for line in docs[0].lines] == [line.text for line in docs[1].lines]
    assert docs[0].lines[0].text == "A title with tabs"
