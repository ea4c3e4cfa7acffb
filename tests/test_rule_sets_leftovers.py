"""Families of waddle-dev's leftovers (seventh round), on texts written for these tests: a regional
paper's classified box under the story (en-classified-search, en-classified-section) and a Polish
site's imprint at its foot (pl-imprint)."""

from cleaner import Cleaner

STORY_EN = ["Council approves night trams",
            "The city council voted on Tuesday to bring back night trams on the three busiest lines.",
            "Trams will run every thirty minutes between midnight and five in the morning on weekends."]
CLASSIFIED = ["Looking for...", "Jobs", "Search for a job", "Motors", "Search for a car", "Property", "Search for a house"]

STORY_PL = ["Rada miasta przywraca nocne tramwaje",
            "Rada miasta zdecydowała we wtorek, że nocne tramwaje wrócą na trzy najbardziej ruchliwe linie.",
            "Tramwaje będą kursować co pół godziny między północą a piątą rano w piątki i soboty.",
            "Przewoźnik spodziewa się kilku tysięcy pasażerów każdej nocy w pierwsze wakacje.",
            "Przeciwnicy uważają, że pieniądze lepiej wydać na autobusy na przedmieściach."]
IMPRINT = ["Adres redakcji:", "Biuro reklamy, ogłoszeń i marketing: adresy, telefony, e-maile",
           "- Serwisy branżowe", "- Serwisy partnerskie", "- Dzienniki regionalne",
           "Realizacja serwisu: Przykład Technologie Sp. z o.o."]


def clean(lines, lang):
    return Cleaner().clean("\n".join(lines) + "\n", lang=lang)


def test_a_classified_box_under_the_story_goes_whole():
    result = clean([*STORY_EN, *CLASSIFIED], "en")
    assert result.text == "\n".join(STORY_EN) + "\n"
    rules = {r.text: r.rule_id for r in result.removals}
    assert rules["Search for a job"] == "en-classified-search" and rules["Jobs"] == "en-classified-section"


def test_a_section_word_alone_with_no_search_beside_it_stays():
    # "Property" is a heading of its own in a story about housing: no widget line stands beside it.
    text = [*STORY_EN[:2], "Property", "Prices in the old town rose by a tenth last year, the agents said."]
    assert clean(text, "en").text == "\n".join(text) + "\n"


def test_a_sentence_about_searching_for_a_job_stays():
    text = [*STORY_EN, "Search for a job that suits you, her mother told her."]
    assert clean(text, "en").text == "\n".join(text) + "\n"


def test_a_polish_imprint_at_the_foot_goes():
    result = clean([*STORY_PL, *IMPRINT], "pl")
    assert result.text == "\n".join(STORY_PL) + "\n"
    assert {r.rule_id for r in result.removals if r.text in IMPRINT} == {"pl-imprint"}


def test_the_imprint_s_words_at_the_head_of_a_story_stay():
    # The lower half only: a heading "Adres redakcji:" over a story's first lines is the story's.
    text = ["Adres redakcji:", *STORY_PL, *STORY_PL[1:]]
    assert "Adres redakcji:" in clean(text, "pl").text


STORY_EL = ["Το δημοτικό συμβούλιο ενέκρινε τη Δευτέρα την κατασκευή της νέας γέφυρας στο ποτάμι.",
            "Οι εργασίες θα ξεκινήσουν την άνοιξη και θα διαρκέσουν περίπου δύο χρόνια, είπε ο δήμαρχος.",
            "Το παλιό πορθμείο θα συνεχίσει τα δρομολόγια μέχρι να ανοίξει η γέφυρα."]
DIRECTORY = ["Ιατροί", "Νοσοκομεία", "Φαρμακεία", "Διαγνωστικά Κέντρα", "Φαρμακευτικές Εταιρείες"]


def test_a_health_site_s_directory_at_the_foot_goes_as_a_menu():
    # el-menu-run's labels name a health site's directory (doctors, hospitals, pharmacies...).
    result = clean([*STORY_EL, *DIRECTORY, "Δωρεάν Newsletter"], "el")
    assert result.text == "\n".join(STORY_EL) + "\n"
    assert {r.rule_id for r in result.removals if r.text in DIRECTORY} == {"el-menu-run"}


def test_the_same_words_listed_inside_the_story_stay():
    # Between the story's paragraphs, touching no chrome: the places a strike closes.
    text = [STORY_EL[0], "Κλειστά θα μείνουν την Πέμπτη:", *DIRECTORY[:3], *STORY_EL[1:]]
    assert clean(text, "el").text == "\n".join(text) + "\n"


def test_a_how_to_s_headings_searching_for_a_job_and_a_house_stay():
    # atk7: each search alone among paragraphs, no widget line beside it, is a heading.
    text = ["Moving to Canada: a checklist for your first month",
            "Moving abroad is easier when you take the first steps in the right order.",
            "Search for a job",
            "Job boards are busy in spring, and many employers hire newcomers through agencies.",
            "Search for a house",
            "Rents are highest in Toronto and Vancouver, so many families look in the suburbs first."]
    result = clean(text, "en")
    assert result.text == "\n".join(text) + "\n"
