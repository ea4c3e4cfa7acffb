"""The eighteenth round's rules attacked with texts whose own words or shapes are the rules': a
policeman's words and a charity's poster in Polish in the shape of a newsroom's call for tips.
Each stays, and cleaning it twice gives what cleaning once gave; the chrome the rules were written
for still goes. Every text is written for the test."""

import pytest

from conftest import assert_kept_whole, removed_by

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
