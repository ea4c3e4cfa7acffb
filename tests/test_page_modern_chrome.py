"""Chrome of modern pages read by their elements (issue #19): a consent manager's layer with its long
paragraphs on each kind of cookie (page-consent-manager), and a Chinese story whose wrapper's class
holds an ad box's word inside a script's switch (page-ads), on pages written for these tests."""

import pytest

from cleaner import Cleaner
from conftest import FERRY_PIER_STORY, removed_by

STORY = FERRY_PIER_STORY

# A preference centre's paragraph is longer than any line a banner rule takes (page-consent-box: 60 words).
COOKIE_KINDS = [
    "These cookies let us count the visits to the harbour pages and see where our readers come from, "
    "so that we can measure how well each page works and make the slow ones faster. They tell us which "
    "pages are read the most and the least, and how visitors move around the site. All the information "
    "they collect is added up, and so it is anonymous to us.",
]


def page(*blocks: str) -> str:
    """The story, then ``blocks`` inside its element, as trafilatura lets such a layer through."""
    paragraphs = "\n".join(f"<p>{p}</p>" for p in STORY)
    return ('<!DOCTYPE html><html lang="en"><head><title>Kettleness pier to be rebuilt</title></head><body>'
            '<div class="site"><article class="story"><h1>Kettleness pier to be rebuilt</h1>\n'
            f"{paragraphs}\n" + "\n".join(blocks) + "\n</article></div></body></html>")


def consent_layer(name: str) -> str:
    kinds = "".join(f'<div class="category"><h4>Kind {i}</h4><p>{p}</p></div>'
                    for i, p in enumerate(COOKIE_KINDS, 1))
    return f'<div id="{name}"><div class="pc-centre"><h3>Your privacy choices</h3>{kinds}</div></div>'


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


@pytest.mark.parametrize("name", ["onetrust-consent-sdk", "CybotCookiebotDialog", "didomi-host"])
def test_a_consent_manager_s_layer_goes_with_its_long_paragraphs(cleaner, name):
    result = cleaner.clean_html(page(consent_layer(name)))
    assert removed_by(result, "page-consent-manager") == ["Your privacy choices", "Kind 1", *COOKIE_KINDS]
    assert all(p in result.text for p in STORY)


def test_a_story_in_an_element_named_after_a_consent_manager_stays(cleaner):
    # The element holding the story is the article's, whatever its class says.
    paragraphs = "\n".join(f"<p>{p}</p>" for p in STORY)
    html = ('<!DOCTYPE html><html lang="en"><head><title>Pier</title></head><body>'
            f'<div class="onetrust-review"><h1>Kettleness pier to be rebuilt</h1>\n{paragraphs}\n</div></body></html>')
    result = cleaner.clean_html(html)
    assert removed_by(result, "page-consent-manager") == []
    assert all(p in result.text for p in STORY)


# A class that switches a script's feature on or off ("enableBodyAdsCount") names a setting of the
# story's wrapper, not an ad box; a Chinese story's paragraphs, with no spaces, are no longer than a
# box's lines by their words, so nothing else would keep them.
ZH_STORY = [
    "市政府周一宣布，新的跨河大桥将于明年春天开工，预计两年后通车，总投资约四千万元，其中一半来自省里的专项资金。",
    "大桥将设两条电车轨道和一条自行车道，桥面两侧还有宽阔的人行道，方便市民在傍晚散步和欣赏河景。",
    "施工期间，河上的渡轮将照常运行，但部分码头的开放时间会有调整，具体安排将在下个月公布。",
    "不少居民表示，新桥通车后，从老城到河对岸的新区只需要十分钟，上班和上学都会方便很多。",
]
ZH_TEASERS = [f"第{i}条：本市今年夏天将新开放一座社区公园和一座图书馆分馆，欢迎市民前往参观" for i in range(1, 31)]


def test_a_chinese_story_in_a_wrapper_whose_flags_name_ads_stays(cleaner):
    story = "\n".join(f"<p>{p}</p>" for p in ZH_STORY)
    teasers = "\n".join(f"<p>{t}</p>" for t in ZH_TEASERS)
    html = ('<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>跨河大桥明年开工</title></head><body>'
            '<main><article class="story enableBodyAdsCount"><h1>跨河大桥明年开工</h1>\n'
            f'{story}\n</article>\n<div class="more-teasers">{teasers}</div></main></body></html>')
    result = cleaner.clean_html(html)
    assert removed_by(result, "page-ads") == []
    assert all(p in result.text for p in ZH_STORY)
