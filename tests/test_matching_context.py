"""A line rule's context (key ``context``): the neighbours that tell a rule's chrome from the
same words in the text's own sentences, headings and credits (issue #19, prec9).

Every text here was written for these tests."""

import pytest

from cleaner import Cleaner
from cleaner.rules.loader import parse_rule_file
from cleaner.rules.model import RuleError

CLEANER = Cleaner()

ESSAY = ("Newspapers in the market towns of the north were often printed by one family for a century.\n"
         "The Harwick Courier began as a single sheet of notices for farmers and auction houses in 1862.\n"
         "Its owners set the type by hand until the last linotype machine arrived from Leeds in 1911.\n"
         "Readers bought it on Fridays at the corn exchange, where the week's prices were shouted out.\n"
         "Most of what it printed was local: weddings, funerals, the cattle market and the council.\n")
STORY = ("The council approved the new tram depot on Monday, after a debate of four hours.\n"
         "Work will start in the spring and last two years, the mayor said at the meeting.\n"
         "The depot will hold forty trams and a workshop for the city's older cars.\n"
         "Its cost, 60 million, is shared with the region and the national rail company.\n")


def removed(text, lang="en"):
    return [(r.rule_id, r.text.strip()) for r in CLEANER.clean(text, lang=lang).removals]


@pytest.mark.parametrize("heading", ["Front Page Headlines", "Famous Headlines", "The Headlines",
                                     "Harwick Headlines", "Wartime Headlines", "Saturday's Headlines"])
def test_an_essays_headlines_section_keeps_its_heading(heading):
    over_prose = ESSAY + heading + "\nThe front page carried advertisements until the war, when news moved up.\n"
    over_list = (ESSAY + heading + "\n- Courier reporter meets the King\n- Mill fire: forty families homeless\n"
                 "Each of these was set in the largest type the shop owned, and each sold out by noon.\n")
    assert removed(over_prose) == []
    assert removed(over_list) == []


def test_a_box_of_headlines_under_the_story_still_goes():
    box = (STORY + "Harwick Headlines\n- Storm closes the coast road\n"
           "- Thousands of homes lost power overnight as the wind rose to 120 km/h.\n- Ferry service resumes\n")
    rules = dict((text, rule) for rule, text in removed(box))
    assert rules["Harwick Headlines"] == "en-section-headlines-heading"
    assert rules["- Ferry service resumes"] == "related-link-list"


def test_an_essay_on_headlines_ending_on_its_own_list_keeps_it():
    # The shape is the box's (a heading, a list, the end); the essay's paragraphs speak of headlines.
    essay = (ESSAY + "A headline, its founder wrote, should inform a reader and never frighten one.\n"
             "The biggest headlines of its first century were set in wooden type kept for the purpose.\n"
             "Famous Headlines\n- FLOOD TAKES THE MILL BRIDGE\n- WAR IS OVER\n- COURIER SAYS GOODBYE\n")
    assert removed(essay) == []
    # A story that never speaks of headlines still loses the box under it.
    box = STORY + "Famous Headlines\n- Storm closes the coast road\n- Ferry service resumes\n- Mill reopens\n"
    assert [rule for rule, _ in removed(box)] == ["en-section-headlines-heading"] + ["related-link-list"] * 3
    # A story naming headlines once, in an idiom ("hit the headlines"), is not about them.
    once = STORY + "The depot hit the headlines last year when a tram left its rails.\n" + box[len(STORY):]
    assert [rule for rule, _ in removed(once)] == ["en-section-headlines-heading"] + ["related-link-list"] * 3
    # Another box's heading holding a stop ("Headlines from the U.S. Midwest") is no paragraph on headlines.
    boxes = (STORY + "Headlines from the U.S. Midwest\n- Storm closes the coast road\n- Ferry service resumes\n"
             "Canada Headlines\n- Mill reopens\n- Bridge plan agreed\n")
    assert [rule for rule, _ in removed(boxes)][:1] == ["en-section-headlines-heading"]


ESSAY_ZH = ("在二十世纪初，人们主要通过报纸和杂志上的文字和图画了解新的商品。\n"
            "随着电视的普及，广告的形式变得越来越丰富，也越来越深入人们的日常生活。\n")
STORY_ZH = ("市政府周一宣布，新的跨河大桥将于明年春天开工，预计两年后通车。\n"
            "大桥将设两条电车轨道和一条自行车道，总投资约四千万元。\n")


@pytest.mark.parametrize("text", [
    "广告的历史\n广告\n" + ESSAY_ZH + "广告\n" + ESSAY_ZH,  # an essay on advertising, its sections' headings
    STORY_ZH + "他问她现在做哪一行？\n广告。\n" + STORY_ZH,  # an answer: a sentence of one word
    STORY_ZH + "他为本地的餐馆设计菜单，\n广告\n和招牌都做，生意一直很好。\n",  # a sentence broken after a comma
])
def test_the_word_advertising_in_the_texts_own_lines_stays(text):
    assert removed(text, "zh") == []


def test_an_ad_label_in_a_story_still_goes():
    assert removed(STORY_ZH + "广告\n" + STORY_ZH, "zh") == [("zh-ads-label", "广告")]
    # One sentence of the story naming a billboard ("广告牌") does not make advertising its subject.
    billboard = STORY_ZH + "桥头将设置一块新的广告牌。\n"
    assert removed(billboard + "广告\n" + STORY_ZH, "zh") == [("zh-ads-label", "广告")]


def test_many_labels_read_the_subject_once_and_still_go():
    # A portal page of many ad labels: every one goes, the subject read once a pass (not once a label).
    page = "".join(STORY_ZH.splitlines(keepends=True)[0] + "广告\n" for _ in range(300))
    assert [rule for rule, _ in removed(page, "zh")] == ["zh-ads-label"] * 300


def test_an_imprint_goes_only_over_its_publishers_name():
    broken = STORY + "A publication by the\nHarwick Publishing Group.\n"
    assert removed(broken) == [("en-publisher-imprint-open", "A publication by the"),
                               ("en-publisher-imprint-name", "Harwick Publishing Group.")]
    sentence = STORY + "Their history of the depot appeared in 1962.\nA publication by the\nHarwick Tram Society, it sold out.\n"
    verse = STORY + "The foreman kept a verse pinned over his bench:\nA publication by the\nhands of men who never sleep\n"
    assert removed(sentence) == []
    assert removed(verse) == []


@pytest.mark.parametrize("lang, line", [
    ("pl", "Temat: ułamki zwykłe, które dziś nauczymy się skracać i porównywać na przykładach."),
    ("de", "Themen: der Haushalt, die Schulen und der Busverkehr, über die der Rat vier Stunden stritt."),
    ("fr", "Sujets: trois textes au choix et une question de cours, que les candidats ont découverts à huit heures."),
    ("es", "Temas: el presupuesto, las escuelas y el transporte, que el pleno debatió durante cuatro horas."),
    ("it", "Argomenti: il bilancio, le scuole e i trasporti, discussi per tre ore dalla giunta."),
    ("en", "Topics: the budget, the schools and the buses, which the council argued over for four hours."),
])
def test_a_tag_prefix_going_on_as_a_sentence_is_the_texts_own(lang, line):
    assert removed(f"Harwick\n{line}\n" + STORY, lang) == []
    tags = line.split(":")[0] + ": Harwick, 2026"  # the same prefix over a tag list goes
    assert removed(f"Harwick\n{tags}\n" + STORY, lang) == [(f"{lang}-tags", tags)]


FILM = ("Ένας ψαράς επιστρέφει στο νησί του μετά από είκοσι χρόνια στη Γερμανία και βρίσκει το σπίτι άδειο.\n"
        "Η ταινία κινείται αργά, με μεγάλα πλάνα της θάλασσας και λίγα λόγια, και κερδίζει τον θεατή.\n"
        "Σκηνοθεσία: Μαρία Κωνσταντίνου\nΦωτογραφία: Νίκος Σταματόπουλος\nΜουσική: Ελένη Δημητρίου\n")
BOOK = ("Ένα μυθιστόρημα για τρεις γενιές γυναικών σε ένα χωριό της Ηπείρου, γραμμένο με τρυφερότητα.\n"
        "Η γλώσσα του είναι απλή και οι σιωπές του λένε περισσότερα από τους διαλόγους.\n"
        "Συγγραφέας: Ελίζαμπεθ Στράουτ\nΜετάφραση: Άννα Παπαδάκη\nΕκδόσεις: Πατάκη\n")
GREEK_STORY = ("Η νέα γέφυρα στον Αχελώο παραδόθηκε χθες στην κυκλοφορία, δύο χρόνια μετά την έναρξη των έργων.\n"
               "Το κόστος της έφτασε τα δεκαοκτώ εκατομμύρια ευρώ, σύμφωνα με την περιφέρεια.\n")


def test_a_films_and_a_books_credits_in_a_review_stay():
    assert removed(FILM, "el") == []
    assert removed(BOOK, "el") == []
    assert removed(GREEK_STORY + "Φωτογραφία: Νίκος Σταματόπουλος\n", "el") == [
        ("el-photo-credit", "Φωτογραφία: Νίκος Σταματόπουλος")]
    assert removed(GREEK_STORY + "Μετάφραση: Άννα Παπαδάκη\n", "el") == [
        ("el-translator-credit", "Μετάφραση: Άννα Παπαδάκη")]


def test_a_storys_line_ending_czytaj_dalej_stays_and_a_teaser_goes():
    story = ("Dziadek czytał nam co wieczór jeden rozdział, siedząc w fotelu przy piecu.\n"
             "Kiedy przerywał w najciekawszym miejscu, siostra ciągnęła go za rękaw. Czytaj dalej\n"
             "Tak mówiła zawsze, a on udawał, że nie słyszy, i zamykał książkę.\n")
    assert removed(story, "pl") == []
    teasers = ("Rada miasta przyjęła budżet na przyszły rok po sześciu godzinach obrad w ratuszu.\n"
               "Najwięcej pieniędzy dostaną szkoły i komunikacja miejska, zapowiedział prezydent.\n"
               "Inne wiadomości\n"
               "Nowy most otwarty. Kierowcy czekali na niego trzy lata. Czytaj dalej\n"
               "Pociągi pojadą szybciej. Remont torów zakończy się w maju… więcej\n")
    assert [rule for rule, _ in removed(teasers, "pl")].count("pl-teaser-more") == 2


RULE = "rules:\n  - id: a\n    description: d\n    match: {phrase: x}\n"


@pytest.mark.parametrize("extra, expected", [
    ("    context: {not_prose: maybe}\n", "my/rules.yaml:5: rule a: context not_prose takes true or false"),
    ("    context: {after: x}\n", "my/rules.yaml:5: rule a: unknown key 'after'"),
    ("    context: {next: '(?<=a)b'}\n", "my/rules.yaml:5: rule a: unsupported regex"),
    ("    context: {not_on_subject: '(?<=a)b'}\n", "my/rules.yaml:5: rule a: unsupported regex"),
    ("    context: {unless: [1, 2]}\n", "my/rules.yaml:5: rule a:"),
    ("    context: []\n", "my/rules.yaml:5: rule a: context must be a mapping"),
    ("    action: drop_rest\n    context: {not_prose: true}\n", "my/rules.yaml:6: rule a: a rule with context can only drop_line"),
])
def test_a_bad_context_is_refused_at_its_line(extra, expected):
    with pytest.raises(RuleError) as info:
        parse_rule_file(RULE + extra, "my/rules.yaml", "rules")
    assert str(info.value).startswith(expected), str(info.value)


@pytest.mark.parametrize("lang, quiz", [
    ("en", "Geography quiz, round two\nWhich city is the capital of Australia?\n(a) Sydney\n(b) Melbourne\n(c) Canberra\n"
           "(d) Perth\nThe answer is given at the foot of the page, with a short note on each city.\n"),
    ("fr", "Quiz de géographie\nQuelle est la capitale de l'Australie ?\n(a) Sydney\n(b) Melbourne\n(c) Canberra\n"
           "La réponse est donnée au bas de la page, avec une note sur chaque ville.\n"),
    ("es", "Cuadro de indicadores\nLas previsiones de otoño cubren los cuatro indicadores siguientes, año por año.\n"
           "(a) Producto interior bruto\n(b) Inversión total\n(c) Empleo total (variación anual)\n(d) Número de parados\n"),
])
def test_the_third_item_of_a_lettered_list_is_no_copyright_line(lang, quiz):
    assert removed(quiz, lang) == []


def test_a_copyright_holder_and_a_footer_still_go():
    foot = STORY + "The new depot opens in June, after a last vote of the full council.\n© Harbour Gazette 2025\n(c) AFP 2025\n"
    assert removed(foot) == [("credit-line", "© Harbour Gazette 2025"), ("credit-line", "(c) AFP 2025")]
    # A "(C) 2025 …" line is no list's item: the notice under it still goes.
    press = STORY + "(C) 2025 Harbour Trams Ltd.\nAll rights reserved.\n"
    assert ("copyright-notice", "All rights reserved.") in removed(press)


def test_a_letters_posting_place_is_no_publication_stamp():
    letters = (STORY + "Her letters from the front survive in a box at the museum.\nPosted on 3 March 1917 from Amiens\n"
               "Dear mother, we are well and the weather has turned at last.\n")
    assert removed(letters) == []
    assert removed(STORY + "Posted on 3 March 2025 at 6:41 AM • 7 Comments\n") == [
        ("en-dateline", "Posted on 3 March 2025 at 6:41 AM • 7 Comments")]


def test_a_tag_list_with_an_abbreviation_is_still_a_tag_list():
    # "St." puts a stop inside the line, as a story's line has one; a tag list ends on none.
    tags = "Tags: featured, baseball, St. Louis Cardinals"
    assert removed(f"Harwick\n{tags}\n" + STORY) == [("en-tags", tags)]


# atk9: a lettered list whose item before "(c)" runs on to a line of its own, and a table titled
# "(c)" with a percentage in it: no "(a)" or "(b)" stands right beside the third item there.
@pytest.mark.parametrize("lang, text", [
    ("en", STORY + "Under the lease the tenant must do three things, in this order:\n(a) pay the rent on the first day;\n"
           "(b) keep the garden and the fences in good repair, and mend\nany damage the animals cause; and\n"
           "(c) leave the house as it was found.\n"),
    ("en", STORY + "You may pay the fee in one of three ways:\n(a) by cheque;\n(b) by card, at the desk or\nover the telephone; or\n(c) Cash at the counter\n"),
    ("fr", "Le bail impose trois choses au locataire, dans cet ordre, et le propriétaire les a écrites lui-même.\n"
           "(a) payer le loyer le premier de chaque mois ;\n(b) entretenir le jardin et les clôtures, et réparer\n"
           "les dégâts des animaux ; et\n(c) Rendre la maison comme il l'a trouvée\n"),
    ("en", STORY + "The tables below give the town's main figures for forty years.\nPOPULATION AND WORK\n"
           "(c) Total employment (% change a year)\n1961 - 1973\n"),
])
def test_the_third_item_of_a_list_run_on_or_a_tables_title_is_no_copyright_line(lang, text):
    assert removed(text, lang) == []


# atk9: a film's and a play's credits written with the label as a noun or two labels joined, a book's
# pages as "Σελ.:": data of the work reviewed, as "Σκηνοθεσία:" is.
@pytest.mark.parametrize("credits", [
    "Σκηνοθέτης: Μαρία Κωνσταντίνου\nΦωτογραφία: Νίκος Σταματόπουλος\nΗθοποιοί: Άννα Λύρη, Πέτρος Βέλτσος\n",
    "Σενάριο-Σκηνοθεσία: Μαρία Κωνσταντίνου\nΦωτογραφία: Νίκος Σταματόπουλος\n",
    "Είδος: Δράμα\nΦωτογραφία: Νίκος Σταματόπουλος\nΧώρα: Ελλάδα\n",
    "Σκηνικά-Κοστούμια: Ελένη Δημητρίου\nΜετάφραση: Άννα Παπαδάκη\n",
    "Βιβλίο: Το νησί\nΜετάφραση: Άννα Παπαδάκη\nΣελ.: 320\n",
])
def test_a_works_credits_with_their_labels_as_nouns_stay(credits):
    assert removed(FILM.split("Σκηνοθεσία")[0] + credits, "el") == []


def test_a_line_of_dialogue_ending_czytaj_dalej_under_a_chapter_heading_stays():
    # atk9: under a heading, or with a heading beside it, no paragraph stands on both sides; a dialogue
    # dash opens someone's words, never a teaser.
    chapter = ("Rozdział drugi\n— Siadaj i słuchaj uważnie, bo nie będę powtarzać. Czytaj dalej\n"
               "— Nie chcę — odparł chłopiec i odwrócił się do okna, za którym padał śnieg.\n"
               "Matka westchnęła i sama wzięła książkę do ręki, jak co wieczór od tygodnia.\n")
    assert removed(chapter, "pl") == []
    assert removed(chapter.replace("Siadaj i słuchaj uważnie, bo nie będę powtarzać. Czytaj dalej",
                                   "Nie teraz… Więcej"), "pl") == []


@pytest.mark.parametrize("lang, tags", [
    ("en", "Tags: climate change, United Nations, Paris agreement, carbon tax, emissions, COP21."),
    ("en", "Filed under: St. Louis, Missouri, police, protests, city council, grand jury."),
    ("de", "Schlagwörter: Klimawandel, Vereinte Nationen, Pariser Abkommen, CO2-Steuer, Emissionen."),
])
def test_a_tag_list_ending_on_a_stop_is_still_a_tag_list(lang, tags):
    # atk9: eight words and a final stop read as a paragraph, yet every item is a name of a few words.
    assert removed(f"Harwick\n{tags}\n" + STORY, lang) == [(f"{lang}-tags", tags)]


def test_a_box_heading_left_last_goes_and_one_over_a_verse_going_on_stays():
    # not_next: the heading stays over a line going on in lower case; at the text's end nothing
    # goes on, and a box's heading whose list the extractor dropped goes.
    assert removed(STORY + "Popular posts\n") == [("en-related-heading", "Popular posts")]
    verse = STORY + "Don't miss\nthe swallows when they go, my father said,\nfor they take the summer with them.\n"
    assert removed(verse) == []


def test_the_subject_of_a_text_is_read_once_a_pass_not_once_a_matched_line(monkeypatch):
    # not_on_subject reads every paragraph of the text; read again for each line a rule matched, a
    # text of thousands of ad labels between paragraphs took minutes (atk10). Twice the lines must
    # cost about twice the reading, not four times.
    from cleaner.matching import context
    calls = []
    real = context._prose
    monkeypatch.setattr(context, "_prose", lambda text, shape: calls.append(1) or real(text, shape))
    story = "市政府周一宣布，新的跨河大桥将于明年春天开工，预计两年后通车，总投资约四千万元。"

    def reads(n):
        calls.clear()
        result = CLEANER.clean("\n".join(["广告", story] * n) + "\n", lang="zh")
        assert [r.rule_id for r in result.removals] == ["zh-ads-label"] * n
        return len(calls)

    small, large = reads(100), reads(200)
    assert large < 3 * small


ESSAY_HEAD = "Donate | Subscribe | Contact | Home\nThe Orchestra Without a Leader\nby Mara Lindqvist\n"
ESSAY_BODY = ("Working with people who know more than their managers asks leaders to learn new ways of thinking.\n"
              "Such workers are found in every trade and every business, and they expect to be heard.\n")


@pytest.mark.parametrize("issue", ["Quarterly Harbour Review, No. 14 Spring 1998", "Field Notes, Vol. 3, Issue 2",
                                   "The Garden Letter, Autumn 2011"])
def test_a_journals_issue_line_under_a_reprinted_essays_byline_stays(issue):
    # A near rule reads its context as a line rule does: the issue line is where the essay was printed.
    assert (("byline-by", "by Mara Lindqvist") in removed(ESSAY_HEAD + issue + "\n" + ESSAY_BODY)
            and not any(text == issue for _, text in removed(ESSAY_HEAD + issue + "\n" + ESSAY_BODY)))


def test_tags_under_a_byline_still_go():
    assert ("head-label-beside-byline", "Politics, Europe, Trade") in removed(
        ESSAY_HEAD + "Politics, Europe, Trade\n" + ESSAY_BODY)


NEAR_RULES = ("rules:\n  - id: lone-kicker\n    description: a short line beside a byline\n    family: label\n"
              "    match: {regex: '^[A-Z][a-z]+ [a-z]+$'}\n    near: {families: [byline], distance: 1}\n"
              "    context: {not_next: ['^Cast:']}\n"
              "    examples: {drop: [Harbour news, Winter sports], keep: [a b, Harbour]}\n")


def test_a_near_rule_reads_the_context_keys_of_a_line_rule(tmp_path):
    (tmp_path / "r").mkdir()
    (tmp_path / "r" / "near.yaml").write_text(NEAR_RULES, encoding="utf-8")
    cleaner = Cleaner(rule_dirs=[str(tmp_path / "r")])
    head = "A Night at the Harbour Theatre\nBy Jonas Weber\nOpening night\n"

    def gone(text):
        return [r.rule_id for r in cleaner.clean(text, lang="en").removals if r.text == "Opening night"]
    assert gone(head + ESSAY_BODY) == ["lone-kicker"]
    assert gone(head + "Cast: Ida Berg, Tom Hale\n" + ESSAY_BODY) == []
