"""Tail markers ("Related stories", "Comments") against stories that say their words: in
dialogue, in quotes, as a question, as a heading; and the same markers over a tail of chrome."""

import pytest


# Stories that say a marker's words: in dialogue, in quotes, as a question, as a heading.
# The markers stand in the lower part of each text, where tail markers apply.
STORIES = {
    "en": """The Reading Group
Nobody could remember who had started the reading group, only that it met on Thursdays.
Ilse brought the coffee. Jonas brought the complaints, and a notebook for the minutes.
He held the notebook up and looked around the table.
Leave a comment?
— You may also like it, she said.
— You may also like
— Fine.
He wrote nothing.
""",
    "fr": """Le club de lecture
Personne ne se souvenait de qui avait fondé le club, seulement qu'il se réunissait le jeudi.
Ilse apportait le café, Jonas apportait ses plaintes et un carnet.
Il posa le carnet sur la table et regarda autour de lui.
« Laisser un commentaire ? »
— Vous aimerez peut-être aussi, dit-elle.
— Ver más
« Ver más »
Il ne répondit rien.
""",
    "es": """El club de lectura
Nadie recordaba quién había fundado el club, solo que se reunía los jueves.
Ilse traía el café; Jonas traía sus quejas y un cuaderno.
Dejó el cuaderno sobre la mesa y miró a su alrededor.
—Sin comentarios.
—¿Comentarios?
—Ver más.
«Ver más», leyó ella.
Nadie se rió.
""",
    "de": """Der Lesekreis
Niemand wusste mehr, wer den Lesekreis gegründet hatte, nur dass er donnerstags tagte.
Ilse brachte den Kaffee, Jonas brachte seine Klagen und ein Notizbuch.
Er legte das Notizbuch auf den Tisch und sah in die Runde.
„Keine Kommentare!“
– Kommentare?
»Ver más«
– Ver más.
Niemand lachte.
""",
    "ru": """Читательский клуб
Никто не помнил, кто основал клуб, знали только, что он собирается по четвергам.
Ильза приносила кофе, Йонас приносил жалобы и тетрадь.
Он положил тетрадь на стол и оглядел всех.
— Нет комментариев.
— Комментарии?
«Ver más»
— Ver más.
Никто не засмеялся.
""",
}


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_dialogue_saying_a_markers_words_stays(cleaner_obj, lang):
    result = cleaner_obj.clean(STORIES[lang], lang=lang)
    assert result.text == STORIES[lang] and not result.removals


def test_a_sentence_opening_with_a_comment_headings_words_stays(cleaner_obj):
    text = """Minutes of the Thursday meeting
The group discussed the second chapter for an hour.
Jonas objected to the translation, as he does every week.
Ilse proposed a vote, which nobody seconded.
No thoughts on the matter were shared…
Coffee: Ilse
Next book: The Castle
"""
    assert cleaner_obj.clean(text, lang="en").text == text


KAFKA = """The Reading Group
The reading group met in the back room of the library.
Each of them had brought a different book and a different complaint.
Jonas wanted to talk about Prague; Ilse wanted to talk about insects.
Nobody wanted to talk about the coffee.
3 thoughts on Kafka
The first was that he was funnier than anyone had told them at school.
The second was that his sentences were longer than they looked. Ilse read one aloud to prove it.
The third thought was Jonas's, and he kept it to himself until the walk home.
"""


def test_a_comment_heading_in_the_middle_of_a_story_stays(cleaner_obj):
    result = cleaner_obj.clean(KAFKA, lang="en")
    assert result.text == KAFKA and not result.removals


BRIDGE = """The new bridge
The council approved the new bridge on Monday after a long debate.
Work will start in the spring and last two years, the mayor said.
The old ferry will keep running until the bridge opens.
Tolls have not been decided yet, and the opposition wants none.
"""


@pytest.mark.parametrize("tail", [
    "You may also like\nFerry fares to rise in April\nHarbour office moves to the station\n",
    "3 thoughts on Kafka\nAnna\nMarch 3, 2024 at 9:15 am\nAbout time.\n",
    "3 thoughts on “The new bridge”\nAnna\nMarch 3, 2024 at 9:15 am\nAbout time.\nLeave a Comment\n",
    "Ver más\nLas tarifas del ferry suben en abril\nArchivé dans :\nÉquipe éditoriale\n"
    "Une équipe de journalistes de la côte. Nous écrivons sur les îles.\n",
])
def test_the_same_markers_before_a_tail_of_chrome_still_cut_it(cleaner_obj, tail):
    result = cleaner_obj.clean(BRIDGE + tail, lang="en")
    assert result.text == BRIDGE
    assert (result.removals[0].line, result.removals[0].marker_line) == (6, None)  # the marker, then its tail
    assert {r.rule_id for r in result.removals} <= {"related-tail-marker", "comment-count-heading", "comment-prompt"}
    assert cleaner_obj.clean(result.text, lang="en").text == result.text


def test_document_examples_of_a_marker_are_cleaned_not_matched():
    """A rule's example of several lines is a document: a keep example the marker would cut fails."""
    from cleaner.matching.selftest import check_rule
    from cleaner.rules.loader import parse_rule_file

    rule_file = """rules:
  - id: t-marker
    description: opens a tail of chrome
    family: related
    match: {phrase: More stories}
    action: drop_rest
    examples:
      drop: ["More stories", "Body one.\\nMore stories\\nOther headline\\n"]
      keep: ["More stories!", "Body one.\\nMore stories\\nA first paragraph. It goes on.\\nA second one. It ends.\\n",
             "Body one.\\nMore stories\\nOther headline\\n"]
"""
    rule = parse_rule_file(rule_file, "t.yaml", "t").rules[0]
    failures = check_rule(rule)
    assert [(f.kind, f.example) for f in failures] == [("keep", "Body one.\nMore stories\nOther headline\n")]
