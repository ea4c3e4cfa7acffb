"""What a 2007 web page prints round its text (a footer row of menus in table cells, the page's
own "last updated" stamp, a row of the site's tools, a skip link) goes; the text, whose
sentences use the same words, stays whole. Every page here is written for the test."""

from cleaner import Cleaner

TEXT = [
    "Planting a hedge in winter",
    "The best time to plant a bare-root hedge is between November and March, while the plants are dormant.",
    "This page was last updated in 2006, when the society moved its library to the old school.",
    "Help from the volunteers made the work lighter: six of them dug the trench in one morning.",
    "Contact us before you order, the nursery's catalogue says, if your soil is heavy clay.",
    "The site was last updated by the council in 1999, and the hedge has grown since then.",
]


def _clean(lines: list[str]):
    return Cleaner().clean("\n".join(lines) + "\n")


def test_a_footer_row_of_menus_in_table_cells_and_the_pages_stamp_go():
    foot = [
        "| Advertising \\| Events \\| Work with us \\| Site map \\| Help | Our story \\| Volunteer | ",
        "This page was last updated 8 June, 2005",
    ]
    result = _clean([*TEXT, *foot])
    assert result.text == "\n".join(TEXT) + "\n"
    assert {r.rule_id for r in result.removals} == {"en-pipe-menu", "en-page-updated"}


def test_a_table_row_of_footer_links_with_spacer_cells_goes():
    foot = ["| Home | Shopping Basket | Contact Us | About Us | My Account | ",
            "| Terms & Conditions |  | Privacy Policy |  | Search |  | Contact Us | "]
    result = _clean([*TEXT, *foot])
    assert result.text == "\n".join(TEXT) + "\n"
    assert {r.rule_id for r in result.removals} == {"en-footer-links"}


def test_a_tool_row_and_a_skip_link_go():
    lines = ["Jump to content", *TEXT, "| All Topics | E-mail this article |"]
    result = _clean(lines)
    assert result.text == "\n".join(TEXT) + "\n"
    assert {r.rule_id for r in result.removals} == {"en-page-tools", "en-tool-row"}


def test_a_tables_own_rows_and_dated_sentences_stay():
    # A data table whose cells hold the menu's words, and stamps that name no page or go on.
    lines = [
        *TEXT,
        "| Room | Search | Help | Contact |",
        "| Library | Tuesday | Thursday | Anne |",
        "Page last updated by the clerk on 3 May 2004, the record shows.",
        "Last updated at 6:15 PM on 12/03/09",
        "| The society's own garden \\| planted 1987 | Open on Sundays |",
    ]
    result = _clean(lines)
    assert result.text == "\n".join(lines) + "\n"
