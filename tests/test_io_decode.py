"""Legacy encodings: each text either decodes to exactly what was written, or is refused.

The texts are written for these tests, in the languages whose legacy code pages are
common on the web, of the length of a short news item and of one line."""

import pytest

from cleaner.io.decode import DecodeError, EncodingUnknown, _code_pages, read
from conftest import run_cli

NEWS = {
    "pl": (
        "Mieszkańcy małej wsi pod Rzeszowem od kilku tygodni skarżą się na hałas dochodzący z pobliskiej "
        "żwirowni. Jak twierdzą, ciężarówki przejeżdżają przez centrum miejscowości już o piątej rano, a "
        "drgania są tak silne, że w kilku domach popękały ściany.\n"
        "Sołtys zwołał zebranie, na którym pojawili się przedstawiciele gminy i właściciel zakładu. "
        "Rozmowa była burzliwa. Właściciel przekonywał, że firma działa zgodnie z prawem i zatrudnia "
        "ponad czterdzieści osób z okolicy. Mieszkańcy odpowiadali, że nikt nie pytał ich o zdanie, gdy "
        "wydawano pozwolenie na rozbudowę.\n"
        "Ostatecznie ustalono, że ciężki sprzęt będzie jeździł objazdem, a wójt zleci pomiary hałasu. Nie"
        " wszyscy są jednak zadowoleni. Zauważyli, że podobne obietnice padały już dwa lata temu i nic z "
        "nich nie wynikło. Kolejne spotkanie zaplanowano na koniec przyszłego miesiąca.\n"
    ),
    "cs": (
        "Obyvatelé malé obce na Vysočině už několik týdnů protestují proti plánované stavbě větrné "
        "elektrárny. Podle nich by stožáry vysoké přes dvě stě metrů narušily ráz krajiny a snížily cenu "
        "jejich domů.\n"
        "Starosta svolal veřejné setkání, kterého se zúčastnilo téměř tři sta lidí. Zástupci investora "
        "vysvětlovali, že hluk z turbín nepřekročí zákonné limity a že obec dostane každý rok příspěvek "
        "do rozpočtu. Část obyvatel však namítala, že o projektu se dozvěděli až z novin.\n"
        "Zastupitelstvo nakonec rozhodlo, že o stavbě se bude hlasovat v místním referendu. To se "
        "uskuteční na podzim, současně s volbami do krajského zastupitelstva. Investor prohlásil, že "
        "výsledek bude respektovat, ať dopadne jakkoli.\n"
    ),
    "de": (
        "Die Bewohner eines kleinen Dorfes in der Nähe von Göttingen ärgern sich seit Wochen über die "
        "Baustelle an der Hauptstraße. Die Arbeiten sollten ursprünglich im Frühjahr abgeschlossen sein, "
        "doch nun heißt es, dass sie sich bis in den späten Herbst hinziehen werden.\n"
        "Besonders betroffen sind die Geschäfte im Ortskern. Der Bäcker berichtet, dass seine Umsätze um "
        "fast ein Drittel zurückgegangen seien, weil die Kunden keinen Parkplatz mehr fänden. Auch die "
        "Apotheke und das Blumengeschäft klagen über weniger Laufkundschaft.\n"
        "Der Bürgermeister versprach bei einer Versammlung im Gemeindehaus, sich beim Landkreis für eine "
        "schnellere Lösung einzusetzen. Außerdem soll ein provisorischer Parkplatz auf der Wiese hinter "
        "der Schule eingerichtet werden. Ob das reicht, bezweifeln viele.\n"
    ),
    "fr": (
        "Les habitants d'un petit village près de Besançon s'inquiètent depuis plusieurs semaines de la "
        "fermeture annoncée de leur bureau de poste. Selon la direction régionale, la fréquentation a "
        "baissé de près d'un tiers en cinq ans, et le guichet ne serait plus rentable.\n"
        "Le maire a réuni le conseil municipal en séance extraordinaire. Les élus ont voté à l'unanimité "
        "une motion demandant le maintien du service, au moins trois matinées par semaine. « Pour les "
        "personnes âgées qui n'ont pas de voiture, c'est le seul endroit où retirer de l'argent », a "
        "expliqué une conseillère.\n"
        "Une pétition a déjà recueilli plus de huit cents signatures, soit davantage que le nombre "
        "d'électeurs de la commune. La Poste propose en échange d'ouvrir un relais dans l'épicerie du "
        "village, une solution que beaucoup jugent insuffisante. Une réunion publique est prévue à la mi-"
        "décembre.\n"
    ),
    "ru": (
        "Жители небольшого посёлка под Тверью уже несколько недель жалуются на перебои с водой. По их "
        "словам, напор пропадает каждый вечер, а по выходным воды иногда не бывает вовсе. Особенно тяжело"
        " приходится пожилым людям, которые живут на верхних этажах.\n"
        "Глава поселения провёл встречу с жителями в здании местной школы. Он объяснил, что насосная "
        "станция была построена ещё в семидесятых годах и давно нуждается в ремонте. Деньги на замену "
        "оборудования уже выделены из областного бюджета, однако подрядчик до сих пор не выбран.\n"
        "Жители предложили временно установить ёмкости с питьевой водой во дворах. Администрация обещала "
        "рассмотреть это предложение и сообщить о решении до конца месяца. Следующая встреча назначена на"
        " первую субботу декабря.\n"
    ),
    "el": (
        "Οι κάτοικοι ενός μικρού χωριού κοντά στα Ιωάννινα διαμαρτύρονται εδώ και εβδομάδες για την "
        "κατάσταση του επαρχιακού δρόμου. Σύμφωνα με όσους τον χρησιμοποιούν καθημερινά, οι λακκούβες "
        "έχουν γίνει τόσο βαθιές που τα αυτοκίνητα παθαίνουν συχνά ζημιές.\n"
        "Ο πρόεδρος της κοινότητας συγκάλεσε σύσκεψη στο δημοτικό σχολείο, στην οποία παραβρέθηκαν "
        "εκπρόσωποι της περιφέρειας. Εκείνοι υποσχέθηκαν ότι οι εργασίες αποκατάστασης θα ξεκινήσουν την "
        "άνοιξη, μόλις εγκριθεί η σχετική χρηματοδότηση.\n"
        "Πολλοί κάτοικοι όμως δηλώνουν δύσπιστοι, καθώς παρόμοιες υποσχέσεις είχαν δοθεί και πριν από δύο"
        " χρόνια. Ο σύλλογος του χωριού σκοπεύει να συγκεντρώσει υπογραφές και να τις καταθέσει στον "
        "περιφερειάρχη πριν από τα Χριστούγεννα.\n"
    ),
}
LINES = {
    "pl": (
        "Mieszkańcy zauważyli, że ciężarówki jeżdżą już o piątej rano.\n"
    ),
    "cs": (
        "Starosta svolal veřejné setkání, kterého se zúčastnilo téměř tři sta lidí.\n"
    ),
    "de": (
        "Die Bewohner ärgern sich über die Baustelle an der Hauptstraße.\n"
    ),
    "fr": (
        "Le café de la gare a rouvert ses portes après les travaux d'été.\n"
    ),
    "ru": (
        "Жители посёлка жалуются на перебои с водой уже несколько недель.\n"
    ),
    "el": (
        "Οι κάτοικοι διαμαρτύρονται για την κατάσταση του επαρχιακού δρόμου.\n"
    ),
}
# Other languages of the web's legacy code pages, for the test that no code page gives garbage.
OTHERS = {
    "es": (
        "Los vecinos de un pequeño pueblo cerca de Segovia llevan semanas quejándose del ruido de las "
        "obras. Según dicen, las máquinas empiezan a trabajar a las siete de la mañana y no paran hasta "
        "la noche. El alcalde prometió reunirse con la empresa constructora, pero todavía no ha dado "
        "ninguna explicación. ¿Hasta cuándo tendremos que aguantar esto?, pregunta una vecina.\n"
    ),
    "it": (
        "Gli abitanti di un piccolo paese vicino a Perugia protestano da settimane per la chiusura "
        "dell'ufficio postale. Secondo la direzione, il servizio non è più sostenibile perché gli utenti "
        "sono diminuiti di un terzo. Il sindaco ha convocato un'assemblea pubblica, alla quale hanno "
        "partecipato più di duecento persone. «Per gli anziani è l'unico posto dove ritirare la "
        "pensione», ha spiegato una consigliera.\n"
    ),
    "pt": (
        "Os moradores de uma pequena aldeia perto de Coimbra queixam-se há semanas do estado da estrada "
        "municipal. Segundo eles, os buracos são tão fundos que os carros ficam danificados com "
        "frequência. O presidente da junta prometeu que as obras começarão na primavera, mas muitos não "
        "acreditam. A associação local vai recolher assinaturas e entregá-las à câmara antes do Natal.\n"
    ),
    "sv": (
        "Invånarna i en liten by utanför Umeå har i flera veckor klagat på bullret från den nya vägen. "
        "Enligt dem kör lastbilarna förbi redan klockan fem på morgonen. Kommunen har lovat att mäta "
        "bullret och att sätta upp ett skärmtak längs sträckan. Många är ändå missnöjda och säger att "
        "liknande löften gavs för två år sedan utan att något hände.\n"
    ),
    "tr": (
        "Ankara yakınlarındaki küçük bir köyün sakinleri haftalardır su kesintilerinden şikâyet ediyor. "
        "Köylülere göre su her akşam kesiliyor ve hafta sonları bazen hiç gelmiyor. Muhtar, belediye "
        "yetkilileriyle görüştüğünü ve pompa istasyonunun yakında onarılacağını söyledi. Yaşlılar için "
        "durumun özellikle zor olduğunu belirten köylüler, geçici su depoları kurulmasını istiyor.\n"
    ),
    "uk": (
        "Мешканці невеликого села під Житомиром уже кілька тижнів скаржаться на перебої з електрикою. За "
        "їхніми словами, світло зникає щовечора, а у вихідні його іноді не буває зовсім. Сільський голова"
        " пообіцяв звернутися до обласної енергетичної компанії. Люди ж кажуть, що подібні обіцянки чули "
        "ще два роки тому, і нічого не змінилося.\n"
    ),
    "bg": (
        "Жителите на малко село край Пловдив от седмици се оплакват от лошото състояние на пътя. Според "
        "тях дупките са толкова дълбоки, че колите често се повреждат. Кметът обеща ремонтът да започне "
        "през пролетта, след като бъде одобрено финансирането. Мнозина обаче не вярват, защото подобни "
        "обещания са давани и преди две години.\n"
    ),
    "hu": (
        "Egy Debrecen melletti kis falu lakói hetek óta panaszkodnak az új gyár zajára. Elmondásuk "
        "szerint a teherautók már hajnali ötkor áthajtanak a falu központján. A polgármester lakossági "
        "fórumot hívott össze, ahol a gyár képviselői is megjelentek. Többen azonban kételkednek, mert "
        "hasonló ígéreteket két évvel ezelőtt is kaptak, és semmi sem változott.\n"
    ),
    "ro": (
        "Locuitorii unui mic sat de lângă Cluj se plâng de săptămâni întregi de zgomotul produs de "
        "șantierul de pe drumul principal. Potrivit lor, utilajele încep lucrul la ora șase dimineața și "
        "nu se opresc până seara. Primarul a promis că va discuta cu firma de construcții, însă oamenii "
        "spun că au mai auzit astfel de promisiuni.\n"
    ),
    "lt": (
        "Mažo kaimo netoli Kauno gyventojai jau kelias savaites skundžiasi dėl blogos kelio būklės. Jų "
        "teigimu, duobės tokios gilios, kad automobiliai dažnai sugenda. Seniūnas pažadėjo, kad remonto "
        "darbai prasidės pavasarį, kai tik bus patvirtintas finansavimas. Tačiau daugelis gyventojų tuo "
        "abejoja.\n"
    ),
}


@pytest.mark.parametrize("lang, encoding", [
    ("pl", "iso8859_2"), ("pl", "cp1250"), ("cs", "iso8859_2"), ("cs", "cp1250"), ("de", "cp1252"),
    ("de", "iso8859_1"), ("fr", "cp1252"), ("fr", "iso8859_15"), ("ru", "cp1251"), ("ru", "koi8_r"),
    ("el", "iso8859_7"), ("el", "cp1253"),
])
def test_a_news_item_in_its_legacy_encoding_decodes_exactly(lang, encoding):
    decoded = read(NEWS[lang].encode(encoding))
    assert decoded.text == NEWS[lang]
    assert decoded.guess and "chaos" in decoded.guess


def test_polish_in_iso8859_2_is_not_read_as_a_nordic_code_page():
    # iso8859_10 reads the same bytes as letters too: "zauwaŋyli" for "zauważyli".
    decoded = read(NEWS["pl"].encode("iso8859_2"))
    assert "zauważyli" in decoded.text.lower() and "ŋ" not in decoded.text


@pytest.mark.parametrize("texts", [NEWS, LINES, OTHERS], ids=["news", "lines", "others"])
def test_no_code_page_ever_gives_garbage(texts):
    """Every text in every single-byte code page that can write it: read back exactly, or refused."""
    outcomes = {"exact": 0, "refused": 0}
    for lang, text in texts.items():
        for encoding in _code_pages():
            try:
                data = text.encode(encoding)
            except UnicodeEncodeError:
                continue
            try:
                decoded = read(data)
            except EncodingUnknown:
                outcomes["refused"] += 1
                continue
            assert decoded.text == text, (lang, encoding, decoded.encoding)
            outcomes["exact"] += 1
    assert outcomes["exact"] > 0 and outcomes["refused"] > 0  # both outcomes are seen, or this proves little


@pytest.mark.parametrize("lang, encoding", [("fr", "cp1252"), ("de", "cp1252"), ("fr", "iso8859_15")])
def test_an_ambiguous_line_is_refused(lang, encoding):
    # One line holds too few letters to tell e.g. "après" (cp1252) from "aprčs" (cp1250, Czech letters).
    with pytest.raises(EncodingUnknown, match="cannot be told for sure"):
        read(LINES[lang].encode(encoding))


def test_a_sign_inside_a_word_rules_a_reading_out():
    # cp1250 reads the Polish ą of ISO-8859-2 as "±": "pi±tej" is no word, so one reading is left.
    assert read(LINES["pl"].encode("iso8859_2")).text == LINES["pl"]


def test_a_given_encoding_is_used_and_must_fit():
    assert read(LINES["pl"].encode("iso8859_2"), "iso8859-2").text == LINES["pl"]
    assert read(LINES["pl"].encode("iso8859_2"), "ISO-8859-2").encoding == "ISO-8859-2"
    with pytest.raises(DecodeError, match="not valid utf-8"):
        read(LINES["pl"].encode("iso8859_2"), "utf-8")
    with pytest.raises(LookupError):
        read(b"text", "no-such-encoding")


def test_utf8_and_its_boms_are_read_as_before():
    assert read(NEWS["ru"].encode("utf-8")).encoding == "utf-8"
    assert read(b"\xef\xbb\xbf" + NEWS["ru"].encode("utf-8")).text == NEWS["ru"]
    assert read(NEWS["el"].encode("utf-16")).text == NEWS["el"]
    with pytest.raises(DecodeError, match="binary"):
        read(b"\x00\x01text")


def test_a_page_may_hold_a_few_nul_bytes():
    page = b"<p>" + b"Harbour news from the island. " * 10 + b"\x00</p>"
    assert read(page, page=True).text.count("\x00") == 1
    with pytest.raises(DecodeError, match="binary"):
        read(page)  # a text file with them is binary
    with pytest.raises(DecodeError, match="binary"):
        read("<p>Harbour news</p>".encode("utf-16-le"), page=True)  # UTF-16 without a BOM


# --- the command line -------------------------------------------------------------


def test_a_guessed_encoding_is_said_on_stderr_without_explain(tmp_path):
    source = tmp_path / "wies.txt"
    source.write_bytes(NEWS["pl"].encode("iso8859_2"))
    done = run_cli("clean", source, "-o", tmp_path / "out")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "wies.txt").read_text(encoding="utf-8") == NEWS["pl"]
    notes = [line for line in done.stderr.decode().splitlines() if line.startswith("cleaner: note:")]
    assert notes == [notes[0]] and f"{source}: not UTF-8; guessed iso8859_2 (chaos" in notes[0]
    assert "--encoding" in notes[0]


def test_stdin_says_its_guess_too():
    done = run_cli("clean", input_bytes=NEWS["ru"].encode("koi8_r"))
    assert done.returncode == 0
    assert done.stdout.decode("utf-8") == NEWS["ru"]
    assert "cleaner: note: <stdin>: not UTF-8; guessed koi8_r" in done.stderr.decode()


def test_an_unsure_file_is_refused_naming_it_and_the_others_are_cleaned(tmp_path):
    (tmp_path / "in").mkdir()
    unsure = tmp_path / "in" / "ligne.txt"
    unsure.write_bytes(LINES["fr"].encode("cp1252"))
    (tmp_path / "in" / "ok.txt").write_bytes(NEWS["cs"].encode("utf-8"))
    done = run_cli("clean", tmp_path / "in", "-o", tmp_path / "out")
    assert done.returncode == 2
    errors = [line for line in done.stderr.decode().splitlines() if line.startswith("cleaner: error:")]
    assert len(errors) == 1 and errors[0].startswith(f"cleaner: error: {unsure}: not UTF-8")
    assert "--encoding" in errors[0]
    assert not (tmp_path / "out" / "ligne.txt").exists()
    assert (tmp_path / "out" / "ok.txt").read_text(encoding="utf-8") == NEWS["cs"]


def test_encoding_option_decodes_exactly(tmp_path):
    source = tmp_path / "linia.txt"
    source.write_bytes(LINES["pl"].encode("iso8859_2"))
    done = run_cli("clean", source, "--encoding", "iso8859-2", "-o", tmp_path / "out")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "linia.txt").read_bytes() == LINES["pl"].encode("utf-8")
    assert b"guessed" not in done.stderr  # nothing was guessed
    piped = run_cli("clean", "--encoding", "cp1252", input_bytes=LINES["fr"].encode("cp1252"))
    assert piped.returncode == 0 and piped.stdout == LINES["fr"].encode("utf-8")  # refused without it


@pytest.mark.parametrize("name", ["no-such-encoding", "base64"])
def test_an_unknown_encoding_is_a_usage_error(tmp_path, name):
    source = tmp_path / "a.txt"
    source.write_bytes(b"text\n")
    done = run_cli("clean", source, "--encoding", name)
    assert done.returncode == 2
    assert done.stderr.decode().startswith("cleaner: error: --encoding: unknown text encoding")
    assert done.stdout == b""


def test_fix_refuses_a_legacy_file_whatever_its_encoding(tmp_path):
    source = tmp_path / "wies.txt"
    data = NEWS["pl"].encode("iso8859_2")
    source.write_bytes(data)
    done = run_cli("fix", source)
    assert done.returncode == 2
    assert done.stderr.decode().startswith(f"cleaner: error: {source}: encoded as iso8859_2, not UTF-8")
    assert source.read_bytes() == data
