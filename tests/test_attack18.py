"""The eighteenth round's rules attacked with texts whose own words or shapes are the rules': a
policeman's words and a charity's poster in Polish in the shape of a newsroom's call for tips,
talks and concerts dated in words in no order, a columnist's sign-off and a correction under the
request for readers' mail, a lesson's and a park guide's word tables and a team sheet at the top
of the text, a yoga sequence's "Back to all fours", and a guide's closing "Search Tips" and a
how-to's "Share" over their own lists.
Each stays, and cleaning it twice gives what cleaning once gave; the chrome the rules were written
for still goes. Every text is written for the test."""

import pytest

from conftest import HARBOUR_STORY, assert_goes_under_story, assert_kept_whole, removed_by

PL_STORY = ["Do wypadku doszło w piątek wieczorem na skrzyżowaniu, gdy samochód wjechał na czerwonym świetle.",
            "Policja szuka kierowcy, który uciekł z miejsca zdarzenia, i prosi o kontakt wszystkich świadków."]


@pytest.mark.parametrize("line", [
    "Jesteś świadkiem? Napisz nam, co widziałeś – poprosił policjant jednego z przechodniów.",
    "Jesteś świadkiem przemocy w domu? Napisz do nas, pomożemy – apeluje fundacja na plakatach.",
])
def test_a_polish_call_set_off_by_a_dash_is_someones_words(cleaner_obj, line):
    assert_kept_whole(cleaner_obj, "pl", [PL_STORY[0], line, PL_STORY[1]])


def test_the_newsrooms_call_with_its_address_still_goes(cleaner_obj):
    call = "Jesteś świadkiem ważnych wydarzeń w okolicy? Napisz do nas: listy@gazeta-przyklad.pl"
    result = cleaner_obj.clean("\n".join([*PL_STORY, call]) + "\n", lang="pl")
    assert removed_by(result, "pl-reader-submission") == [call]


# Talks and concerts listed by room or by theme, their dates written in words, in no order.
LISTED_EVENTS = {
    "en": ["Winter talks at the library",
           "March 3, 7:00 PM The history of the harbour", "Feb. 10, 7:00 PM Birds of the estuary",
           "March 10, 6:30 PM Writing your family's story", "Feb. 24, 6:30 PM Old maps of the county",
           "The talks are free, and the doors open half an hour before each one starts, so come early for a seat."],
    "de": ["Konzerte im Winter",
           "3. März, 19:00 Chor der Stadtkirche", "10. Februar, 19:00 Kammermusik im Rathaus",
           "10. März, 18:30 Orgelabend im Dom", "24. Februar, 18:30 Jazz im Hafen",
           "Der Eintritt ist frei, und die Türen öffnen eine halbe Stunde vor Beginn, also kommen Sie früh."],
}


@pytest.mark.parametrize("lang", sorted(LISTED_EVENTS))
def test_events_dated_in_words_in_no_order_stay(cleaner_obj, lang):
    assert_kept_whole(cleaner_obj, lang, LISTED_EVENTS[lang])


def test_a_ticker_dated_in_words_newest_first_still_goes(cleaner_obj):
    ticker = ["28 ноября в 16:39 Паром на остров отменён", "28 ноября в 15:10 Закрыта дорога вдоль обрыва",
              "27 ноября в 13:45 Школы в долине закрыты"]
    story = ["Метеорологи говорят, что шторм продлится до вечера, и просят жителей не выходить к морю.",
             "Паромы не ходят с утра, а дорогу вдоль обрыва закрыли после обеда из-за камнепада."]
    result = cleaner_obj.clean("\n".join([*story, *ticker]) + "\n", lang="ru")
    assert removed_by(result, "headline-ticker") == ticker


REQUEST = "Email your views to letters@harbour.example"


@pytest.mark.parametrize("foot", [
    ["Thanks for reading.", "See you next week.", "Jane"],
    ["Correction: the terminal opened on Monday.", "Updated at 5pm."],
])
def test_the_writers_foot_under_a_request_for_mail_stays(cleaner_obj, foot):
    result = cleaner_obj.clean("\n".join([*HARBOUR_STORY, REQUEST, *foot]) + "\n", lang="en")
    assert [r.text for r in result.removals] == [REQUEST]
    assert cleaner_obj.clean(result.text, lang="en").text == result.text


def test_a_box_of_headlines_under_a_tail_marker_still_goes(cleaner_obj):
    box = ["Night buses return to the suburbs", "Storm closes the coast road", "Visit our other papers and sites."]
    result = cleaner_obj.clean("\n".join([*HARBOUR_STORY, REQUEST, *box]) + "\n", lang="en")
    assert removed_by(result, "tail-box-lines") == box


LESSON = ["The words for the animals of the farm are the first a pupil learns, and the table gives three "
          "languages side by side.",
          "Say each word aloud twice, then cover the table and try to remember them in the order the teacher reads them."]


@pytest.mark.parametrize("table", [
    ["| English | French | German |", "| dog | chien | Hund |", "| cat | chat | Katze |", "| horse | cheval | Pferd |"],
    ["| Tree | Leaf | Bark |", "| Oak | lobed | rough |", "| Beech | oval | smooth |"],
    ["| Goalkeeper | Defenders | Midfield | Forwards |", "| Okafor | Lind, Brandt | Moss, Adeyemi | Ruiz |"],
])
def test_a_table_of_words_at_the_top_is_the_texts_own(cleaner_obj, table):
    assert_kept_whole(cleaner_obj, "en", [*table, *LESSON])


def test_a_menu_row_above_the_story_still_goes(cleaner_obj):
    row = "| Sailing | Rowing | Angling | Diving |"
    result = cleaner_obj.clean("\n".join([row, *LESSON]) + "\n", lang="en")
    assert removed_by(result, "en-head-menu-table-row") == [row]


def test_a_yoga_steps_back_to_all_fours_stays(cleaner_obj):
    assert_kept_whole(cleaner_obj, "en", [
        "Ten minutes of yoga for stiff backs",
        "Start on your hands and knees, with your wrists under your shoulders and your knees under your hips.",
        "- Cat stretch", "- Downward dog", "- Back to all fours", "- Child's pose",
        "Hold each pose for five slow breaths, and stop if anything hurts."])


@pytest.mark.parametrize("heading, items", [
    ("Search Tips", ["- Use the owner's maiden name", "- Try the parish first"]),
    ("Share", ["- Open the list", "- Tap the arrow at the top", "- Pick a friend from your contacts"]),
])
def test_a_closing_heading_over_the_texts_own_list_stays(cleaner_obj, heading, items):
    assert_kept_whole(cleaner_obj, "en", [*HARBOUR_STORY, heading, *items])


@pytest.mark.parametrize("line, rule_id", [
    ("Back to all reviews", "en-back-to-link"),
    ("Search Travel", "en-search-box-label"),
    ("SHARE:", "en-share-label"),
])
def test_the_labels_still_go_at_the_foot(line, rule_id):
    assert_goes_under_story(HARBOUR_STORY, line, rule_id, "en")
