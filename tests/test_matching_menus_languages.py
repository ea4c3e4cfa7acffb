"""Menu runs in the other languages (the <lang>-menu-run rules of rules/<lang>.yaml): a site's
menu one item a line goes; ingredients, or a few section names an author lists, stay."""

import pytest

from cleaner import Cleaner

# language: (three sentences of a story, a menu of six section names, five ingredients)
CASES = {
    "ru": (["Городской совет в понедельник одобрил строительство нового моста через реку.",
            "Работы начнутся весной и продлятся около двух лет, сообщил мэр журналистам.",
            "Старый паром будет ходить, пока мост не откроют для машин и пешеходов."],
           ["Главная", "Новости", "Политика", "Экономика", "Спорт", "Контакты"],
           ["Мука", "Масло", "Сахар", "Яйца", "Соль"]),
    "uk": (["Міська рада в понеділок схвалила будівництво нового мосту через річку.",
            "Роботи почнуться навесні й триватимуть близько двох років, сказав мер журналістам.",
            "Старий пором курсуватиме, доки міст не відкриють для машин і пішоходів."],
           ["Головна", "Новини", "Політика", "Економіка", "Спорт", "Контакти"],
           ["Борошно", "Масло", "Цукор", "Яйця", "Сіль"]),
    "pl": (["Rada miasta zatwierdziła w poniedziałek budowę nowego mostu na rzece.",
            "Prace ruszą wiosną i potrwają około dwóch lat, powiedział burmistrz dziennikarzom.",
            "Stary prom będzie kursował, dopóki most nie zostanie otwarty dla samochodów i pieszych."],
           ["Aktualności", "Wiadomości", "Polityka", "Gospodarka", "Sport", "Kontakt"],
           ["Mąka", "Masło", "Cukier", "Jajka", "Sól"]),
    "el": (["Το δημοτικό συμβούλιο ενέκρινε τη Δευτέρα την κατασκευή της νέας γέφυρας στο ποτάμι.",
            "Οι εργασίες θα ξεκινήσουν την άνοιξη και θα διαρκέσουν περίπου δύο χρόνια, είπε ο δήμαρχος.",
            "Το παλιό πορθμείο θα συνεχίσει τα δρομολόγια μέχρι να ανοίξει η γέφυρα."],
           ["Αρχική", "Ειδήσεις", "Πολιτική", "Οικονομία", "Αθλητικά", "Επικοινωνία"],
           ["Αλεύρι", "Βούτυρο", "Ζάχαρη", "Αυγά", "Αλάτι"]),
    "de": (["Der Stadtrat hat am Montag den Bau der neuen Brücke über den Fluss beschlossen.",
            "Die Arbeiten beginnen im Frühjahr und dauern etwa zwei Jahre, sagte der Bürgermeister.",
            "Die alte Fähre fährt weiter, bis die Brücke für Autos und Fußgänger geöffnet ist."],
           ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Impressum"],
           ["Mehl", "Butter", "Zucker", "Eier", "Salz"]),
    "fr": (["Le conseil municipal a approuvé lundi la construction du nouveau pont sur la rivière.",
            "Les travaux commenceront au printemps et dureront environ deux ans, a déclaré le maire.",
            "L'ancien bac continuera de circuler jusqu'à l'ouverture du pont aux voitures."],
           ["Accueil", "Actualités", "Politique", "Économie", "Sport", "Contact"],
           ["Farine", "Beurre", "Sucre", "Œufs", "Sel"]),
    "es": (["El ayuntamiento aprobó el lunes la construcción del nuevo puente sobre el río.",
            "Las obras comenzarán en primavera y durarán unos dos años, dijo el alcalde a los periodistas.",
            "El viejo transbordador seguirá funcionando hasta que el puente se abra a coches y peatones."],
           ["Inicio", "Noticias", "Política", "Economía", "Deportes", "Contacto"],
           ["Harina", "Mantequilla", "Azúcar", "Huevos", "Sal"]),
    "it": (["Il consiglio comunale ha approvato lunedì la costruzione del nuovo ponte sul fiume.",
            "I lavori inizieranno in primavera e dureranno circa due anni, ha detto il sindaco.",
            "Il vecchio traghetto continuerà a funzionare finché il ponte non sarà aperto alle auto."],
           ["Home", "Cronaca", "Politica", "Economia", "Sport", "Contatti"],
           ["Farina", "Burro", "Zucchero", "Uova", "Sale"]),
    "pt": (["A câmara municipal aprovou na segunda-feira a construção da nova ponte sobre o rio.",
            "As obras começam na primavera e devem durar cerca de dois anos, disse o prefeito.",
            "A antiga balsa continuará a funcionar até que a ponte seja aberta a carros e pedestres."],
           ["Início", "Notícias", "Política", "Economia", "Esportes", "Contato"],
           ["Farinha", "Manteiga", "Açúcar", "Ovos", "Sal"]),
    "nl": (["De gemeenteraad heeft maandag de bouw van de nieuwe brug over de rivier goedgekeurd.",
            "De werkzaamheden beginnen in het voorjaar en duren ongeveer twee jaar, zei de burgemeester.",
            "De oude veerpont blijft varen tot de brug opengaat voor auto's en voetgangers."],
           ["Home", "Nieuws", "Politiek", "Economie", "Sport", "Contact"],
           ["Bloem", "Boter", "Suiker", "Eieren", "Zout"]),
}
TITLE = "Brücke / Most / Γέφυρα"


def clean(lines, lang):
    return Cleaner().clean("\n".join(lines) + "\n", lang=lang)


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_menu_at_the_head_of_the_page_goes(lang):
    story, menu, _ = CASES[lang]
    result = clean([TITLE, *menu, *story], lang)
    assert result.text.splitlines() == [TITLE, *story]
    assert {r.rule_id for r in result.removals} == {f"{lang}-menu-run"}
    assert all(r.family == "navigation" for r in result.removals)


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_menu_at_the_tail_of_the_page_goes(lang):
    story, menu, _ = CASES[lang]
    result = clean([TITLE, *story, *reversed(menu)], lang)
    assert result.text.splitlines() == [TITLE, *story]


@pytest.mark.parametrize("lang", sorted(CASES))
def test_ingredients_between_paragraphs_stay(lang):
    story, _, ingredients = CASES[lang]
    lines = [TITLE, *story[:2], *ingredients, story[2]]
    assert clean(lines, lang).text.splitlines() == lines


@pytest.mark.parametrize("lang", sorted(CASES))
def test_four_section_names_an_author_lists_stay(lang):
    # Under min_dense (5) menu words, between lines of the story: a list the article holds.
    story, menu, _ = CASES[lang]
    lines = [TITLE, *story[:2], *menu[1:5], story[2]]
    assert clean(lines, lang).text.splitlines() == lines


# A sentence of the story announcing a list: what the mayor's office listed, one a line.
ANNOUNCED = {
    "ru": "В объявлении мэрии перечислены разделы нового путеводителя:",
    "uk": "В оголошенні мерії перелічено розділи нового путівника:",
    "pl": "W ogłoszeniu ratusza wymieniono działy nowego przewodnika:",
    "el": "Η ανακοίνωση του δήμου απαριθμεί τις ενότητες του νέου οδηγού:",
    "de": "Die Mitteilung des Rathauses nennt die Teile des neuen Stadtführers:",
    "fr": "L'avis de la mairie énumère les rubriques du nouveau guide :",
    "es": "El aviso del ayuntamiento enumera las secciones de la nueva guía:",
    "it": "L'avviso del comune elenca le sezioni della nuova guida:",
    "pt": "O aviso da câmara enumera as secções do novo guia:",
    "nl": "De mededeling van het stadhuis noemt de rubrieken van de nieuwe gids:",
}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_list_the_story_announces_stays_at_its_foot(lang):
    # At the page's foot, where a menu may end the page: the sentence over the list, ending
    # on its colon, says the list is the story's (a label and its colon, "Contents:", does not).
    story, menu, _ = CASES[lang]
    lines = [TITLE, *story, ANNOUNCED[lang], *menu[1:5]]
    assert clean(lines, lang).text.splitlines() == lines
    assert clean([TITLE, *story, *menu[1:5]], lang).text.splitlines() == [TITLE, *story]


def test_a_rule_reads_its_own_language_only():
    story, menu, _ = CASES["pl"]
    lines = [TITLE, *menu, *story]
    assert clean(lines, "cs").text.splitlines() == lines


ZH_STORY = ["法院当庭宣判，两名被告人分别被判处有期徒刑七年和两年零六个月。",
            "辩护律师表示，将在收到判决书后与当事人商量是否上诉。"]


def test_a_chinese_menu_under_the_byline_goes_one_section_after_another():
    # A Chinese sentence has no spaces: zh-section-link, a near rule, takes the item beside the
    # byline, and the items after it go beside it in turn (as navigation, the family it gives).
    lines = ["标题", *ZH_STORY, "[作者：某某]", "- 社会", "- 娱乐", "- 生活", "- 探索"]
    result = clean(lines, "zh")
    assert result.text.splitlines() == ["标题", *ZH_STORY]
    by_line = {r.text: r for r in result.removals}
    assert by_line["- 社会"].rule_id == "zh-section-link"
    assert all(by_line[item].family == "navigation" for item in lines[-4:])


def test_chinese_section_names_inside_the_story_stay():
    lines = ["标题", ZH_STORY[0], "- 社会", "- 教育", ZH_STORY[1]]
    assert clean(lines, "zh").text.splitlines() == lines


def test_a_chinese_menu_on_the_first_line_goes_with_the_sections_after_it():
    # zh-section-head takes a section named as a menu item on the page's first line, and the
    # sections after it go in turn; a section in the story's own list stays.
    lines = ["- 總覽", "- 即時新聞：", "标题", *ZH_STORY, "- 社会", ZH_STORY[0]]
    result = clean(lines, "zh")
    assert result.text.splitlines() == lines[2:]
    by_line = {r.text: r for r in result.removals}
    assert set(by_line) == {"- 總覽", "- 即時新聞："}
    assert by_line["- 總覽"].rule_id == "zh-section-head"
    assert all(removal.family == "navigation" for removal in by_line.values())
    assert clean(lines[2:], "zh").text.splitlines() == lines[2:]
