import atexit
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

# The tests build their own caches (language profiles, rule books), in and out of
# process, and leave the user's alone: a test that unsets CLEANER_CACHE_DIR still writes
# under a temporary XDG_CACHE_HOME. pip (the install tests) keeps the cache it had.
os.environ.setdefault("PIP_CACHE_DIR", os.path.join(os.environ.get("XDG_CACHE_HOME")
                                                    or os.path.join(os.path.expanduser("~"), ".cache"), "pip"))
os.environ["CLEANER_CACHE_DIR"] = tempfile.mkdtemp(prefix="cleaner-test-cache-")
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="cleaner-test-xdg-")
for _folder in (os.environ["CLEANER_CACHE_DIR"], os.environ["XDG_CACHE_HOME"]):
    atexit.register(shutil.rmtree, _folder, True)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
# A short news story of three paragraphs, for pages whose chrome stands round it.
PIER_STORY = [
    "The harbour board agreed on Monday to rebuild the old pier, which has been closed to walkers since "
    "the winter storms damaged its wooden deck.",
    "Work will start in April and should take about eight months, the board said, with the cost shared "
    "between the town and the regional government.",
    "Fishermen who moor their boats beside the pier asked for a temporary landing stage during the works, "
    "and the board promised to find one before the summer.",
]

# A longer one, of four paragraphs, for the chrome under a story (its tail, its comments).
FERRY_PIER_STORY = [
    "The harbour board voted on Monday to rebuild the old ferry pier at Kettleness, closed since a "
    "storm broke its deck in the winter of 2019.",
    "Work will start in April and last eighteen months, and the pier will reopen with a waiting room, "
    "a ramp for wheelchairs and a berth for the island's new electric boat.",
    "The board expects about six hundred passengers a day in summer, most of them walkers going to "
    "the cliffs and families visiting the seal colony on the far shore.",
    "Fishermen asked for a second berth for their boats and were told it would be studied next year, "
    "once the cost of the first one is known.",
]


# A council's footbridge story in ten languages, the middle and foot the attack tests put their lines in.
FOOTBRIDGE_STORIES = {
    "en": ["The council voted on Tuesday to rebuild the old footbridge over the river.",
           "Work will start in April and is expected to take about eighteen months, the council said.",
           "Residents had campaigned for years after the bridge was closed following a flood in 2019.",
           "The new bridge will be wide enough for bicycles and will have lights along its whole length."],
    "de": ["Der Gemeinderat hat am Dienstag beschlossen, die alte Fußgängerbrücke über den Fluss neu zu bauen.",
           "Die Arbeiten sollen im April beginnen und etwa anderthalb Jahre dauern, teilte die Gemeinde mit.",
           "Anwohner hatten sich seit Jahren dafür eingesetzt, nachdem die Brücke nach einem Hochwasser "
           "gesperrt worden war.",
           "Die neue Brücke wird breit genug für Fahrräder sein und auf ganzer Länge beleuchtet."],
    "fr": ["Le conseil municipal a voté mardi la reconstruction de l'ancienne passerelle sur la rivière.",
           "Les travaux commenceront en avril et devraient durer environ dix-huit mois, selon la mairie.",
           "Les habitants réclamaient ces travaux depuis la fermeture de la passerelle après une crue."],
    "es": ["El ayuntamiento aprobó el martes la reconstrucción de la vieja pasarela sobre el río.",
           "Las obras comenzarán en abril y durarán unos dieciocho meses, según el consistorio.",
           "Los vecinos llevaban años reclamando la obra desde que la pasarela se cerró tras una riada."],
    "it": ["Il consiglio comunale ha approvato martedì la ricostruzione della vecchia passerella sul fiume.",
           "I lavori inizieranno ad aprile e dureranno circa diciotto mesi, secondo il comune.",
           "I residenti chiedevano l'intervento da anni, da quando la passerella era stata chiusa dopo un'alluvione."],
    "pl": ["Rada miasta zdecydowała we wtorek o odbudowie starej kładki nad rzeką.",
           "Prace rozpoczną się w kwietniu i potrwają około półtora roku, poinformował urząd.",
           "Mieszkańcy domagali się tego od lat, odkąd kładkę zamknięto po powodzi."],
    "nl": ["De gemeenteraad heeft dinsdag besloten de oude voetgangersbrug over de rivier te herbouwen.",
           "De werkzaamheden beginnen in april en duren ongeveer anderhalf jaar, aldus de gemeente.",
           "Bewoners vroegen er al jaren om, sinds de brug na een overstroming werd afgesloten."],
    "pt": ["A câmara municipal aprovou na terça-feira a reconstrução da velha ponte pedonal sobre o rio.",
           "As obras começam em abril e devem durar cerca de dezoito meses, segundo a autarquia.",
           "Os moradores pediam a obra há anos, desde que a ponte foi fechada depois de uma cheia."],
    "ru": ["Городской совет во вторник решил восстановить старый пешеходный мост через реку.",
           "Работы начнутся в апреле и продлятся около полутора лет, сообщили в мэрии.",
           "Жители добивались этого много лет, с тех пор как мост закрыли после наводнения."],
    "uk": ["Міська рада у вівторок вирішила відбудувати старий пішохідний міст через річку.",
           "Роботи почнуться у квітні й триватимуть близько півтора року, повідомили в мерії.",
           "Мешканці домагалися цього роками, відколи міст закрили після повені."],
}


# One short story (a bridge closed for two months) in each language, for the rule-set tests that
# put a chrome line, or a sentence using its words, under it.
BRIDGE_STORIES = {
    "de": ["Die Stadt sperrt die Brücke für zwei Monate",
           "Die Brücke über den Fluss wird für zwei Monate gesperrt, teilte die Stadt am Montag mit.",
           "Die Arbeiten beginnen im März und dauern bis zum Frühsommer, wenn das Wetter mitspielt.",
           "Die Anwohner fahren über die Nachbarbrücke, und die Busse ändern ihre Strecken."],
    "fr": ["La ville ferme le pont pendant deux mois",
           "Le pont sur la rivière sera fermé pendant deux mois, a annoncé la mairie lundi matin.",
           "Les travaux commenceront en mars et dureront jusqu'au début de l'été, si la météo le permet.",
           "Les habitants emprunteront le pont voisin et les bus changeront d'itinéraire."],
    "es": ["La ciudad cierra el puente durante dos meses",
           "El puente sobre el río estará cerrado dos meses, anunció el ayuntamiento el lunes por la mañana.",
           "Las obras empezarán en marzo y durarán hasta el inicio del verano si el tiempo lo permite.",
           "Los vecinos usarán el puente cercano y los autobuses cambiarán de recorrido."],
    "it": ["Il comune chiude il ponte per due mesi",
           "Il ponte sul fiume resterà chiuso per due mesi, ha annunciato il comune lunedì mattina.",
           "I lavori cominceranno a marzo e dureranno fino all'inizio dell'estate, tempo permettendo.",
           "I residenti useranno il ponte vicino e gli autobus cambieranno percorso."],
    "pt": ["A cidade fecha a ponte durante dois meses",
           "A ponte sobre o rio vai ficar fechada durante dois meses, anunciou a câmara na segunda-feira.",
           "As obras começam em março e devem terminar no início do verão, se o tempo ajudar.",
           "Os moradores vão usar a ponte vizinha e os autocarros vão mudar de percurso."],
    "nl": ["Gemeente sluit de brug twee maanden",
           "De brug over de rivier gaat twee maanden dicht, maakte de gemeente maandagochtend bekend.",
           "De werkzaamheden beginnen in maart en duren tot het begin van de zomer als het weer meezit.",
           "Bewoners rijden via de brug verderop en de bussen krijgen een andere route."],
    "pl": ["Most zamknięty na dwa miesiące",
           "Most na rzece zostanie zamknięty na dwa miesiące, poinformował w poniedziałek urząd miasta.",
           "Remont rozpocznie się w marcu i potrwa do początku lata, jeśli pogoda na to pozwoli.",
           "Mieszkańcy pojadą objazdem przez sąsiedni most, a autobusy zmienią trasy."],
    "el": ["Κλείνει η γέφυρα για δύο μήνες",
           "Η γέφυρα του ποταμού θα κλείσει για δύο μήνες, ανακοίνωσε τη Δευτέρα ο δήμος της πόλης.",
           "Οι εργασίες θα ξεκινήσουν τον Μάρτιο και θα τελειώσουν στις αρχές του καλοκαιριού.",
           "Οι κάτοικοι θα χρησιμοποιούν τη γειτονική γέφυρα και τα λεωφορεία θα αλλάξουν δρομολόγια."],
    "ru": ["Мост закроют на два месяца",
           "Мост через реку закроют на два месяца, сообщили в мэрии в понедельник утром.",
           "Ремонт начнётся в марте и закончится в начале лета, если позволит погода.",
           "Жителям предложат объезд по соседнему мосту, а автобусы изменят маршруты."],
    "uk": ["Міст закриють на два місяці",
           "Міст через річку закриють на два місяці, повідомили в міськраді в понеділок вранці.",
           "Ремонт почнеться в березні й завершиться на початку літа, якщо дозволить погода.",
           "Мешканцям запропонують об'їзд сусіднім мостом, а автобуси змінять маршрути."],
    "zh": ["大桥封闭两个月",
           "市政府星期一上午宣布，河上的大桥将封闭两个月进行维修。",
           "工程将于三月开始，如果天气允许，预计在初夏结束。",
           "附近居民可以绕行邻近的桥梁，公交线路也将相应调整。"],
}


def removed_by(result, rule_id: str) -> list[str]:
    """The lines a result's audit says ``rule_id`` removed, in order."""
    return [r.text for r in result.removals if r.rule_id == rule_id]


# A short news story the attack tests put chrome around: what must come out whole.
FERRY_STORY = [
    "Harbour town opens its new ferry terminal",
    "The new terminal on the east quay opened on Monday, two years after the old shed burned down.",
    "Ferries to the islands will leave every hour in the summer, and every two hours in the winter.",
    "The harbour master said the waiting room would stay open until the last boat came in at night.",
]


# The ferry story with a fifth paragraph: the text the rule-set tests of a story's foot put chrome under.
HARBOUR_STORY = [
    *FERRY_STORY,
    "Local shops have been given the stalls along the quay for the first season, rent free.",
]


# A three-line story the rule-set tests of a page's head put chrome above.
STORM_FERRY_STORY = [
    "Ferry service to the island resumes after the storm",
    "The first boat left the harbour at six on Monday, an hour late, with forty passengers aboard.",
    "The captain said the crossing was the roughest of the year, and the next boat leaves at noon.",
]


def rules_by_line(result) -> dict[str, str]:
    """Each removed line's text (stripped) with the id of the rule that removed it."""
    return {r.text.strip(): r.rule_id for r in result.removals}


def inside_harbour_story(line: str) -> list[str]:
    """``line`` set between the harbour story's second and third paragraphs (under its headline)."""
    return [*HARBOUR_STORY[:3], line, *HARBOUR_STORY[3:]]


def as_text(lines: list[str]) -> str:
    """The lines as one text, as clean_lines gives them to the Cleaner."""
    return "\n".join(lines) + "\n"


def kept_and_rules(lines: list[str], lang: str = "en") -> tuple[list[str], set[str]]:
    """The lines a fresh Cleaner keeps of these lines as one text, and the ids of the rules that removed."""
    result = clean_lines(lines, lang)
    return result.text.splitlines(), {r.rule_id for r in result.removals}


def clean_lines(lines: list[str], lang: str = "en"):
    """A fresh Cleaner's result for these lines as one text."""
    from cleaner import Cleaner

    return Cleaner().clean("\n".join(lines) + "\n", lang=lang)


def clean_lines_twice(lines: list[str], lang: str = "en"):
    """``clean_lines``'s result, checked to change nothing when cleaned again."""
    result = clean_lines(lines, lang)
    assert clean_lines(result.text.splitlines(), lang).text == result.text
    return result


def assert_lines_kept_whole(lines: list[str], lang: str = "en") -> None:
    """Nothing of ``lines`` removed by a fresh Cleaner, and cleaning the output again changes nothing."""
    result = clean_lines_twice(lines, lang)
    assert [(r.rule_id, r.text) for r in result.removals] == []
    assert result.text == "\n".join(lines) + "\n"


def assert_lines_stay(lines: list[str], attacked: list[str]) -> None:
    """Each of ``attacked`` stays when ``lines`` are cleaned as one text, and cleaning the result again
    changes nothing (an attack's text written with a rule's words)."""
    result = clean_lines(lines)
    kept = result.text.splitlines()
    for line in attacked:
        assert line in kept, (line, [(r.rule_id, r.text) for r in result.removals])
    assert clean_lines(kept).text == result.text


def assert_removed_by(lines: list[str], rule_id: str, chrome: list[str]) -> None:
    """Cleaning ``lines`` as one text, ``rule_id`` removes exactly ``chrome``, and cleaning the result
    again changes nothing."""
    result = clean_lines(lines)
    assert removed_by(result, rule_id) == chrome
    assert clean_lines(result.text.splitlines()).text == result.text


def assert_goes_under_story(story: list[str], line: str, rule_id: str, lang: str) -> None:
    """``line`` put under ``story`` is removed by ``rule_id`` alone, and the story stays whole."""
    result = clean_lines([*story, line], lang)
    assert result.text == "\n".join(story) + "\n", line
    assert [r.rule_id for r in result.removals] == [rule_id], line


def assert_stays_in_story(story: list[str], line: str, lang: str) -> None:
    """``line`` stays both under the story's first paragraph and under its last."""
    for text in ([story[0], line, *story[1:]], [*story, line]):
        assert clean_lines(text, lang).text == "\n".join(text) + "\n", line


def assert_kept_whole(cleaner, lang: str, lines: list[str]) -> None:
    """Nothing of ``lines`` removed, and cleaning the output again changes nothing more."""
    text = "\n".join(lines) + "\n"
    result = cleaner.clean(text, lang=lang)
    assert [(r.rule_id, r.text) for r in result.removals] == []
    assert result.text == text
    assert cleaner.clean(result.text, lang=lang).text == result.text


@pytest.fixture(scope="session")
def cleaner_obj():
    from cleaner import Cleaner

    return Cleaner()


@pytest.fixture()
def work(tmp_path, monkeypatch):
    """A temporary folder made the working folder and a repository's root (configuration
    discovery stops there), for `cleaner fix` run in the process."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    return tmp_path


# A bound against a hang, not a speed test: on a loaded machine (tests on every core beside other
# jobs) `cleaner learn` or `rules test` in a child took over 120 s.
CHILD_TIMEOUT = 600


def run_cli(*args, input_bytes=None, cwd=None, env=None):
    """The real command line, in a child process, as a user runs it."""
    return subprocess.run(_command(args), input=input_bytes, capture_output=True, cwd=cwd, timeout=CHILD_TIMEOUT,
                          env=env)


def start_cli(*args, **popen):
    """The command line started in a child process, to be signalled: Ctrl-C works in it
    however the tests were started (a shell gives a command it runs in the background
    SIGINT ignored, and the child would inherit that and run to its end)."""
    import signal

    return subprocess.Popen(_command(args), preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
                            **popen)


def _command(args) -> list[str]:
    return [sys.executable, "-m", "cleaner", *map(str, args)]


def write_rules(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path
