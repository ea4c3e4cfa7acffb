"""The twelfth round's new rules attacked with texts whose own words or shapes are theirs: a
timeline of stamped entries (en-post-stamp-at), keys pressed together in a manual
(en-bracket-menu), a game's walkthrough (en-back-to-link-enclosed), a page built of text
widgets and a buying guide's picks (page-tail-widget). Each is kept whole, the chrome the rules
were written for still goes, and cleaning twice gives what cleaning once gave."""

import pytest

from conftest import removed_by

TIMELINE = [
    "The night the river came into Hartley",
    "The fire station's log, printed with the chief's permission, shows how little warning the town had.",
    "3/14/2021 at 11:40pm",
    "The gauge at Cole Bridge passed the warning mark, and the duty officer rang the chief at home.",
    "3/15/2021 at 1:05am",
    "Water crossed Mill Lane for the first time, and two crews went door to door along the terrace.",
    "3/15/2021 at 6:20am",
    "The river peaked at four metres above its summer level, and the rain finally eased by dawn.",
    "The chief says the log will be read out at the inquiry in the spring.",
]

CATALOGUE_KEYS = [
    "Finding your way round the library's catalogue",
    "The new terminals work without a mouse, which puzzles many readers on their first visit.",
    "These are the keys you will use most, each shown as it is printed on the keyboard.",
    "To jump to the first result of a list, press these two together:",
    "[Ctrl] [Home]",
    "To leave a record and go back to your list of results, press:",
    "[Alt] [Back]",
    "If a terminal freezes, ask at the desk rather than switching it off at the wall.",
]

REMOTE = [
    "Setting up the new television",
    "Most new sets ask you to tune the channels first, and the buttons on the remote can confuse.",
    "If you go too far, these two take you back a step and then to the start:",
    "[Back] [Home]",
    "The tuning takes about five minutes, and the set switches itself off and on when it is done.",
]

WALKTHROUGH = [
    "The lighthouse level: a walkthrough",
    "The lighthouse is the hardest level in the game, and most players are stuck on its third floor.",
    "Climb the stairs to the second floor and light the lamp from the brazier by the window.",
    "(Go to the top)",
    "At the top, turn the great lens until the beam points at the wreck, and the door below opens.",
    "The key is under the loose stone by the hearth, and with it the level is done.",
]

TEXTS = {"timeline": TIMELINE, "catalogue keys": CATALOGUE_KEYS, "remote": REMOTE, "walkthrough": WALKTHROUGH}


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_a_text_using_a_new_rule_s_shape_is_kept_whole(cleaner_obj, name):
    lines = TEXTS[name]
    result = cleaner_obj.clean("\n".join(lines) + "\n")
    assert list(result.removals) == []
    assert result.text == "\n".join(lines) + "\n"


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_cleaning_an_attack_text_twice_changes_nothing_more(cleaner_obj, name):
    once = cleaner_obj.clean("\n".join(TEXTS[name]) + "\nShare this article\n").text
    assert "Share this article" not in once
    assert cleaner_obj.clean(once).text == once


def test_the_chrome_those_rules_were_written_for_still_goes(cleaner_obj):
    reviews = [
        "Slow-roasted lamb shoulder with rosemary",
        "Roast the shoulder at a low heat for five hours, basting every hour, until it falls from the bone.",
        "Perfect for a Sunday lunch",
        "3/14/2006 at 08:41pm",
        "User: Marta from Leeds User Rating:",
        "I left it in for five and a half hours and the crackling was the best we have had in years.",
        "[ Go to Top ]",
        "[Site Map] [Contact Us] [Disclaimer] [Staff]",
    ]
    result = cleaner_obj.clean("\n".join(reviews))
    assert removed_by(result, "en-post-stamp-at") == ["3/14/2006 at 08:41pm"]
    assert removed_by(result, "en-back-to-link-enclosed") == ["[ Go to Top ]"]
    assert removed_by(result, "en-bracket-menu") == ["[Site Map] [Contact Us] [Disclaimer] [Staff]"]


PANEL = ('<div class="panel-grid"><div class="so-panel widget widget_sow-editor">'
         '<div class="siteorigin-widget-tinymce textwidget">{}</div></div></div>')

SECTIONS = [
    ["What we do now",
     "Last year our volunteers packed more than nine thousand parcels, each holding three days of food "
     "for one person, and delivered a third of them to people who cannot leave their homes.",
     "We also run a debt advice clinic every Wednesday.",
     "Our cookery class meets on Thursday evenings in the school kitchen."],
    ["Who we are",
     "We are a registered charity with two part-time staff and about sixty volunteers, run by a board "
     "of seven trustees elected each year by the members at the annual meeting.",
     "Our chair is Margaret Osei, a retired head teacher.",
     "Our treasurer is Tom Rudd, who runs the hardware shop."],
    ["Our partners",
     "We buy most of our rice, oil and tinned goods through a regional network of food banks, which "
     "lets us pay wholesale prices and share a lorry with three other towns.",
     "The bakery on Fen Street gives us its bread every evening.",
     "The allotment society brings vegetables from June to October."],
    ["Where to find us",
     "The food bank is in the church hall on the corner of Bridge Street and Mill Lane, with step-free "
     "access from the side door and parking on the street outside.",
     "We are open on Monday, Wednesday and Friday from ten until two.",
     "Phone the hall on weekday mornings if you need a delivery."],
]


def widget_page() -> str:
    """A charity's page made with a page builder: each section in a text widget of its own."""
    panels = "\n".join(PANEL.format(f"<h2>{heading}</h2>" + "".join(f"<p>{p}</p>" for p in paragraphs))
                       for heading, *paragraphs in SECTIONS)
    return ('<!DOCTYPE html><html lang="en"><head><title>About the Riverside Food Bank</title></head><body>'
            '<main><article class="page"><h1>About the Riverside Food Bank</h1><div class="entry-content">'
            f'<div class="panel-layout">{panels}</div></div></article></main></body></html>')


def test_a_page_built_of_text_widgets_keeps_its_sections(cleaner_obj):
    result = cleaner_obj.clean_html(widget_page())
    assert removed_by(result, "page-tail-widget") == []
    assert all(line in result.text for section in SECTIONS for line in section)
    assert cleaner_obj.clean(result.text).text == result.text


def test_a_buying_guide_s_picks_in_editors_choice_boxes_stay(cleaner_obj):
    picks = "\n".join(f'<div class="editors-choice"><h2>Editor\'s choice: {name}</h2><ul><li>Weight: {weight}</li>'
                      f"<li>Best for: {use}</li></ul></div>"
                      for name, weight, use in [("Fellrunner GTX", "1.1 kg a pair", "long days on rough ground"),
                                                ("Moorland Classic", "1.4 kg a pair", "wet winters and heavy packs"),
                                                ("Towpath Lite", "0.8 kg a pair", "canal paths and summer evenings")])
    html = ('<!DOCTYPE html><html lang="en"><head><title>The best walking boots of 2026</title></head><body>'
            '<main><article class="post"><h1>The best walking boots of 2026</h1><div class="post-content">'
            "<p>We walked more than four hundred miles this year in twenty pairs of boots, across bog, scree "
            "and city pavement, to find the pairs worth your money.</p>"
            "<p>Every pair was worn by three testers with different feet, and soaked in the river at the end "
            "of each week to see what its membrane was worth.</p>"
            f"<p>Below are the three that won our award this year, with what each does best.</p>{picks}"
            "</div></article></main></body></html>")
    result = cleaner_obj.clean_html(html)
    assert removed_by(result, "page-tail-widget") == []
    assert "Editor's choice: Towpath Lite" in result.text
    assert "- Best for: canal paths and summer evenings" in result.text


FERRY_THREAD = [
    "Council approves the new ferry timetable",
    "The ferry will run every twenty minutes from May, the council says, after a long debate on Tuesday evening.",
    "Councillors said the change would cost the town about forty thousand pounds a year, paid from parking fees.",
    "The harbour master says the first boats on the new timetable will sail from the north pier.",
    "Comments are closed.",
    "Marta from Leeds",
    "Finally some good news for those of us who work the late shift in town.",
    "Dev from Whitby",
    "Three boats an hour is optimistic for a crew of two in the winter gales.",
    "Frank from Toronto",
    "Is the late boat running in winter too, or only from Easter onwards?",
    "Ruth from Nepean",
    "We took the ferry in May and saw seals on the rocks below the lighthouse.",
]


def test_readers_named_with_their_town_under_a_closed_notice_still_go(cleaner_obj):
    # "from" is the story's word too ("paid from parking fees"), but no heading's noun: the readers'
    # lines are names, and the thread goes as it did before the guide's sections were kept.
    result = cleaner_obj.clean("\n".join(FERRY_THREAD) + "\nShare this\n")
    assert removed_by(result, "comment-thread") == FERRY_THREAD[5:]
    assert all(line in result.text for line in FERRY_THREAD[:4])
