"""The fifteenth round's work attacked with texts whose own words or shapes are the rules':
a how-to headed by a feed offer's words, a FAQ answering with a plug-in's notice, an essay on
the end of Flash quoting its notice, a story on flyer miles ending on an offer's words, a
regatta's programme with its clock, a rescue log as a table under the sentence introducing it,
a museum's archive of photographs, a story's own masthead round its headline and standfirst,
and reading lists under a related box's heading (the over-cleaning guard no longer weighs a
short article's tail, so the list rule must know a list of works itself). Each stays, and
cleaning it twice gives what cleaning once gave; the chrome the rules were written for still
goes. Every text is written for the test."""

import pytest

from cleaner import Cleaner

from conftest import FERRY_PIER_STORY, FERRY_STORY, assert_kept_whole, removed_by

KEPT = {
    "headline-feed-offer: a how-to's heading over its first paragraph": ("en", [
        "Add Gazette headlines to your website",
        "Adding a feed of headlines to a small website takes ten minutes and no programming at all.",
        "First find the feed's address, which most news sites list on a page called Feeds.",
        "Paste it into a feed widget, choose how many headlines to show, and copy the code it gives you.",
    ]),
    "plugin-notice: a FAQ's answer under its question": ("en", [
        "Newsletter questions",
        "Why can't I open the newsletter?",
        "The newsletter is a PDF file. You will need Adobe Reader to open it.",
        "Can I get a paper copy?",
        "Yes, ask at the library desk and the librarian will print one for you.",
    ]),
    "plugin-notice: an essay on the end of Flash quoting its notice": ("en", [
        "The end of Flash",
        "When the last browsers stopped playing Flash this month, a whole age of the web went quiet.",
        "Games and cartoons made with Flash can no longer be opened without an emulator.",
        "Archivists saved what they could, but many sites were never copied before they went dark.",
        "For ten years, thousands of sites greeted visitors with the same line. This site requires the latest "
        "Flash Player.",
    ]),
    "card-offer-copy: a story on flyer miles ends on its own advice": ("en", [
        "Flying to the islands for less",
        "Frequent flyers on the island routes say the airline's loyalty scheme pays back faster than most.",
        "Loyalty scheme members collect points on every flight, however short, and the scheme is free.",
        "The trick, one regular passenger said, is to use the partner hotels and car hire as well.",
        "Earn 2 miles on every $1 you spend with the partners, and a return flight comes within reach in a year.",
    ]),
    "forum-timezone: a regatta programme's note under its times": ("en", [
        "Regatta week: the programme",
        "The harbour regatta returns next week with races every day, and the club has published its programme.",
        "Monday 10:00 - Junior dinghies",
        "Wednesday 14:00 - Rowing gigs",
        "Friday 18:00 - Prize giving",
        "All times are UTC.",
    ]),
    "reprint-offer: a museum's archive of photographs": ("en", [
        "The town's photographs go online",
        "The museum has put eight thousand photographs of the harbour online, from the first glass plates on.",
        "Volunteers spent three winters scanning them, and they are still naming the faces in the pictures.",
        "Order reprints of any photograph in the archive.",
    ]),
    "relative-stamp-teaser-row: a rescue log under the sentence introducing it": ("en", [
        "The longest night on the hill",
        "The family were found on the second morning, cold but unhurt, and walked down with the team.",
        "This is the log as the rescue team wrote it:",
        "| 3 days ago | Call from the hut |",
        "| 3 days ago | Team leaves the base |",
        "| 2 days ago | Family found at the tarn |",
    ]),
}


@pytest.mark.parametrize("name", sorted(KEPT))
def test_a_text_using_a_new_rule_s_shape_is_kept_whole_and_cleaned_twice_the_same(cleaner_obj, name):
    assert_kept_whole(cleaner_obj, *KEPT[name])


READING = {
    "de": ["Die Geschichte des Hafens",
           "Der alte Hafen wurde im vierzehnten Jahrhundert angelegt und ist seitdem dreimal umgebaut worden.",
           "Zum Weiterlesen",
           "Anna Berger: Der Hafen im Mittelalter (Hamburg 1988)",
           "Karl Vogt: Schiffe und Schiffer an der Küste (Kiel 1993)",
           "Maria Lenz: Fischerei und Handel im Norden (Bremen 2001)",
           "Peter Haas: Die Sturmfluten an der Küste (Husum 2005)",
           "Eva Roth: Leuchttürme der Nordsee (Emden 2010)",
           "Jan Krüger: Vom Segel zum Dampf (Rostock 2012)",
           "Ute Fink: Hafenarbeit im Wandel (Lübeck 2015)",
           "Otto Brandt: Die Fähren der Inseln (Norden 2018)"],
    "en": ["The harbour in films",
           "The old harbour has been a film set since the thirties, and the museum has listed every film shot there.",
           "Most popular",
           "The Harbour Ghost (1936)",
           "Nets of Silver (1948)",
           "Storm over Kettleness (1953)",
           "The Last Ferry (1961)",
           "Gulls at Dawn (1974)",
           "A Light in the Fog (1982)",
           "The Pier (1999)",
           "Low Tide (2011)"],
}


@pytest.mark.parametrize("lang", sorted(READING))
def test_a_list_of_works_under_a_related_box_s_heading_stays(cleaner_obj, lang):
    # The list is most of the short text: the over-cleaning guard does not weigh a tail below the
    # last paragraph, and the heading's rule alone is no proof that the works are headlines.
    lines = READING[lang]
    result = cleaner_obj.clean("\n".join(lines) + "\n", lang=lang)
    assert removed_by(result, "related-link-list") == []
    assert result.text.splitlines()[-8:] == lines[3:]
    assert cleaner_obj.clean(result.text, lang=lang).text == result.text


@pytest.mark.parametrize("lang", sorted(READING))
def test_the_list_rule_alone_keeps_a_list_of_works(lang):
    # The guard turned off: what keeps the works is the list rule's own reading of them.
    cleaner = Cleaner(max_removal=1.0)
    lines = READING[lang]
    result = cleaner.clean("\n".join(lines) + "\n", lang=lang)
    assert removed_by(result, "related-link-list") == [] and result.text.splitlines()[-8:] == lines[3:]

def test_the_chrome_of_the_rules_attacked_still_goes(cleaner_obj):
    foot = ["Most read", "Ferry fares to rise in May", "New lifeboat named after a fisherman",
            "Gulls steal chips on the promenade"]
    result = cleaner_obj.clean("\n".join([*FERRY_STORY, "Add Gazette headlines to your site with our free feed.",
                                          "The forms on this page are in PDF. You will need Adobe Reader to open "
                                          "them.", *foot]) + "\n", lang="en")
    assert result.text == "\n".join(FERRY_STORY) + "\n"
    assert removed_by(result, "en-headline-feed-offer") == ["Add Gazette headlines to your site with our free feed."]
    assert len(removed_by(result, "en-plugin-notice")) == 1
    assert removed_by(result, "related-link-list") == foot[1:]
    result = cleaner_obj.clean("\n".join([*FERRY_STORY, "Earn 3% cash back on groceries and 1% on everything else. "
                                          "No annual fee."]) + "\n", lang="en")
    assert result.text == "\n".join(FERRY_STORY) + "\n"


def test_a_forum_s_clock_a_tools_reprint_item_and_a_box_of_stamped_rows_still_go(cleaner_obj):
    rows = ["| 15 hrs ago | | Rovers hold on to win |", "| 3 days ago | | Ferry back in service |"]
    foot = ["Article tools", "- Reprints", "- Post comment", "Harbour blogs", *rows, "All times are UTC"]
    result = cleaner_obj.clean("\n".join([*FERRY_STORY, *foot]) + "\n", lang="en")
    assert removed_by(result, "en-reprint-offer") == ["- Reprints"]
    assert removed_by(result, "en-relative-stamp-teaser-row") == rows
    assert removed_by(result, "en-forum-timezone") == ["All times are UTC"]


def _story_page(head: str) -> str:
    return ('<!DOCTYPE html><html lang="en"><head><title>Ferry pier to be rebuilt</title></head><body>'
            '<div id="site-logo"><a href="/">Kettleness Gazette</a></div><article>' + head
            + "".join(f"<p>{line}</p>" for line in FERRY_PIER_STORY) + "</article></body></html>")


def test_a_story_s_own_masthead_keeps_its_standfirst(cleaner_obj):
    standfirst = "Eighteen months of work will give the island its boat back by 2028."
    for wrapper in ("story-masthead", "post-masthead", "article-masthead"):
        html = _story_page(f'<header class="{wrapper}"><h1>Ferry pier to be rebuilt</h1>'
                           f'<p class="dek">{standfirst}</p></header>')
        result = cleaner_obj.clean_html(html)
        assert removed_by(result, "page-site-branding") == [] and standfirst in result.text.splitlines()
        assert cleaner_obj.clean(result.text).text == result.text
    # The site's own name block over the story still goes.
    html = _story_page('<div class="masthead"><p>Kettleness Gazette</p><p>News from the harbour</p></div>'
                       '<h1>Ferry pier to be rebuilt</h1>')
    assert removed_by(cleaner_obj.clean_html(html), "page-site-branding") == ["Kettleness Gazette",
                                                                             "News from the harbour"]
