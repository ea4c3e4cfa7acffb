"""The twenty-second round's rules attacked with texts whose own words or shapes are the rules': an
article's list of what changes on one day and a release's notes, each line opening on the same
date; a song's recordings and a poem's first printings ("- by NAME on The ..."); a business story's
closing sentence on delayed quotes; a child's cry and a poem's last line asking to be shared; a
story quoting the first posts of a long numbered thread; a cipher's alphabet, a typeface's capitals
and a song's letters; a story and a guide about a coupon code; a radio programme's title; a club's
first paragraph about its mailing list; a story opening on an empty basket and a diary opening on
its day and hour. Each stays, and cleaning it twice gives what cleaning once gave; the chrome the
rules were written for still goes. Every text is written for the test."""

import pytest

from conftest import assert_lines_stay, assert_removed_by

STORY = [
    "Harbour town opens its new ferry terminal",
    "The new terminal on the east quay opened on Monday, two years after the old shed burned down in a winter storm.",
    "Ferries to the islands will leave every hour in the summer, and every two hours in the winter, the operator said.",
    "The harbour master said the waiting room would stay open until the last boat came in at night, whatever the weather.",
]
MARKET = [
    "Markets close lower as the harbour bank warns on profits",
    "Shares in the harbour bank fell by a tenth on Tuesday after it warned that profits would halve this year.",
    "The wider market closed lower, with shipping firms hit hardest by the news from the bank.",
]
CHANGES = ["01.01.2025: Minimum wage rises to 12 pounds an hour", "01.01.2025: Rail fares go up by five per cent",
           "01.01.2025: Bins collected every two weeks", "01.01.2025: New tax band for small shops"]

# Texts whose every line is the text's own: (the text's lines, the lines a rule of the round took on its branch).
KEPT = {
    "one day's changes between paragraphs": (
        ["What changes on New Year's Day",
         "Several new rules take effect at the start of the year, from wages to rail fares and bin collections.",
         *CHANGES, "The council said the bin changes would save it a million pounds a year."], CHANGES),
    "one day's changes under their own heading": (
        ["What changes on New Year's Day",
         "Several new rules take effect at the start of the year, from wages to rail fares and bin collections.",
         "The changes", *CHANGES, "What it costs",
         "The council said the bin changes would save it a million pounds a year, and the unions said they would cost jobs."],
        CHANGES),
    "one day's events closing the text": (
        [*STORY, "What happened on the day of the storm", "14/02/2023: Ferry services cancelled",
         "14/02/2023: Old shed on the east quay catches fire", "14/02/2023: Two fishing boats sink at their moorings",
         "14/02/2023: Harbour closed to all traffic"], ["14/02/2023: Ferry services cancelled"]),
    "a song's recordings": (
        ["The song that every band on the coast has recorded",
         "Written long ago by a ferryman, the song has been recorded more than forty times, most often by folk bands.",
         "The best-known versions are these.", "Recordings", "- by Ella Marsh on The Blue Harbour Album",
         "- by the Quay Street Quartet on The Night Ferry Sessions", "- by Tom Reed on 12 Songs of the Sea"],
        ["- by Ella Marsh on The Blue Harbour Album", "- by the Quay Street Quartet on The Night Ferry Sessions",
         "- by Tom Reed on 12 Songs of the Sea"]),
    "poems' first printings": (
        [*STORY, "Where the poems first appeared", "- by Anna Lee on The Back of a Ferry Ticket",
         "- by Tom Reed on The First Page of the Harbour News"], ["- by Anna Lee on The Back of a Ferry Ticket"]),
    "delayed quotes in a story's last sentence": (
        [*MARKET, "Quotes are delayed by at least 20 minutes on the free screens in the hall, the exchange said, "
                  "and traders were angry about it."],
        ["Quotes are delayed by at least 20 minutes on the free screens in the hall, the exchange said, "
         "and traders were angry about it."]),
    "a poem's last line": (
        ["The selfie speaks", "A poem by a schoolgirl, printed with her permission.",
         "Look at me, look at me, every morning at eight, I am ready for the world and the world will have to wait.",
         "Look at me! Share me on Facebook!"], ["Look at me! Share me on Facebook!"]),
    "a quoted thread's first posts": (
        ["A ferry captain's thread on the night of the storm",
         "A ferry captain wrote a long thread about the night of the storm, and it has been shared thousands of times.",
         "With his permission we print the first part of it here, as he wrote it.",
         "1/35 The wind came up at nine and did not drop until six in the morning",
         "2/35 We had forty passengers and two cars on board, and the ramp would not close",
         "3/35 The engineer said we could not turn back, so we went on to the island",
         "He has since been given an award by the ferry company for keeping everyone calm."],
        ["1/35 The wind came up at nine and did not drop until six in the morning"]),
    "a cipher's alphabets": (
        ["How the shift cipher works",
         "Each letter of the message is moved three places along the alphabet, so the two rows below line up.",
         "Plain: A B C D E F G H I J K L M N O P Q R S T U V W X Y Z",
         "Coded: D E F G H I J K L M N O P Q R S T U V W X Y Z A B C",
         "So the word BAD is written EDG, and the reader moves each letter back three places to read it."],
        ["Plain: A B C D E F G H I J K L M N O P Q R S T U V W X Y Z"]),
    "a typeface's capitals": (
        ["A new typeface for the harbour's signs",
         "The town has a new typeface for its street signs, drawn by a local designer to be read from a moving car.",
         "Capitals: A B C D E F G H I J K L M N O P Q R S T U V W X Y Z",
         "Small letters follow the same lines, and the figures are drawn wide so that a 3 never looks like an 8."],
        ["Capitals: A B C D E F G H I J K L M N O P Q R S T U V W X Y Z"]),
    "a coupon story": (
        ["Shop's coupon error costs it thousands",
         "A harbour gift shop lost thousands of pounds last week after a coupon meant for staff was posted online.",
         "The post told readers to take 50% off any order and to use code STAFF50 at checkout, and within hours "
         "the shop had sold out.", "The owner said she would honour the orders, but the code no longer works."],
        ["The post told readers to take 50% off any order and to use code STAFF50 at checkout, and within hours "
         "the shop had sold out."]),
    "a shop guide's step": (
        ["How to set up a discount for your online shop", "Most shop software lets you make a code in a few minutes.",
         "Tell your customers they save 10% when they use code WELCOME10 at checkout.",
         "Then check your orders the next day to see how many used it."],
        ["Tell your customers they save 10% when they use code WELCOME10 at checkout."]),
    "a listening guide": (
        ["What to listen to this week", "Our pick of the week's radio, from a new drama to an old favourite.",
         "From Our Own Correspondent",
         "Reporters around the world on the stories behind the news, this week from a harbour town in the north."],
        ["From Our Own Correspondent"]),
    "a club's first paragraph": (
        ["Harbour Sailing Club: new season",
         "Join our mailing list and you will never miss a regatta again, the club promises, though only forty "
         "of its members subscribe so far.", *STORY[1:3]],
        ["Join our mailing list and you will never miss a regatta again, the club promises, though only forty "
         "of its members subscribe so far."]),
    "a story opening on an empty basket": (
        ["Midnight shopping", "Your basket is empty.",
         "The screen said it in small grey letters, and Mara stared at it for a long time before she closed the laptop.",
         "She had been filling the basket for an hour, and now it was gone, and so was the money she had meant to spend."],
        ["Your basket is empty."]),
    "a diary's day and hour": (
        ["A week on the island", "Today is Sunday, 4 March 2007, 21:40",
         "The wind has been blowing all day, and the ferry did not come, so we are stuck here for another night at least.",
         *STORY[1:3]], ["Today is Sunday, 4 March 2007, 21:40"]),
}


@pytest.mark.parametrize("name", sorted(KEPT))
def test_the_texts_own_lines_stay(name):
    assert_lines_stay(*KEPT[name])


SLIDES = [f"- {k}/32 Harbour story number {k} The harbour board met again and argued about the fees for the "
          f"summer season." for k in range(1, 33)]
DAYS_BOX = ["07.05.2009: Ferry fares rise again", "07.05.2009: Lifeboat crew honoured", "07.05.2009: Pier reopens",
            "07.05.2009: Market moves to the quay"]

# The chrome each guarded rule was written for, in texts written like the pages it stands on.
CHROME = {
    "headline-ticker": ([*STORY, "Today on the harbour site", *DAYS_BOX, "Print this page | Email it"],
                        DAYS_BOX),
    "en-tail-recent-comment": ([*STORY, "- by harbourfan on The Year the Pier Washed Away",
                                "- by quaywatch on 7 Walks for a Windy Day"],
                               ["- by harbourfan on The Year the Pier Washed Away",
                                "- by quaywatch on 7 Walks for a Windy Day"]),
    "en-tail-quote-delay-notice": (
        [*MARKET, "Real-time quotes reflect trades on one exchange only; other quotes are delayed at least 20 minutes."],
        ["Real-time quotes reflect trades on one exchange only; other quotes are delayed at least 20 minutes."]),
    "en-tail-share-me-prompt": ([*STORY, "FERRY STRIKE! Share me on Facebook!"], ["FERRY STRIKE! Share me on Facebook!"]),
    "slideshow-counted-run": ([*STORY, *SLIDES], SLIDES),
    "en-alphabet-index-strip": ([*STORY, "Find a club by name: A B C D E F G H I J K L M N O P Q R S T U V W Y Z",
                                 "CAN'T FIND YOUR CLUB?"],
                                ["Find a club by name: A B C D E F G H I J K L M N O P Q R S T U V W Y Z"]),
    "en-coupon-code-ad": ([*STORY[:2], "Get $20 off your $120 order, plus free delivery! Use coupon code HIKE20 at "
                                       "checkout (some exclusions apply).", *STORY[2:]],
                          ["Get $20 off your $120 order, plus free delivery! Use coupon code HIKE20 at checkout "
                           "(some exclusions apply)."]),
}


@pytest.mark.parametrize("rule_id", sorted(CHROME))
def test_the_chrome_still_goes(rule_id):
    lines, chrome = CHROME[rule_id]
    assert_removed_by(lines, rule_id, chrome)
