"""The twenty-first round's rules attacked with texts whose own words or shapes are the rules': in
HTML mode, a list's heading ("5-Day Forecast", "Jobs", "Recommend", "SEE ALSO") over items whose
text starts on a line of its own, which trafilatura writes as a bare "- " over it. Each stays; the
bare items still go. Every page is written for the test."""

import pytest

from cleaner import Cleaner
from conftest import removed_by

BODY = ("The harbour board agreed on Monday to rebuild the old pier, which has been closed to walkers since "
        "the winter storms damaged its wooden deck.")
CLOSE = ("Fishermen who moor their boats beside the pier asked for a temporary landing stage during the works, "
         "and the board promised to find one before the summer.")


def _page(heading: str) -> str:
    # Each item's text starts on a line of its own in the page's source: trafilatura writes the
    # item's "- " alone over it.
    items = "".join(f"<li>\n{first}<br>\n{second}\n</li>\n" for first, second in
                    [("Monday: sun, 18 degrees", "wind from the west"), ("Tuesday: rain, 14 degrees", "gales by night")])
    return ('<!DOCTYPE html><html lang="en"><head><title>Pier to be rebuilt</title></head><body>'
            f'<div class="post-body"><p>{BODY}</p>\n{heading}\n<ul>\n{items}</ul>\n<p>{CLOSE}</p></div></body></html>')


@pytest.mark.parametrize("heading", ["<h2>5-Day Forecast</h2>", "<h3>Jobs</h3>", "<h3>Recommend</h3>", "<p>SEE ALSO</p>"])
def test_a_heading_over_bare_items_stays(heading):
    pytest.importorskip("trafilatura")
    result = Cleaner().clean_html(_page(heading))
    assert removed_by(result, "page-empty-item") == ["-", "-"]
    assert [r.rule_id for r in result.removals if r.rule_id != "html-extraction"] == ["page-empty-item"] * 2
    text = heading.split(">")[1].split("<")[0]
    assert text in result.text.splitlines()
