"""The twenty-eighth round's attack on its new and widened rules: the box words recommend, donate (and
their forms), outbrain and taboola; the thanks-for-support and in-your-inbox shapes of
en-reader-support-appeal and en-inbox-delivery-call; zh-copyright's notice of a platform that only
stores what its users upload. A story's own parts named with those words (a blood drive's list of
where to give, a doctor's advice, a buying guide's cards, a review's verdict, a quote) and sentences
of a story, a plaque, a how-to or a court report using the appeal's words stay; the chrome the rules
were written for still goes, and cleaning twice gives what cleaning once gave. Every text and page is
written for the test."""

import pytest

from cleaner import Cleaner
from conftest import clean_lines, removed_by

DRIVE = [
    "The hall smelled of coffee and antiseptic by eight in the morning, and the queue already reached the car park.",
    "Nurses from the regional service set up twelve beds along the wall under the old school banners.",
    "Organisers said the town had not seen a turnout like it since the floods, when hundreds came to help.",
    "A retired postman, who has given blood more than ninety times, brought his granddaughter along.",
    "She was nervous, she admitted, but the staff talked her through every step and gave her tea afterwards.",
    "Stocks of some blood types fall every winter, when fewer people keep their appointments because of colds.",
    "The service hopes that a second session in March will bring in the donors it missed this time.",
]


def drive_page(box: str, at: int = 4) -> str:
    """A local paper's story of a blood drive with ``box`` after its paragraph number ``at``."""
    paragraphs = [f"<p>{p}</p>" for p in DRIVE]
    body = "\n".join(paragraphs[:at] + [box] + paragraphs[at:])
    return ('<!DOCTYPE html><html lang="en"><head><title>Hundreds queue to give blood</title></head><body>'
            '<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>'
            f'<main><article class="story"><h1>Hundreds queue to give blood</h1>\n{body}\n</article></main>'
            '<footer><p>Copyright 2026 The Valley Courier</p></footer></body></html>')


STORY_PARTS = {
    "donate-info": '<section class="donate-info"><h2>Where to give next</h2><ul><li>The library, every first '
                   'Monday from ten until four.</li><li>The sports centre, on the last Saturday of each month.</li>'
                   '<li>Bring a photo card and eat a good breakfast first.</li></ul></section>',
    "donation-facts": '<div class="donation-facts"><h3>What one visit does</h3><p>A single bag can help up to '
                      'three patients.</p><p>Platelets keep for a week only, so they are always short.</p></div>',
    "recommendations": '<aside class="recommendations"><h3>The nurse\'s advice</h3><ul><li>Drink an extra pint of '
                       'water before you go.</li><li>Skip heavy lifting for the rest of the day.</li></ul></aside>',
    "recommend": '<blockquote class="recommend">We recommend that every healthy adult gives twice a year, the '
                 'service\'s medical director said.</blockquote>',
    "product-recommendation": '<div class="product-recommendation"><h3>Best travel flask</h3><p>It keeps tea hot '
                              'for a whole shift.</p></div><div class="product-recommendation"><h3>Best folding '
                              'chair</h3><p>Light enough for the queue.</p></div>',
    "recommendation-box": '<div class="recommendation-box"><p><strong>Verdict:</strong> Go, and take a friend.</p>'
                          '<p>Rating: four out of five.</p></div>',
}


@pytest.mark.parametrize("name", sorted(STORY_PARTS))
def test_a_story_s_own_part_named_with_the_box_words_stays(name):
    # Set between the story's paragraphs, the part is the story's: the site's picks and appeals stand
    # above or below it.
    result = Cleaner().clean_html(drive_page(STORY_PARTS[name]))
    assert removed_by(result, "page-promo-box") == [] and removed_by(result, "page-chrome-section") == [], name
    assert all(p in result.text for p in DRIVE)
    assert Cleaner().clean(result.text, lang="en").text == result.text


@pytest.mark.parametrize("name", ["promo-box", "OUTBRAIN", "TABOOLA"])
def test_a_box_of_the_network_or_promo_words_below_the_story_still_goes(name):
    box = (f'<div class="{name}"><h3>Before you go</h3><p>Chip in five pounds a month</p>'
           '<p>Pick of the week for you</p></div>')
    result = Cleaner().clean_html(drive_page(box, at=len(DRIVE)))
    assert removed_by(result, "page-promo-box") == ["Before you go", "Chip in five pounds a month",
                                                    "Pick of the week for you"], name
    assert all(p in result.text for p in DRIVE)


@pytest.mark.parametrize("name", ["donate-info", "donation-facts", "recommendations", "recommendation-box"])
def test_a_story_s_own_part_named_recommend_or_donate_stays_at_its_end_too(name):
    # review28: a review's closing verdict or a blood drive's list of where to give, the story's last
    # element, named as a site's picks or appeals are; no page rule reads those words.
    result = Cleaner().clean_html(drive_page(STORY_PARTS[name], at=len(DRIVE)))
    assert removed_by(result, "page-promo-box") == [] and removed_by(result, "page-chrome-section") == [], name
    assert all(p in result.text for p in DRIVE)
    assert Cleaner().clean(result.text, lang="en").text == result.text


# Sentences of a story, a plaque, a how-to or a court report using the appeal's words.
EN_KEPT = [
    (["Your support is vital to us.",
      "The coach said little else after the final whistle, and the players walked over to applaud the away fans."],
     "Your support is vital to us."),
    (["How to help at a food bank", "Ring ahead and ask which days need the most hands.",
      "Bring closed shoes and a water bottle.", "Your donations are essential to our work.",
      "Those words are painted above the loading dock, and the helpers read them every morning."],
     "Your donations are essential to our work."),
    (["The mural on the side of the library took three summers to finish.",
      "A small plaque beneath it names no painter at all.",
      "This work was made possible by the generosity of people like you."],
     "This work was made possible by the generosity of people like you."),
    (["The newsletter that started it all",
      "In 2014, two reporters in a rented flat wrote a single line on their sign-up page.",
      "Get the morning headlines in your inbox.",
      "Nine years later, their company employs three hundred people."],
     "Get the morning headlines in your inbox."),
    (["How to follow a parcel without an app", "Find the tracking number on your receipt.",
      "Get daily updates in your inbox.", "Check the map on the day it arrives."],
     "Get daily updates in your inbox."),
]


@pytest.mark.parametrize("lines,line", EN_KEPT)
def test_a_story_s_line_with_the_appeal_s_words_stays(lines, line):
    result = clean_lines(lines)
    assert line in result.text.splitlines()
    assert clean_lines(result.text.splitlines()).text == result.text


@pytest.mark.parametrize("line,rule", [
    ("Your continued support is essential in letting us commission the next long essay.", "en-reader-support-appeal"),
    ("This report was made possible by the generosity of members like you. Give to the Harbour Gazette now.",
     "en-reader-support-appeal"),
    ("Get daily headlines in your inbox and read them at your leisure.", "en-inbox-delivery-call"),
])
def test_the_appeal_itself_still_goes(line, rule):
    lines = ["The harbour reopens", "The harbour reopened on Monday after a winter of repairs to its walls.",
             "Fishing boats were the first to sail out, the harbour master said.", line]
    assert removed_by(clean_lines(lines), rule) == [line]


ZH_STORY = ["昨日，一家互联网法院对一起短视频侵权案作出一审判决。", "原告称，有用户未经许可上传了其拍摄的纪录片。"]


@pytest.mark.parametrize("line", [
    "被告方声明：本平台仅提供信息存储服务，已在收到通知当天删除了那段录像。",
    "学者声明：平台仅提供信息存储服务并不等于可以对侵权视而不见。",
    "该公司声明：网站仅提供信息存储空间，文章均由用户自行上传。",
])
def test_a_court_story_s_line_on_a_platform_s_notice_stays(line):
    lines = [*ZH_STORY, line, "法院认为，平台在接到通知后及时删除，不承担赔偿责任。"]
    result = clean_lines(lines, "zh")
    assert line in result.text.splitlines()


def test_the_platform_s_own_notice_still_goes():
    line = "特别声明：以上文字和照片为自媒体平台“某某号”作者上传，本平台仅提供信息存储服务。"
    assert removed_by(clean_lines([*ZH_STORY, "法院将在下月宣判。", line], "zh"), "zh-copyright") == [line]
