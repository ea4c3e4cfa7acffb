"""The fifteenth round's rules for what stands under a story: a card issuer's offers, a notice
that the page needs a plug-in, the headings of video and featured boxes, teaser rows stamped
"N days ago", invitations to join in order to comment, offers of the site's headlines and of
reprints. Under a story they go; a story using the same words keeps them. Every text here is
written for the test."""

from cleaner import Cleaner

STORY = [
    "Harbour town opens its new ferry terminal",
    "The new terminal on the east quay opened on Monday, two years after the old shed burned down.",
    "Ferries to the islands will leave every hour in the summer, and every two hours in the winter.",
    "The harbour master said the waiting room would stay open until the last boat came in at night.",
    "Local shops have been given the stalls along the quay for the first season, rent free.",
    "The council will decide in the spring whether to build a second berth for the larger boats.",
]


def _clean(lines):
    return Cleaner().clean("\n".join(lines) + "\n", lang="en")


def test_the_foot_below_a_story_goes_and_the_story_stays():
    foot = [
        "Join HarbourTalk to comment on this post. Have an account? Log in",
        "Add Harbour headlines to your blog with our feed.",
        "Click to buy a reprint of this story.",
        "The forms below are PDF files. Get Adobe Reader to open them.",
        "Earn 3% cash back on groceries and 1% on everything else. No annual fee.",
        "0% intro APR until next spring, then a variable rate of 17.99%.",
    ]
    result = _clean([*STORY, *foot])
    assert result.text == "\n".join(STORY) + "\n"
    assert {r.rule_id for r in result.removals} == {
        "en-comment-join-prompt", "en-headline-feed-offer", "en-reprint-offer",
        "en-plugin-notice", "en-card-offer-copy"}


def test_a_box_of_videos_and_its_stamped_teasers_go():
    foot = [
        "Top Videos",
        "| 15 hrs ago | | Rovers hold on to win |",
        "| 3 days ago | | Lifeboat crew honoured at the quay |",
        "| 4 days ago | | School choir sings for the mayor |",
    ]
    result = _clean([*STORY, *foot])
    assert result.text == "\n".join(STORY) + "\n"
    assert "en-media-box-heading" in {r.rule_id for r in result.removals}


def test_a_guide_to_cards_keeps_its_own_offers():
    lines = [
        "Paying off the holiday bills",
        "Most families we spoke to put the holidays on a card and paid for it until the spring.",
        "The cheapest way out is to move the balance to a card with a low rate for a year or so.",
        "Balance transfers cost a fee of three per cent, so do the sums before you move anything.",
        "A cash back card pays you a little on every purchase, but its rate is usually higher.",
        "Earn cash back only if you clear the card every month; otherwise the interest eats it.",
        "Enjoy a 0% introductory rate while it lasts, but set a date to clear the debt before it ends.",
    ]
    assert _clean(lines).text == "\n".join(lines) + "\n"


def test_a_how_to_keeps_its_step_and_a_section_keeps_its_heading():
    lines = [
        "How to send the form to the council",
        "Fill in the form on the council's page, then save it to your computer before you print it.",
        "You will need Adobe Reader to open it.",
        "Sign the printed copy in ink and post it to the town hall before the end of the month.",
        "Latest photos",
        "The newest ones, from the October regatta, were taken by the junior members from the rescue boat.",
        "Reprints",
        "Articles in this newsletter may be copied by member clubs, as long as the source is named.",
    ]
    assert _clean(lines).text == "\n".join(lines) + "\n"


def test_the_same_words_in_sentences_stay():
    lines = [
        *STORY,
        "Click here to comment on this story, the sign on the old newsroom door said.",
        "Add local news to your site, the editor urged the club, and it did.",
        "Top videos of the year were all about cats, the survey found.",
        "Our quizzes run in Flash, and the library's computers have the Flash Player already. Ask at the desk.",
    ]
    assert _clean(lines).text == "\n".join(lines) + "\n"



def test_a_forum_s_foot_goes():
    foot = [
        "All times are UTC - 5 Hours [ DST ]",
        "Ferryman wrote: Nice photos of the quay... [more]",
    ]
    result = _clean([*STORY, *foot])
    assert result.text == "\n".join(STORY) + "\n"
    assert {r.rule_id for r in result.removals} == {"en-forum-timezone", "en-comment-excerpt-teaser"}
