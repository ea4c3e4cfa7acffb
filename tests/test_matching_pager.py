import pytest

from cleaner import Cleaner

STORY = "The council met on Tuesday and agreed on a plan that will take three years to complete."


def clean(text):
    return Cleaner().clean(text, lang="en")


def test_an_articles_pager_goes_with_its_words():
    text = f"Plans for the bridge\n\n{STORY}\n- 1\n- 2\nNext Page »\n"
    result = clean(text)
    assert result.text == f"Plans for the bridge\n\n{STORY}\n"
    assert result.removal_counts() == {"en-pager": 3}


def test_a_threads_pager_under_its_label_goes():
    pages = "\n".join(["[1]", *map(str, range(2, 9))])
    text = f"Bridge thread\nPages :\n{pages}\n{STORY}\n"
    result = clean(text)
    assert result.text == f"Bridge thread\n{STORY}\n"
    assert result.removal_counts() == {"en-pager": 9}


@pytest.mark.parametrize("text", [
    # A countdown runs down, and the word after it is the story's.
    f"Launch\n{STORY}\n3\n2\n1\nNext\n",
    # Numbers with no pager word beside them: a list's numbers, a table's column.
    f"Steps\n{STORY}\n1\n2\n3\nThe end of the list.\n",
    # A pager word beside numbers that do not count up by one.
    f"Scores\n{STORY}\n1\n4\n9\nNext\n",
    # One number is a footnote mark or a page reference, not a pager.
    f"Notes\n{STORY}\n1\nNext\n",
])
def test_numbers_that_are_no_pager_stay(text):
    assert clean(text).text == text
