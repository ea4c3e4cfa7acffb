"""The fourteenth round's families above the story: a send-to-a-friend tool, the heading of a box
of other editions, a search box's scope labels, a notice of a newer version, a site's network, a
row of sharing services, a stamp row of tools; in Greek a video's source address, in Russian an
archive's day label and a header's update time. Each goes above the story; the same words in the
story's own lines stay. Every page here is written for the test."""

from conftest import STORM_FERRY_STORY, kept_and_rules

STORY = STORM_FERRY_STORY


_clean = kept_and_rules


def test_head_widgets_above_the_story_go():
    cases = {
        # en-tool-row-more reads "Send this story to your friend" too, and
        # comes first in en.yaml: the bar and a box's name are this rule's alone.
        "E-mail to a friend | Most popular": "en-send-to-friend",
        "Email this Print Share: Reddit Furl": "en-share-service-row",
        "There is an updated story version.": "en-newer-version-notice",
        "| 2 March 2014 - 8:12AM | View all stories \\| Send to friend \\| Print |": "en-stamp-tool-row",
    }
    for widget, rule in cases.items():
        kept, rules = _clean([STORY[0], widget, *STORY[1:]])
        assert kept == STORY, widget
        assert rule in rules


def test_a_network_line_and_search_labels_go_from_the_top():
    kept, rules = _clean(["Part of the Example Valley Network", "Web:", "Site:", *STORY])
    assert kept == STORY
    assert {"en-network-membership", "en-search-scope-label"} <= rules


def test_a_languages_heading_over_nothing_goes_over_a_paragraph_stays():
    # Over a line the rules take (the page's stamp), the box's heading stands over nothing.
    kept, rules = _clean(["LANGUAGES", "Last Updated: Tuesday, 4 March 2014, 17:04 GMT", *STORY])
    assert kept == STORY and "en-languages-box-heading" in rules
    profile = [
        "Anna Keller, translator",
        "Languages",
        "She translates from German and French into English, and has worked for the courts since 2009.",
    ]
    assert _clean(profile)[0] == profile


def test_the_same_words_in_the_story_stay():
    lines = [
        STORY[0],
        "Tell a friend",
        "Saying out loud how you feel to someone you trust is the first step most counsellors suggest.",
        "Contact the club",
        "Web:",
        "www.example.org",
        "Meetings are held on the first Tuesday of every month in the church hall on Mill Lane.",
        "Part of the network closed in 1998, when the line to the coast was cut back to the junction.",
    ]
    assert _clean(lines)[0] == lines


def test_a_greek_video_source_address_goes_an_event_stays():
    story = [
        "Νέο πάρκο στην πόλη",
        "Ο δήμος άνοιξε χθες το νέο πάρκο δίπλα στο ποτάμι, με παιδική χαρά και ποδηλατόδρομο.",
        "Οι κάτοικοι ζητούσαν το έργο εδώ και δέκα χρόνια, είπε ο δήμαρχος στην τελετή.",
    ]
    kept, rules = _clean([story[0], "Video από το example.gr", *story[1:]], lang="el")
    assert kept == story and "el-video-source" in rules
    lines = [story[0], "Βίντεο από το γλέντι του χωριού", *story[1:]]
    assert _clean(lines, lang="el")[0] == lines


def test_russian_archive_label_and_update_row_go():
    story = [
        "В городе открылась новая библиотека",
        "Библиотека на центральной площади открылась в понедельник, в ней сорок тысяч книг.",
        "Строительство обошлось в двенадцать миллионов рублей, сообщили в мэрии города.",
    ]
    head = ["3 марта, вторник | Последнее обновление — 08:15 | example.ru", "| Публикации за 12.03.14 | Пример – Омск |"]
    kept, rules = _clean([*head, *story], lang="ru")
    assert kept == story
    assert {"ru-archive-day-row", "ru-last-updated-row"} <= rules
    lines = [story[0], "Публикации за 2011 год показали рост интереса к теме.", *story[1:]]
    assert _clean(lines, lang="ru")[0] == lines


def test_a_teaser_s_comment_count_goes():
    lines = [*STORY, "Comments: 12"]
    kept, rules = _clean(lines)
    assert kept == STORY and "en-comment-counter-line" in rules
    lines = [*STORY, "Comments: none so far, the moderator said."]
    assert _clean(lines)[0] == lines
