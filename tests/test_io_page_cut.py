"""The flag of a page the parser cut short comes from the parse that made its tree: each thread
has its own parser, so a thread's nested page never loses its notice to another thread's flat
page, nor lends it one; and the notice says which of libxml2's limits cut the page (its nesting
depth, or a text longer than its buffer)."""

import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from cleaner import Cleaner
from cleaner.io.html import EXTRACTION_STEP, PAGE_CUT, PAGE_CUT_SIZE, cut_notice, extract, parse

STORY = "<p>The ferry to the northern islands runs twice a day in summer and once a day in winter.</p>"


def page(depth: int, inside: str = STORY) -> str:
    return ("<!DOCTYPE html><html><head><title>Ferry times</title></head><body>" + STORY
            + "<div>" * depth + inside + "</div>" * depth + "</body></html>")


NESTED, FLAT = page(400), page(20)


def test_the_flag_comes_with_the_tree():
    assert cut_notice(parse(NESTED).limit) == PAGE_CUT
    assert parse(FLAT).limit is None
    assert extract(NESTED).cut == PAGE_CUT and extract(FLAT).cut == ""


def test_two_threads_never_mix_their_flags():
    def cut(html: str) -> str:
        return cut_notice(parse(html).limit)

    pages = [NESTED, FLAT] * 200
    with ThreadPoolExecutor(2) as pool:
        flags = list(pool.map(cut, pages))
    assert flags == [PAGE_CUT, ""] * 200


def test_each_thread_s_parser_log_is_its_own_even_read_later():
    # With one parser for the process, its log read a moment after the parse mixed the flags
    # (261 of these 400 pages in one run); with one parser a thread, none.
    from cleaner.io.page_parser import _limit, _parser

    def cut_later(html: str) -> str:
        parse(html)
        time.sleep(0.0005)
        return cut_notice(_limit(_parser()))

    with ThreadPoolExecutor(2) as pool:
        flags = list(pool.map(cut_later, [NESTED, FLAT] * 200))
    assert flags == [PAGE_CUT, ""] * 200


def test_a_huge_text_node_is_said_by_its_size_not_its_depth():
    huge = "<p>" + "The tide tables for the coming week. " * 300_000 + "</p>"  # over libxml2's 10 MB
    result = Cleaner().clean_html(page(5, inside=huge))
    said = [n.message for n in result.notices if n.step == EXTRACTION_STEP]
    assert said and said[0].endswith(PAGE_CUT_SIZE)
    assert "255 levels" not in said[0]


@pytest.mark.parametrize("message, notice", [
    ("Excessive depth in document: 256, use XML_PARSE_HUGE option", PAGE_CUT),
    ("Resource limit exceeded: Buffer size limit exceeded, try XML_PARSE_HUGE", PAGE_CUT_SIZE),
    (None, ""),
])
def test_the_notice_is_worded_from_the_error(message, notice):
    assert cut_notice(message) == notice
