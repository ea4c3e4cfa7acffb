"""The fourteenth round's new rules attacked with texts whose own words or shapes are the
rules': a how-to's button headings, a story about an SMS alert service, a story asking for
views by post, a record's "Site:" field, a petition's steps and a song's refrain, a headline
quoting a video player, a club's welcome, an app's update notice, a network's own title, a
sign-in page's buttons, a consultation's figures, a lecture page's
download row, a forum's comment rules, a manual's menu, a quoted theme label, a
report's day heading in Russian and a poem's author in Polish. Each stays whole, and cleaning
it twice gives what cleaning once gave; the chrome the rules were written for, in the same
shapes (and a copyright notice in its lettered form), still goes. Every text is written for
the test."""

import pytest

from conftest import FERRY_STORY, assert_kept_whole, removed_by

KEPT = {
    "tool-row-more: a how-to's button headings between its paragraphs": ("en", [
        "Sharing a report from the Tidewater app",
        "Reports can be kept on your computer, printed or sent to a colleague straight from the report's page.",
        "Open the report from the Reports tab, then choose one of the three buttons at the top of the page.",
        "Save PDF",
        "The report is saved as a file in your Downloads folder, with the date of the report in its name.",
        "Print PDF",
        "The report goes to your default printer, one chart to a page, in colour if the printer has it.",
        "Email PDF",
        "A new message opens with the report attached; type the address of the person you want to send it to.",
    ]),
    "sms-news-alert: a story about the alert service ends on its own number": ("en", [
        "Flood warnings by text message",
        "The river agency has opened a free service that sends a warning to your phone when the water rises.",
        "The messages go out up to twelve hours before a flood, and they say which streets are at risk.",
        "More than four thousand people in the valley signed up in the first week, the agency said on Monday.",
        "There are two ways to join the service.",
        "SMS FLOOD to 8811 for latest river levels",
        "Call 0800 555 0199 and give your postcode",
    ]),
    "comments-by-email: a story asking for views by post": ("en", [
        "Should the pier be rebuilt?",
        "The old pier burned down in March, and the council has until the summer to decide whether to rebuild it.",
        "We asked readers what they thought, and more than two hundred of you wrote in within a week.",
        "Most of you want it rebuilt as it was, with the tea room and the little theatre at the end.",
        "The council will hold a public meeting on 4 May at the town hall, and it wants to hear from as many "
        "people as possible.",
        "Send your views to",
        "The Clerk, Town Hall, Harbour Street, Porthwen",
    ]),
    "comment-counter-line: a report's figures": ("en", [
        "Consultation on the new car park",
        "The council asked residents what they thought of the plan to build a car park on the old bus depot.",
        "The consultation closed on 30 June, and the planning officer's report gives the numbers below.",
        "Objections: 14",
        "Comments: 6",
        "Letters of support: 3",
        "Most objections were about traffic on Mill Lane, and most letters of support came from shops on the quay.",
    ]),
    "media-download-row: a row of links the text shows": ("en", [
        "How to keep a copy of the lecture",
        "Every lecture in the series is filmed, and the recording is on the society's page the day after.",
        "Under each recording there is a row of links like this one:",
        "Transcript | Download mp3 | Download mp4",
        "Choose the mp3 if you only want the sound, which is much smaller and plays on any phone.",
    ]),
    "search-scope-label: a record's field over its value": ("en", [
        "Excavation record 14",
        "Site:",
        "Greyfriars Abbey, north cloister",
        "Period:",
        "Late medieval",
        "The trench was opened on the line of the cloister walk, where the survey of 1998 had found a buried wall.",
        "Two floors of tiles were found, one laid over the other, and a drain that ran under both towards the river.",
    ]),
    "tell-a-friend: a petition's steps": ("en", [
        "Save the village library",
        "The county wants to close the library on Church Street in the autumn, and the parish council says it can be saved.",
        "Here is what you can do this week:",
        "Sign the petition",
        "Tell a friend",
        "Write to your councillor",
        "Come to the meeting on Thursday",
    ]),
    "tell-a-friend: a song's refrain": ("en", [
        "The Lantern Song",
        "Light the lantern on the hill",
        "Tell your friends",
        "Tell your friends",
        "The boats come home at half past nine",
        "And the harbour wall is singing",
    ]),
    "video-player-notice: a headline quoting the player": ("en", [
        "This video is not available in your country",
        "Anyone who has followed a link to a clip from abroad knows the grey box and the sentence above it.",
        "The rules behind it are older than the internet: a film's rights are sold one country at a time.",
        "Streaming services pay for each market separately, and they block the rest to keep their contracts.",
    ]),
    "new-visitor-welcome: a club's welcome is its page": ("en", [
        "Welcome to the Porthwen Chess Club!",
        "If you're new here, the club meets every Tuesday at seven in the upstairs room of the Anchor, and this "
        "site has the fixtures, the results and the archives of our newsletter since 1987.",
        "Beginners are always welcome, and there is a free lesson before the games on the first Tuesday of each month.",
    ]),
    "newer-version-notice: an app's update message as a help page's heading": ("en", [
        "Why the app keeps asking me to update",
        "There is a newer version.",
        "When you open the app and see this message, tap Update and the app store will open on the app's page.",
        "The update is free and keeps your notes, your photos and your settings as they were.",
    ]),
    "network-membership: the title of a text about the network": ("en", [
        "Part of the Hedgerow Network",
        "The Hedgerow Network links forty farms across the county that plant and care for hedges between their fields.",
        "Each farm keeps a record of the birds and insects it finds, and the records are added up every autumn.",
    ]),
    "share-service-row: a sign-in page's buttons under the sentence showing them": ("en", [
        "Signing in to the library's website",
        "The website lets you sign in with an account of your own or with one you already have elsewhere.",
        "On the sign-in page you will see these buttons:",
        "Email Google Facebook",
        "Choose Email to make an account with your own address and a password, or one of the others to use that account.",
    ]),
    "comment-section-labels: a forum's own rules": ("en", [
        "How we run the village forum",
        "The forum is open to anyone who lives in the parish, and it is looked after by three volunteers.",
        "We want it to stay friendly and useful, so we ask everyone to keep to a few simple rules.",
        "Anyone who breaks them twice is asked to leave, but in five years that has happened only once.",
        "Comment rules",
        "Be kind to each other",
        "No selling or advertising",
        "Keep to the subject of the thread",
        "Use your real first name",
    ]),
    "comment-section-labels: a manual's menu": ("en", [
        "What is new in version 4 of the planner",
        "The planner now opens twice as fast, and the calendar can show a whole year on one screen.",
        "The menus have been tidied: everything that changes your own account has moved into one menu.",
        "The new menu is called:",
        "User tools",
        "Password and sign-in",
        "Notifications",
        "Language",
    ]),
    "foot-widget-labels: a theme's label the text quotes": ("en", [
        "Making a theme for the parish blog",
        "The parish blog uses a plain theme that one of the choir wrote over a wet weekend in 2019.",
        "Every post ends with two links, to the post before it and the post after it, under a small heading.",
        "The heading's words can be changed in the theme's settings, and ours reads as the default does:",
        "Post navigation",
    ]),
    "ru-archive-day-row: a report's heading of its day": ("ru", [
        "Отчёт библиотеки за март",
        "Публикации за 12.03.14",
        "В этот день библиотека получила двенадцать новых книг о истории города и три подшивки старых газет.",
        "Все книги уже внесены в каталог, а газеты можно читать в зале периодики по вторникам и четвергам.",
    ]),
    "pl-byline-initials: a poem's author named in brackets": ("pl", [
        "Wiersze z szuflady",
        "Autorka (Ewa)",
        "Te wiersze znaleziono w starej komodzie na strychu domu przy ulicy Lipowej, zapisane ołówkiem w zeszycie.",
        "Nikt nie wie, kto je napisał, ale sąsiedzi pamiętają, że w domu mieszkała kiedyś nauczycielka muzyki.",
    ]),
}


@pytest.mark.parametrize("name", sorted(KEPT))
def test_a_text_using_a_new_rule_s_shape_is_kept_whole_and_cleaned_twice_the_same(cleaner_obj, name):
    assert_kept_whole(cleaner_obj, *KEPT[name])


STORY = FERRY_STORY


def _clean(cleaner_obj, head, foot):
    return cleaner_obj.clean("\n".join([STORY[0], *head, *STORY[1:], *foot]) + "\n", lang="en")


def test_a_search_box_s_two_labels_over_the_header_s_date_still_go(cleaner_obj):
    result = cleaner_obj.clean("\n".join(["Your harbour news", "Web:", "Site:", "Monday, 14 March 2011 10:04",
                                          *STORY]) + "\n", lang="en")
    assert removed_by(result, "en-search-scope-label") == ["Web:", "Site:"]


def test_the_foot_s_tools_offers_labels_and_notice_still_go(cleaner_obj):
    foot = ["PDF · Send this page · Print", "For the latest harbour news on mobile sms HARB to 5566",
            "Comments are limited to 300 characters.", "COMMENT RULES", "Tell a Friend",
            "(c) Copyright is held by the Porthwen Ferry Company."]
    result = _clean(cleaner_obj, [], foot)
    assert result.text == "\n".join(STORY) + "\n"
    assert removed_by(result, "en-tool-row-more") == foot[:1]
    assert removed_by(result, "en-sms-news-alert") == foot[1:2]
    assert removed_by(result, "en-comment-section-labels") == foot[2:4]
    assert removed_by(result, "copyright-notice") == foot[5:]


def test_a_teaser_s_comment_count_between_headlines_still_goes(cleaner_obj):
    lines = [*STORY, "Ferry fares to rise in May", "Comments: 41", "New lifeboat named after a fisherman"]
    result = cleaner_obj.clean("\n".join(lines) + "\n", lang="en")
    assert removed_by(result, "en-comment-counter-line") == ["Comments: 41"]


def test_a_network_s_line_a_player_s_notice_and_a_share_row_above_the_story_still_go(cleaner_obj):
    head = ["Unfortunately, this video is not available in your area.", "Email this Print Share: Reddit Furl"]
    result = cleaner_obj.clean("\n".join(["Part of the Example Valley Network", STORY[0], *head, *STORY[1:]]) + "\n",
                               lang="en")
    assert removed_by(result, "en-network-membership") == ["Part of the Example Valley Network"]
    assert removed_by(result, "en-video-player-notice") == head[:1]
    assert removed_by(result, "en-share-service-row") == head[1:]


def _page(title, body):
    return ('<!DOCTYPE html><html lang="en"><head><title>' + title + '</title></head><body><nav><a href="/">Home'
            '</a> | <a href="/news">News</a></nav><main><article><h1>' + title + "</h1>" + body
            + "</article></main></body></html>")


def test_a_petition_page_keeps_its_steps_and_a_forum_page_its_rules(cleaner_obj):
    petition = KEPT["tell-a-friend: a petition's steps"][1]
    html = _page(petition[0], "".join(f"<p>{line}</p>" for line in petition[1:3])
                 + "<ul>" + "".join(f"<li>{line}</li>" for line in petition[3:]) + "</ul>")
    result = cleaner_obj.clean_html(html)
    assert "Tell a friend" in result.text and removed_by(result, "en-tell-a-friend") == []
    assert cleaner_obj.clean(result.text).text == result.text
    forum = KEPT["comment-section-labels: a forum's own rules"][1]
    html = _page(forum[0], "".join(f"<p>{line}</p>" for line in forum[1:4]) + f"<h2>{forum[4]}</h2><ul>"
                 + "".join(f"<li>{line}</li>" for line in forum[5:]) + "</ul>")
    result = cleaner_obj.clean_html(html)
    assert "Comment rules" in result.text and removed_by(result, "en-comment-section-labels") == []
    assert cleaner_obj.clean(result.text).text == result.text
