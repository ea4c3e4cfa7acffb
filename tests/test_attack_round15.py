"""The fifteenth round's work attacked with texts whose own words or shapes are the rules':
a story's own masthead round its headline and standfirst, and reading lists under a related
box's heading (the over-cleaning guard no longer weighs a short article's tail, so the list rule
must know a list of works itself). Each stays, and cleaning it
twice gives what cleaning once gave; the chrome the rules were written for still goes. Every
text is written for the test."""

import pytest

from cleaner import Cleaner

from conftest import FERRY_PIER_STORY, FERRY_STORY, removed_by

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


def test_other_stories_headlines_under_the_heading_still_go(cleaner_obj):
    foot = ["Most read", "Ferry fares to rise in May", "New lifeboat named after a fisherman",
            "Gulls steal chips on the promenade"]
    result = cleaner_obj.clean("\n".join([*FERRY_STORY, *foot]) + "\n", lang="en")
    assert result.text == "\n".join(FERRY_STORY) + "\n"
    assert removed_by(result, "related-link-list") == foot[1:]


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
