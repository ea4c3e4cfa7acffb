"""Known false removals left by earlier rounds (issue #19, precision first), each written anew as a
text or a page of invented places, names and sentences: a regatta's results table and a year's
baby names under "Most popular", a post's standfirst in a theme's masthead, a menu's "News (1523)"
read as a dated work, a foot's "Report a problem" read as a to-do list's errand, and a German
article's own "Zum Weiterlesen" section. Beside each, the chrome the rule exists for still goes."""

import pytest

from cleaner import Cleaner
from cleaner.text.works import lists_data, lists_works
from conftest import removed_by
from test_page_site_branding import TITLE, page


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


def clean(cleaner, lines: list[str], lang: str = "en"):
    return cleaner.clean("\n".join(lines) + "\n", lang=lang)


REGATTA = ["Autumn regatta on Lake Arden",
           "The autumn regatta on Lake Arden drew forty boats this year, and the wind held steady all afternoon.",
           "The junior fleet sailed first, and the club's new committee boat kept the start line clear.",
           "Most popular",
           "| Place | Boat | Skipper | Time |", "| --- | --- | --- | --- |",
           "| 1 | Swift Heron | Ana Lopez | 1:02:11 |", "| 2 | Blue Lantern | Tom Reyes | 1:03:40 |",
           "| 3 | Morning Gull | Kate Vance | 1:05:02 |"]

NAMES = ["The registry office published the names most often given to babies born in the county last year.",
         "Girls' names held steady, while three boys' names entered the list for the first time.",
         "Most popular", "- Olivia", "- Amelia", "- Isla", "- Ava", "- Freya"]

HEADLINES = ["Harbour town opens its new ferry terminal",
             "The new terminal on the east quay opened on Monday, two years after the old shed burned down.",
             "Ferries leave every forty minutes in summer and every hour in winter, the council said.",
             "Most popular", "- Storm closes the coast road for a second night", "- Council votes to keep the night buses",
             "- Lifeboat crew rescue two walkers from the cliffs"]


def test_a_results_table_under_most_popular_stays(cleaner):
    assert removed_by(clean(cleaner, REGATTA), "related-link-list") == []


def test_a_list_of_names_under_most_popular_stays(cleaner):
    assert removed_by(clean(cleaner, NAMES), "related-link-list") == []


def test_other_stories_headlines_under_most_popular_still_go(cleaner):
    assert removed_by(clean(cleaner, HEADLINES), "related-link-list") == HEADLINES[4:]


def test_a_table_of_other_stories_with_no_figures_is_no_data():
    rows = ["| Title | Forum | Date |", "|---|---|---|", "| Ferry fares rise | Town news | 3 May |",
            "| New bus shelter | Town news | 4 May |"]
    assert not lists_data(rows)
    assert lists_data(REGATTA[4:])


def test_site_names_and_one_word_lines_are_no_list_of_names():
    assert not lists_data(["- Example.org", "- Radio-Nord", "- Harbour-News", "- Weather"])
    assert not lists_data(["Canberra"])


def test_a_menu_s_count_of_posts_is_no_dated_work():
    assert not lists_works(["News (1523)"])
    assert not lists_works(["News (1523)", "Sport (1644)", "Weather (87)"])
    # Films and records by their year alone, old books by their place and year.
    assert lists_works(["The Harbour Ghost (1972)", "Night Ferry (1968)"])
    assert lists_works(["Anna Berger: Der Hafen (Basel 1523)"])


def test_a_post_s_standfirst_in_a_theme_s_masthead_stays(cleaner):
    # A theme's post page: the post's heading block ("post-heading": title, then its standfirst in
    # a p) inside a header classed masthead.
    standfirst = "A winter of broken engines and one very stubborn gull on the slipway"
    head = (f'<header class="masthead"><div class="post-heading"><h1>{TITLE}</h1>'
            f'<p class="subheading">{standfirst}</p></div></header>')
    result = cleaner.clean_html(page(head).replace(f"<h1>{TITLE}</h1>\n<p>", "<p>", 1))
    assert standfirst in result.text
    assert removed_by(result, "page-site-branding") == []


def test_a_site_s_description_in_the_same_theme_s_masthead_still_goes(cleaner):
    # The theme's front page: the site's own heading block ("site-heading") in the masthead.
    head = ('<header class="masthead"><div class="site-heading"><p class="name">The Tram Notebook</p>'
            '<p class="subheading">Notes from the last stop</p></div></header>')
    result = cleaner.clean_html(page(head))
    assert removed_by(result, "page-site-branding") == ["The Tram Notebook", "Notes from the last stop"]


FOOT = ["Harbour town opens its new ferry terminal",
        "The new terminal on the east quay opened on Monday, two years after the old shed burned down.",
        "Ferries leave every forty minutes in summer and every hour in winter, the council said.",
        "Privacy Policy", "Contact the webmaster", "Report a problem", "Site Map"]


def test_a_foot_s_contact_the_webmaster_beside_report_a_problem_goes(cleaner):
    # A foot's link in sentence case, a verb and one noun, is no to-do list's errand.
    assert removed_by(clean(cleaner, FOOT), "en-foot-widget-labels") == ["Contact the webmaster"]


def test_a_to_do_list_beside_contact_the_webmaster_still_keeps_it(cleaner):
    jobs = FOOT[:3] + ["Jobs left for the secretary", "- Export the fixture lists", "- Contact the webmaster",
                       "- Renew the domain name"]
    assert removed_by(clean(cleaner, jobs), "en-foot-widget-labels") == []


CRANES = ["Die Geschichte der Hafenkräne",
          "Im alten Hafen standen einst zwölf Kräne aus Holz, die von Hand bedient wurden.",
          "Erst im neunzehnten Jahrhundert kamen die ersten Dampfkräne an die Kaimauer.",
          "Der letzte Holzkran wurde 1911 abgerissen, nur sein Fundament ist noch zu sehen.",
          "Heute erinnert eine Tafel am Ufer an die Arbeit der Kranführer und ihrer Gehilfen."]


@pytest.mark.parametrize("at", [2, 5])
def test_an_article_s_own_zum_weiterlesen_section_stays(cleaner, at):
    # The heading over the article's advice on what to read, in mid-text or near its end (where it
    # is also de-related-tail's marker, which cuts nothing over two paragraphs of prose).
    advice = ["Zum Weiterlesen",
              "Wer mehr über die Kräne wissen will, findet im Stadtarchiv die Baupläne von 1820 und die Lohnbücher.",
              "Das Hafenmuseum zeigt außerdem ein Modell des größten Krans im Maßstab eins zu zwanzig."]
    result = clean(cleaner, CRANES[:at] + advice + CRANES[at:], "de")
    assert result.removals == ()


def test_a_book_cited_after_zum_weiterlesen_stays(cleaner):
    result = clean(cleaner, CRANES + ["Zum Weiterlesen: Marta Holm, Kräne am Fluss, Lindenau Verlag"], "de")
    assert removed_by(result, "de-related") == []


def test_a_box_s_zum_weiterlesen_over_headlines_still_goes(cleaner):
    box = ["Zum Weiterlesen", "- Neue Fähre für die Insel", "- Hafenfest fällt dieses Jahr aus"]
    result = clean(cleaner, CRANES + box, "de")
    assert "Zum Weiterlesen" not in result.text and "Hafenfest" not in result.text
    result = clean(cleaner, CRANES + ["Zum Weiterlesen: Neue Fähre für die Insel"], "de")
    assert removed_by(result, "de-related") == ["Zum Weiterlesen: Neue Fähre für die Insel"]
