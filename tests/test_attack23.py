"""The twenty-third round's attack: pages whose own text a page rule took in HTML mode. A lyrics
page links each annotated passage of its lyrics to the page's own address with a "#note-N" after
it, and the walk counted those links as links to other pages, so that page-link-box-before took
the first verse as a box of links above the article; a record's data table classes its cells
after a colour style whose name holds "banner", and page-ads took its header cells. Each stays; the
chrome the rules were written for still goes. Every page is written for the test."""

import pytest

from cleaner import Cleaner
from conftest import removed_by

VERSE = ["I left the lamp burning down by the water", "I left the gate open, the key on the sill",
         "I never once thought that the tide would come calling", "To carry the boats over Saltmarsh Hill"]
ABOUT = [
    "This song was written in a single night after the storm of the winter before, when three boats from "
    "the village were caught out past the point and the families waited on the quay until morning.",
    "The writer has said that the lamp in the first verse was a real lamp, kept burning in her grandmother's "
    "kitchen window for as long as any of the boats were out at sea.",
    "The chorus was added later, during the recording, when the band felt the verses needed somewhere to "
    "rest between the darker parts of the story they were telling.",
    "On the album the song runs for nearly seven minutes, with a long fiddle passage after the third verse "
    "that the band still plays in full at every concert, however late the hour.",
    "Critics at the time called it the record's quiet centre, and it has since been covered by choirs, brass "
    "bands and at least one shanty group from the other side of the water.",
    "The band has never released it as a single, saying that it belongs to the people of the village first "
    "and to the radio only a long way after that, if at all.",
]
REST = ["[Chorus]", "So shine, harbour lights, shine on the water", "And bring every sailor home early tonight",
        "The fiddler is playing, the kettle is singing", "[Verse 2]", "My brother went out with the boats in the morning",
        "He waved from the deck as they rounded the bay", "The sky was as clear as a bell on a Sunday",
        "And nobody thought he'd be long on his way"]


def _lyrics_page(href: str, canonical: str = "https://www.example.org/songs/harbour-lights-lyrics") -> str:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    verse = "<br>\n".join(VERSE)
    rest = "<br>\n".join(REST)
    about = "".join(f"<p>{line}</p>\n" for line in ABOUT)
    return (f"<html><head><title>Harbour Lights lyrics</title>{link}</head><body><h1>Harbour Lights</h1>"
            f'<div class="song"><h2 class="label">Harbour Lights Lyrics</h2><div class="lyrics"><p>'
            f'<a href="{href}#note-101" class="ref">[Verse 1]</a><br>\n<a href="{href}#note-102" class="ref">{verse}'
            f"</a><br>\n<br>\n{rest}</p></div></div>\n<div class=\"about\">{about}</div></body></html>")


@pytest.mark.parametrize("href", ["//example.org/songs/harbour-lights-lyrics",
                                  "https://www.example.org/songs/harbour-lights-lyrics",
                                  "/songs/harbour-lights-lyrics"])
def test_lyrics_linked_to_their_own_notes_stay(href):
    pytest.importorskip("trafilatura")
    result = Cleaner().clean_html(_lyrics_page(href))
    assert removed_by(result, "page-link-box-before") == []
    assert set(VERSE) <= set(result.text.splitlines())


def test_lyrics_linked_to_their_own_notes_stay_with_the_callers_address():
    pytest.importorskip("trafilatura")
    page = _lyrics_page("/songs/harbour-lights-lyrics", canonical="")
    result = Cleaner().clean_html(page, url="https://example.org/songs/harbour-lights-lyrics")
    assert set(VERSE) <= set(result.text.splitlines())


def test_a_box_of_links_to_another_pages_notes_still_goes():
    """The same box whose links lead to another page of the site (another song's notes) is still
    a box of links above the article."""
    pytest.importorskip("trafilatura")
    result = Cleaner().clean_html(_lyrics_page("/songs/another-song-lyrics"))
    assert removed_by(result, "page-link-box-before") == VERSE


def test_the_walk_counts_a_link_to_the_pages_own_place_as_no_link():
    pytest.importorskip("trafilatura")
    from cleaner.io.html import parse
    from cleaner.io.page_walk import walk

    page = ('<html><body><p><a href="/a/story#note-1">Own note</a></p><p><a href="/a/other#note-1">Other note</a>'
            '</p><p><a href="https://example.org/a/story#top">Own top</a></p><p><a href="/a/story">Own page</a></p>'
            "</body></html>")
    _, places = walk(parse(page).tree, "example.org", "/a/story")
    assert [linked for _, _, linked in places] == [0, 9, 0, 7]
    _, places = walk(parse(page).tree, "example.org")
    assert [linked for _, _, linked in places] == [7, 9, 6, 7]


TRIAL = """<html><head><title>A study of sea air and sleep</title></head>
<body><div class="record"><h1>A study of sea air and sleep in older adults</h1>
<p>The study asks whether a week by the sea changes how long and how well adults over sixty sleep, measured at
home before and after the stay with a small wrist monitor.</p>
<table class="figures"><tr><th class="head grey_banner_color">What the study treats</th></tr>
<tr><td class="cell">Trouble sleeping</td></tr><tr><td class="cell grey_banner_color">Daytime tiredness</td></tr>
</table>
<p>Volunteers will spend seven nights at a guest house on the coast and keep a sleep diary, and a nurse will
visit each morning to read the monitor and ask how the night went.</p>
<div><p class="sponsors">Sponsored by the Harbour Bakery</p></div>
<p>The results will be compared with a second group who spend the same week at home, keeping the same diary
and wearing the same monitor every night of the week.</p>
<table class="figures"><tr><th class="head grey_banner_color">Group</th>
<th class="head grey_banner_color">What they do</th></tr>
<tr><td>Seaside</td><td>Seven nights at the coast with a daily walk on the beach</td></tr>
<tr><td>Home</td><td>Seven nights at home with a daily walk in the park</td></tr></table>
<p>Anyone over sixty who has had trouble sleeping for at least three months may take part, unless they work
nights or take medicine to help them sleep.</p>
</div></body></html>"""


def test_a_tables_cells_classed_after_a_banner_colour_stay():
    """A header cell is the table's heading; a class naming a colour names a style, not a box:
    a sponsor's line in a box of its own still goes."""
    pytest.importorskip("trafilatura")
    result = Cleaner().clean_html(TRIAL)
    lines = result.text.splitlines()
    assert "| What the study treats |" in lines and "| Group | What they do |" in lines
    assert "| Daytime tiredness |" in lines
    assert removed_by(result, "page-ads") == ["Sponsored by the Harbour Bakery"]
    assert Cleaner().clean(result.text).text == result.text
