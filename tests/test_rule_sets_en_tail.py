"""English chrome after the article's end that tells itself by its own shape (rules/en-tail.yaml): a
Twitter feed's lines, a blog's recent comments, a call to the advertising office, a feed link, a link
to the index. Under the story they go; the same lines inside the story, and the story's own
closing parts, stay. Every text here is written for the test."""

from conftest import HARBOUR_STORY, as_text, clean_lines, inside_harbour_story, rules_by_line


def test_a_twitter_feeds_lines_under_the_story_go():
    feed = [
        "- Ferry fares to rise in May, council says --> http://t.co/Ab12Cd34",
        "- Lifeboat crew honoured at the town hall --> http://t.co/Zx98Yw76",
    ]
    result = clean_lines([*HARBOUR_STORY, *feed])
    assert result.text == as_text(HARBOUR_STORY)
    assert set(rules_by_line(result).values()) == {"en-tail-tweet-line"}


def test_a_tweet_line_inside_the_story_stays():
    lines = inside_harbour_story("Ferry timetable for the summer --> http://t.co/Ab12Cd34")
    assert clean_lines(lines).text == as_text(lines)


def test_a_blogs_recent_comments_under_the_post_go():
    box = [
        "- by Marta on Ten Walks Along the Northern Coast",
        "- by harbourfan on Why the Ferry Is Always Late",
        "- by Tom on “Gulls of the East Quay”",
    ]
    result = clean_lines([*HARBOUR_STORY, *box])
    assert result.text == as_text(HARBOUR_STORY)
    assert set(rules_by_line(result).values()) == {"en-tail-recent-comment"}


def test_a_programmes_speakers_and_a_timetables_days_stay():
    talks = [
        *HARBOUR_STORY,
        "Talks at the harbour museum this winter:",
        "- by Ann Lee on Harbour Birds of the North",
        "- by Tom Price on The Lighthouse Keepers",
    ]
    assert clean_lines(talks).text == as_text(talks)
    days = [*HARBOUR_STORY, "- by Ann Lee on Monday evenings", "- by train on Sundays, the first at nine"]
    assert clean_lines(days).text == as_text(days)


def test_a_sites_foot_of_calls_and_links_goes():
    foot = [
        "Contact our advertising department for rates and sponsorship on the Valley Courier.",
        "RSS Feed for Harbour Council News Releases",
        "Read our Blog: Tide Talk",
        "See more harbournews.com stories on Newsfeed.com",
        "Harbour Notes Home Page | Feedback? Email the Editor",
        "Instructions for printing this story",
    ]
    result = clean_lines([*HARBOUR_STORY, *foot])
    assert result.text == as_text(HARBOUR_STORY)
    removed = rules_by_line(result)
    assert removed[foot[0]] == "en-tail-advertising-contact"
    assert removed[foot[1]] == "en-tail-feed-link"
    assert removed[foot[5]] == "en-tail-print-instructions"


def test_a_link_to_the_sites_index_goes_and_a_guides_step_stays():
    links = ["To the tide tables menu . . .", "→ Go to the Index of the Tide Project"]
    result = clean_lines([*HARBOUR_STORY, *links])
    assert result.text == as_text(HARBOUR_STORY)
    assert set(rules_by_line(result).values()) == {"en-tail-back-to-index"}
    step = [*HARBOUR_STORY, "Go to the menu and choose a dessert."]
    assert clean_lines(step).text == as_text(step)
    inside = inside_harbour_story("To the tide tables menu . . .")
    assert clean_lines(inside).text == as_text(inside)


def test_a_blogs_calls_to_join_and_sign_up_go():
    calls = [
        "Join over 12,000 monthly readers! Subscribe to the free Tide Notes newsletter.",
        "Sign up for Harbourwire Free!",
        "30% off Valley Courier home delivery. Subscribe today!",
        "» read full story",
    ]
    result = clean_lines([*HARBOUR_STORY, *calls])
    assert result.text == as_text(HARBOUR_STORY)
    assert rules_by_line(result)[calls[0]] == "en-tail-join-readers"
    assert rules_by_line(result)[calls[1]] == "en-tail-free-signup"


def test_a_mailed_storys_note_and_a_one_line_ad_go():
    lines = [
        "Hi, I found this comment on Tide Times and thought you would be interested in seeing it.",
        "HARBOURSOFT - Rated #1 Tide Software.",
        "Do not post:",
    ]
    result = clean_lines([*HARBOUR_STORY, *lines])
    assert result.text == as_text(HARBOUR_STORY)
    assert rules_by_line(result)[lines[1]] == "en-tail-rated-ad"


def test_the_storys_own_closing_parts_stay():
    closing = [
        *HARBOUR_STORY,
        "Notes",
        "1. The old shed was built in 1911 and burned down two years ago.",
        "Our ferry - rated #1 by readers in 2019 - runs all winter.",
        "With thanks to the harbour master for the photographs.",
        "P.S. Do not post your tickets back: the office keeps no record of them.",
        "Contact our advertising team, the manager said, and you will wait a week for a reply.",
        "Sincerely,",
        "Ann Lee",
    ]
    assert clean_lines(closing).text == as_text(closing)


def test_recent_comments_on_titles_opening_on_the_or_a_number_go():
    box = [
        "- by Tom Reed on The Year the Pier Washed Away",
        "- by quaywatch on 7 Walks for a Windy Day",
    ]
    result = clean_lines([*HARBOUR_STORY, *box])
    assert result.text == as_text(HARBOUR_STORY)
    assert set(rules_by_line(result).values()) == {"en-tail-recent-comment"}


def test_a_date_or_the_ferry_after_by_and_on_stays():
    lines = [*HARBOUR_STORY, "- by Ann Lee on 12 May, at the harbour office", "- by the ferry on the last crossing of the day"]
    assert clean_lines(lines).text == as_text(lines)


def test_a_feeds_notes_under_a_reprinted_story_go():
    foot = [
        "Our online paper publishes local news stories daily.",
        "Copyright, respective writer or news agency",
        "Real-time quotes reflect trades on one exchange only; other quotes are delayed at least 20 minutes.",
        "Came straight to this page? Visit harbournews.example for all the latest news.",
        "LIGHTHOUSE! SHARE ME on TWITTER! http://bit.ly/Ab12Cd",
    ]
    result = clean_lines([*HARBOUR_STORY, *foot])
    assert result.text == as_text(HARBOUR_STORY)
    assert set(rules_by_line(result).values()) == {
        "en-tail-network-self-description", "en-tail-copyright-respective", "en-tail-quote-delay-notice",
        "en-tail-came-straight-here", "en-tail-share-me-prompt"}


def test_a_business_storys_closing_sentences_on_quotes_and_copyright_stay():
    closing = [
        *HARBOUR_STORY,
        "Quotes are delayed, the broker admitted, and the screens in the hall show yesterday's prices.",
        "The copyright of each photograph stays with its respective owner.",
        "Our online paper publishes local news stories daily, and the printed one twice a week, the editor said.",
    ]
    assert clean_lines(closing).text == as_text(closing)
