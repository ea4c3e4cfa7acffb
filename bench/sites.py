"""Synthetic web sites: pages of varied article text wrapped in a site's chrome.

Used by the tests of `cleaner learn` and by `python -m bench.learn_memory`.
Every page has its own article (sentences drawn from word lists with a seeded
generator, so no two pages share a paragraph) and the site's chrome: header
lines, a share row, "N comments" with a changing N, a related block whose
headlines vary, and a footer with a changing year. Each line is labelled.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

WORDS = {
    "en": ("council minister river bridge school market village budget plan report election winter farmers "
           "railway hospital museum festival harbour doctors teachers students factory airport".split(),
           "approved rejected announced delayed opened closed expanded reviewed funded discussed".split(),
           "on Monday|after a long debate|despite protests|for the first time|ahead of schedule|with little notice"
           .split("|")),
    "fr": ("conseil ministre rivière pont école marché village budget projet rapport élection hiver agriculteurs "
           "hôpital musée festival port médecins enseignants usine aéroport".split(),
           "a approuvé|a rejeté|a annoncé|a retardé|a ouvert|a fermé|a financé|a examiné".split("|"),
           "lundi|après un long débat|malgré les protestations|pour la première fois|sans préavis".split("|")),
    "es": ("consejo ministro río puente escuela mercado pueblo presupuesto plan informe elección invierno "
           "hospital museo festival puerto médicos profesores fábrica aeropuerto".split(),
           "aprobó|rechazó|anunció|retrasó|abrió|cerró|financió|revisó".split("|"),
           "el lunes|tras un largo debate|pese a las protestas|por primera vez|sin previo aviso".split("|")),
    "de": ("Rat Minister Fluss Brücke Schule Markt Dorf Haushalt Plan Bericht Wahl Winter Bauern Krankenhaus "
           "Museum Fest Hafen Ärzte Lehrer Fabrik Flughafen".split(),
           "genehmigte|lehnte ab|kündigte an|verschob|eröffnete|schloss|finanzierte|prüfte".split("|"),
           "am Montag|nach langer Debatte|trotz Protesten|zum ersten Mal|ohne Vorwarnung".split("|")),
}
CHROME = {
    "en": {"header": ["{name}", "Home | World | Business | Sport | Culture"],
           "share": "Share on Facebook · Share on X · Email", "comments": "{n} comments",
           "related": "Related articles", "footer": "© {year} {name}. All rights reserved.",
           "headline": "{Topic} plan {verb} in {place}"},
    "fr": {"header": ["{name}", "Accueil | Monde | Économie | Sport | Culture"],
           "share": "Partager sur Facebook · Partager sur X · E-mail", "comments": "{n} commentaires",
           "related": "Sur le même thème", "footer": "© {year} {name}. Tous droits réservés.",
           "headline": "Le projet {topic} {verb} à {place}"},
    "es": {"header": ["{name}", "Portada | Mundo | Economía | Deportes | Cultura"],
           "share": "Compartir en Facebook · Compartir en X · Correo", "comments": "{n} comentarios",
           "related": "Noticias del mismo tema", "footer": "© {year} {name}. Todos los derechos reservados.",
           "headline": "El plan de {topic} {verb} en {place}"},
    "de": {"header": ["{name}", "Startseite | Welt | Wirtschaft | Sport | Kultur"],
           "share": "Auf Facebook teilen · Auf X teilen · E-Mail", "comments": "{n} Kommentare",
           "related": "Weitere Artikel zum Thema", "footer": "© {year} {name}. Alle Rechte vorbehalten.",
           "headline": "{Topic}-Plan {verb} in {place}"},
}
PLACES = "Lyon Porto Graz Turku Gdansk Bilbao Aarhus Brno Cork Split Ghent Malmo".split()


@dataclass(frozen=True)
class SitePage:
    site: str
    url: str
    lines: list[tuple[str, bool]]  # (line, is_chrome)

    @property
    def text(self) -> str:
        return "\n".join(line for line, _ in self.lines)


def sentence(rng: random.Random, lang: str) -> str:
    nouns, verbs, tails = WORDS[lang]
    words = [rng.choice(nouns), rng.choice(verbs), "the" if lang == "en" else "", rng.choice(nouns),
             rng.choice(tails), f"{rng.randint(2, 990)}", rng.choice(nouns), rng.choice(nouns)]
    text = " ".join(w for w in words if w)
    return text[0].upper() + text[1:] + "."


def pages(site: str, lang: str, count: int, seed: int = 0, name: str | None = None):
    """``count`` pages of ``site`` in ``lang``, labelled line by line."""
    rng = random.Random(f"{site}-{seed}")
    chrome = CHROME[lang]
    name = name or site.split(".")[0].capitalize() + " Times"
    nouns, verbs, _ = WORDS[lang]
    for i in range(count):
        lines: list[tuple[str, bool]] = [(h.format(name=name), True) for h in chrome["header"]]
        title = f"{sentence(rng, lang)[:-1]} ({i})"
        lines.append((title, False))
        for _ in range(rng.randint(4, 9)):
            lines.append((" ".join(sentence(rng, lang) for _ in range(rng.randint(1, 3))), False))
        if rng.random() < 0.9:
            lines.append((chrome["share"], True))
        if rng.random() < 0.8:
            lines.append((chrome["comments"].format(n=rng.randint(0, 250)), True))
        lines.append((chrome["related"], True))
        for _ in range(3):
            topic = rng.choice(nouns)
            lines.append((chrome["headline"].format(topic=topic, Topic=topic.capitalize(), verb=rng.choice(verbs),
                                                    place=rng.choice(PLACES)), True))
        lines.append((chrome["footer"].format(year=rng.choice(range(2015, 2026)), name=name), True))
        yield SitePage(site, f"https://www.{site}/articles/{i}", lines)
