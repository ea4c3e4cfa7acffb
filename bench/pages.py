"""News pages of a realistic weight for benchmarks: the fixture pages in a site's usual markup.

The fixture pages (fixtures/html) are a few kilobytes; the pages a crawl brings
weigh 50 to 150 KB, most of it scripts, styles, menus, link lists and footers
around the same article. ``heavy(page)`` puts a fixture page's body into such
markup, so that trafilatura's share and cleaner's share of the time are what
they would be on the web.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_SECTIONS = "World Politics Business Markets Technology Science Health Sport Culture Opinion Travel Food".split()
_WORDS = ("council minister river bridge school market village budget report election winter railway hospital "
          "museum festival harbour doctors teachers students factory airport weather climate energy").split()


def _links(rng: random.Random, count: int, prefix: str) -> str:
    items = []
    for i in range(count):
        words = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(2, 7))).capitalize()
        items.append(f'<li class="{prefix}-item"><a href="/{prefix}/{i}/{words.replace(" ", "-").lower()}" '
                     f'data-track="{prefix}-{i}">{words}</a></li>')
    return "<ul>" + "".join(items) + "</ul>"


def heavy(page: str, seed: int = 0) -> str:
    """The page's head and body inside the scripts, styles, menus and footers of a news site."""
    rng = random.Random(seed)
    head = re.search(r"<head[^>]*>(.*?)</head>", page, re.S | re.I)
    body = re.search(r"<body[^>]*>(.*?)</body>", page, re.S | re.I)
    head_html = head.group(1) if head else ""
    body_html = body.group(1) if body else page
    script = "window.dataLayer=window.dataLayer||[];" + "".join(
        f"function f{i}(a,b){{return a*{i}+b-{rng.randint(0, 999)};}}" for i in range(400))
    style = "".join(f".c{i}{{margin:{i % 9}px;padding:{i % 5}px;color:#{rng.randint(0, 0xFFFFFF):06x}}}"
                    for i in range(500))
    menu = "".join(f'<li><a href="/{s.lower()}">{s}</a>{_links(rng, 8, s.lower())}</li>' for s in _SECTIONS)
    return (
        f"<!DOCTYPE html><html><head>{head_html}<style>{style}</style><script>{script}</script>"
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle"}</script>'
        f"</head><body><header><nav class=\"main-menu\"><ul>{menu}</ul></nav></header>"
        f"<main><div class=\"container\"><div class=\"content\">{body_html}</div>"
        f"<aside class=\"sidebar\"><h3>Most read</h3>{_links(rng, 20, 'most-read')}"
        f"<h3>Latest</h3>{_links(rng, 30, 'latest')}</aside></div></main>"
        f"<footer><div class=\"footer-links\">{_links(rng, 60, 'footer')}</div>"
        f"<p>Registered office: 1 Example Street. Company number {rng.randint(10**6, 10**7)}.</p></footer>"
        f"<script>{script}</script></body></html>"
    )


def pages(copies: int = 1) -> list[str]:
    """Every fixture page, heavy, ``copies`` times (each copy with its own menus)."""
    fixtures = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures" / "html").glob("*.html"))]
    return [heavy(page, seed=i * 100 + n) for i in range(copies) for n, page in enumerate(fixtures)]
