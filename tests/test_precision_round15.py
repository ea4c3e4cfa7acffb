"""Known false removals of the English families (issue #19, precision first), each written anew
as a text or a page of invented places, names and sentences: a FAQ quoting a forum's permission
lines, a to-do list's "Contact the webmaster", a how-to on a webmail's buttons, headings of a
group's notebook and of an e-mail lesson, a menu path ending on "Home", a copyright sentence said
by someone, a filmography linked to its films' pages, "Get the App" in a text about the app, and a
French release's pointer to its web page. Beside each, the chrome the rule exists for still goes."""

import pytest

from cleaner import Cleaner
from conftest import removed_by
from test_matching_page_rules import STORY, link_table


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


def clean(cleaner, lines: list[str]):
    return cleaner.clean("\n".join(lines) + "\n", lang="en")


FAQ = ["Questions new members ask about the Larkmoor allotment forum",
       "Why can I not start a thread of my own?",
       "New accounts are held back for their first week, and the foot of each board tells you so. "
       "For a new member it reads as follows:",
       "You may not post attachments in this section", "You may not post events in this board",
       "You can post replies in this section",
       "After seven days and five replies the lines change and every tool of the board opens to you.",
       "How do I change my signature?",
       "Open your profile page, edit the signature box and save it at the bottom of the page."]


def test_a_faq_quoting_a_forum_s_permissions_keeps_them(cleaner):
    assert removed_by(clean(cleaner, FAQ), "en-forum-permissions") == []


def test_a_forum_s_own_permissions_under_its_thread_still_go(cleaner):
    thread = ["Re: Blight on the early potatoes",
              "Cut the haulms down now and burn them, then leave the tubers in the ground for two weeks before lifting.",
              "Jump to:", "You may not download files in this board", "You can post events in this section"]
    assert removed_by(clean(cleaner, thread), "en-forum-permissions") == thread[3:]


MOVE = ["Moving the club's web site to a new host",
        "The old host closes its shared servers in March, so the committee agreed last week to move "
        "everything before the spring fixtures are posted.",
        "Ellen will check the new pages on her phone before the old site is switched off, and the "
        "treasurer will pay the first year in advance."]


@pytest.mark.parametrize("marker", ["- ", ""])
def test_a_to_do_list_s_contact_the_webmaster_stays(cleaner, marker):
    jobs = ["Export the fixture lists", "Copy the photo gallery", "Contact the webmaster", "Renew the domain name"]
    text = MOVE + ["Jobs left for the secretary"] + [marker + job for job in jobs]
    assert removed_by(clean(cleaner, text), "en-foot-widget-labels") == []


def test_a_foot_s_contact_the_webmaster_beside_its_links_still_goes(cleaner):
    text = MOVE + ["Privacy Policy", "Contact the webmaster", "Site Map"]
    assert removed_by(clean(cleaner, text), "en-foot-widget-labels") == ["Contact the webmaster"]


WEBMAIL = ["Getting started with the library's webmail",
           "Once you have signed in, open any message from the list on the left. Above the message you "
           "will see a row of buttons that reads:",
           "Reply | Forward | Print",
           "Use Reply to answer the sender only, Forward to send the message on to someone else, and Print "
           "to get a paper copy at the front desk printer.",
           "If the buttons do not appear, your browser window may be too narrow; widen it or scroll to the right."]


def test_a_how_to_s_row_of_mail_buttons_stays(cleaner):
    assert removed_by(clean(cleaner, WEBMAIL), "en-pipe-menu") == []


def test_a_site_s_pipe_menu_between_paragraphs_still_goes(cleaner):
    text = [MOVE[0], MOVE[1], "Home | Fixtures | Contact Us", MOVE[2]]
    assert removed_by(clean(cleaner, text), "en-pipe-menu") == ["Home | Fixtures | Contact Us"]


def test_share_comments_heading_a_notebook_s_section_stays(cleaner):
    text = ["How we run the reading group's shared notebook",
            "Every member can open the notebook from the group's page and add a page of their own after each meeting.",
            "Share comments",
            "Write your comments under the chapter you are discussing, and sign them with your first name.",
            "Keep it short",
            "A paragraph or two is plenty; longer thoughts can go on a page of their own with a link."]
    assert removed_by(clean(cleaner, text), "en-tool-row") == []


def test_a_toolbar_s_share_and_comments_still_go(cleaner):
    text = [MOVE[0], "Share | Comments", MOVE[1], MOVE[2]]
    assert removed_by(clean(cleaner, text), "en-tool-row") == ["Share | Comments"]


LESSON = ["Lesson 12: Writing short e-mails in English",
          "In this lesson you will practise three kinds of short message that you send every week at work or at home.",
          "Email to a friend",
          "Start with \"Hi\" and the name, say why you are writing in the first sentence, and finish with \"Take care\".",
          "Email to a teacher",
          "Start with \"Dear\" and the teacher's family name, explain your question politely, and finish with "
          "\"Kind regards\".",
          "Email to a company",
          "Use \"Dear Sir or Madam\" if you do not know the name, keep to one subject, and give your order number."]


def test_an_e_mail_lesson_s_headings_stay(cleaner):
    result = clean(cleaner, LESSON)
    assert [r.text for r in result.removals] == []


def test_a_story_s_email_to_a_friend_tool_still_goes(cleaner):
    result = clean(cleaner, MOVE + ["Email to a friend", "Print this article"])
    assert "Email to a friend" not in result.text


MENU_PATH = ["How to turn on the night mode of the Fernway reader",
             "Night mode makes the screen easier on your eyes after dark, and it saves battery on most phones.",
             "Open the app and go to:", "Settings", "Advanced", "Home",
             "Then switch on \"Night mode\" at the top of the page. The screen turns dark at once.",
             "If you do not see the switch, update the app from your phone's store and try again."]


def test_a_menu_path_s_home_over_the_next_step_stays(cleaner):
    assert removed_by(clean(cleaner, MENU_PATH), "en-site-links") == []


def test_a_site_s_home_link_still_goes(cleaner):
    assert removed_by(clean(cleaner, ["Home"] + MOVE), "en-site-links") == ["Home"]


def test_a_copyright_sentence_ending_on_its_speaker_stays(cleaner):
    text = ["Who owns the photographs in the parish archive",
            "The parish council asked a solicitor who owns the old photographs that families lent to the archive.",
            "Copyright lasts for seventy years after the death of the photographer, she wrote in her answer.",
            "© 1988 rules still apply to the later pictures, she added."]
    result = clean(cleaner, text)
    assert text[-1] in result.text.splitlines()
    assert removed_by(clean(cleaner, MOVE + ["© 1988 Larkmoor Hockey Club"]), "copyright-mark-line") \
        or "© 1988 Larkmoor Hockey Club" not in clean(cleaner, MOVE + ["© 1988 Larkmoor Hockey Club"]).text


FILMS = ["The Harbour Ghost (1968)", "Lanterns on the Quay (1971)", "The Puppet Orchestra (TV) (1975)",
         "Night Ferry to Elsewhere (1979)", "The Great Toy Caper (1983)"]
MENU = ["Harbour news", "Ferry timetables", "Town events", "Photo archive", "Contact the office"]


def _page(items: list[str]) -> str:
    """A page whose ``<article>`` holds the story's column and, beside it, a table of ``items``
    linked to pages of the site (test_matching_page_rules' table of links)."""
    paragraphs = "\n".join(f"<p>{p}</p>" for p in STORY)
    table = link_table([f"/topic/{n}" for n in range(len(items))], items)
    return ('<!DOCTYPE html><html lang="en"><head><title>Night trams return to Basel</title></head><body>'
            f'<article class="post"><div class="col-main"><h1>Night trams return to Basel</h1>\n{paragraphs}\n'
            f'</div>{table}</article></body></html>')


def test_a_filmography_linked_to_its_films_stays(cleaner):
    result = cleaner.clean_html(_page(FILMS))
    assert removed_by(result, "page-link-run") == []
    assert all(film in result.text for film in FILMS)


def test_the_same_list_of_section_links_still_goes(cleaner):
    result = cleaner.clean_html(_page(MENU))
    assert [" ".join(t.strip("| ").split()) for t in removed_by(result, "page-link-run")] == MENU


APP = ["A faster ferry timetable on your phone",
       "Today we are releasing a new version of the Harbour Lines app for phones, rebuilt from scratch.",
       "The new app opens in under a second and shows the next three sailings from the nearest pier.",
       "Get the App",
       "The app is free in both phone stores, and the old version will keep working until the summer."]


def test_get_the_app_in_a_text_about_the_app_stays(cleaner):
    assert removed_by(clean(cleaner, APP), "en-app-prompt") == []


def test_a_site_s_app_prompt_under_a_story_still_goes(cleaner):
    assert removed_by(clean(cleaner, MOVE + ["Get the App"]), "en-app-prompt") == ["Get the App"]


def test_a_release_s_pointer_to_its_page_stays_and_a_link_line_goes(cleaner):
    release = ["La Commission signe trois projets de ponts dans la région",
               "Les trois projets portent sur des ponts routiers et une passerelle pour les piétons au-dessus du fleuve.",
               "Pour plus d'informations : http://www.example.eu/regions/ponts.htm",
               "Lire aussi : Le chantier du port reprend en mars"]
    result = cleaner.clean("\n".join(release) + "\n", lang="fr")
    assert removed_by(result, "fr-link-line") == [release[3]]
