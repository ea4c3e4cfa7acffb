"""`cleaner fix` on files nobody wrote for it: what it must leave in a repository's text
files (drawings, word lists, code in manuals) while it still strips web chrome."""

from cleaner import Cleaner
from cleaner.cli.main import main
from cleaner.io.decode import decode
from cleaner.document import Document, Removal
from cleaner.matching.layout import keep_layout
from cleaner.fix_pipeline import fix_text
from cleaner.rules.keys import line_keys, not_a_label

CLEANER = Cleaner()

DRAWING = (
    "The two branches meet again at the merge commit:\n"
    "\n"
    "    +---------+        +---------+\n"
    "    |         |        |         |\n"
    "    |  topic  |        |  main   |\n"
    "    |         |        |         |\n"
    "    +---------+        +---------+\n"
    "         |                  |\n"
    "\t\t |\n"
    "         v                  v\n"
    "\n"
    "Both parents stay reachable from the merge.\n"
)


def test_a_drawing_keeps_its_empty_rows_and_posts():
    audit = fix_text(DRAWING, CLEANER)
    assert audit.text == DRAWING and not audit.changed
    layout = [n for n in audit.notices if n.step == "layout"]
    # Each letterless line a rule wanted is named in a notice, with the rule.
    assert layout and all("empty-table-row" in n.message for n in layout)
    assert {n.line for n in layout} >= {4, 6, 8, 9}


def test_an_extractors_empty_table_row_still_goes():
    page = "Title of the story\n\n| Home | News |\n|  |  | \nThe bridge opened on Monday after two years of work.\n"
    audit = fix_text(page, CLEANER)
    assert [r.rule_id for r in audit.removals] == ["empty-table-row"]
    assert "|  |  | " not in audit.text


def test_a_word_list_keeps_its_words():
    words = ["garden", "home", "river", "print", "search", "window", "email", "table", "stone", "light",
             "sponsored", "bread", "chair", "login", "paper", "music", "water", "green", "advertisement", "house"]
    text = "".join(word + "\n" for word in words)
    audit = fix_text(text, CLEANER)
    assert audit.text == text
    assert sum(n.step == "layout" for n in audit.notices) >= 5
    # A short menu in a page is no list: its chrome still goes.
    page = "Title of the story\n\nHome\nSearch\nThe bridge opened on Monday after two years of work.\n"
    assert "Search" not in fix_text(page, CLEANER).text


def test_code_and_wrapped_words_are_not_labels():
    for line in ("`HOME`::", "print()", "*search()*", "$HOME", ">>> email", ":print", "search.)", "archives.",
                 '"login": {', "home: [", "Search }"):
        assert not_a_label(line), line
        assert CLEANER.clean(f"Notes on the shell\n\n{line}\nThe next part explains why.\n").text.count(line) == 1
    for line in ("Print", "» Share this:", "Tags:", "(Print)", "Advertisement", "Read more...", "[Search]", "{Home}"):
        assert not not_a_label(line), line
    assert line_keys("» Share this:") == ("share this", "share this:")


def test_like_this_only_as_the_widget_writes_it():
    wrapped = ("The loop is easier to read when the condition comes first, written out\n"
               "like this:\n\n    while queue:\n        step()\n")
    assert fix_text(wrapped, CLEANER).text == wrapped
    page = "Title of the story\n\nThe bridge opened on Monday after two years of work.\n\nShare this:\nLike this:\n"
    assert "Like this:" not in CLEANER.clean(page).text


def test_an_entity_of_a_line_break_never_splits_a_line():
    # A catalogue's title with its subtitle joined by "&#13;": unescaped, the CR would
    # split the line, and a second run would read another text.
    text = "The Bridge&#13;A Comedy in Three Acts\n\nThe bridge opened on Monday after two years of work.\n"
    for entity in ("&#13;", "&#10;", "&#13;&#10;", "&#x2028;"):
        page = text.replace("&#13;", entity)
        cleaned = CLEANER.clean(page).text
        assert cleaned.startswith("The Bridge A Comedy in Three Acts\n"), entity
        assert CLEANER.clean(cleaned).text == cleaned
        fixed = fix_text(page, CLEANER)
        assert fixed.text.splitlines()[0] == "The Bridge A Comedy in Three Acts", entity
        assert "made a space" in fixed.fixes[0].detail
        assert fix_text(fixed.text, CLEANER).text == fixed.text


def test_text_mode_keeps_word_lists_and_drawings_and_stays_idempotent():
    words = "".join(f"{w}\n" for w in ("garden", "home", "river", "print", "search", "window", "email", "table",
                                        "stone", "light", "sponsored", "bread", "chair", "login", "paper", "music",
                                        "water", "green", "advertisement", "house"))
    result = CLEANER.clean(words)
    assert result.text == words
    # ("print" in lower case, line 4, is no print button at all: en-widget-print wants "Print".)
    assert {n.line for n in result.notices if n.step == "layout"} >= {2, 5}
    # clean folds spaces, so it reads a drawing by what folding keeps, its corners and
    # arrows: its output, cleaned again, keeps the same rows.
    once = CLEANER.clean(DRAWING)
    assert not once.removals and len(once.text.splitlines()) == len(DRAWING.splitlines())
    assert CLEANER.clean(once.text).text == once.text
    # Rows of bars in a page's table, with no drawing beside them, still go.
    table = "Title of the story\n\n| Home | News |\n|  |  | \n|  |  | \nThe bridge opened on Monday.\n"
    assert [r.rule_id for r in CLEANER.clean(table).removals] == ["empty-table-row"] * 2
    # An HTML page's lines are the page rules' business: the guard leaves a page's removals.
    page_words = "".join(f"{w}\n" for w in ("Home", "News", "Sport") * 8)
    for page, kept in ((None, True), ("page facts", False)):
        doc = Document.from_text(page_words, page=page)
        doc.lines[0].removed_by = Removal("en-site-links", "rules/en.yaml", 1, "Home")
        keep_layout(doc)
        assert (doc.lines[0].removed_by is None) == kept


def test_iso_2022_text_is_read_as_such_and_fix_leaves_it(tmp_path, capsys):
    # 7-bit ISO-2022-JP is valid UTF-8 to a decoder; read so, its escapes went as control
    # characters and the Japanese with them.
    sentence = "日本語の文章です。\n二行目もあります。\n"
    data = sentence.encode("iso2022_jp")
    assert data.isascii() and decode(data) == (sentence, "iso2022_jp_2")
    assert decode("한국어 문장입니다.\n".encode("iso2022_kr")) == ("한국어 문장입니다.\n", "iso2022_kr")
    # A terminal's escapes ("ESC ( B", "ESC [ m") are no ISO-2022 text: UTF-8 it stays.
    assert decode(b"done \x1b(B\x1b[m\n") == ("done \x1b(B\x1b[m\n", "utf-8")
    (tmp_path / ".git").mkdir()
    path = tmp_path / "letter.txt"
    path.write_bytes(data)
    assert main(["fix", str(path)]) == 2
    assert "iso2022_jp_2, not UTF-8" in capsys.readouterr().err
    assert path.read_bytes() == data


def test_a_chinese_story_is_no_word_list_and_a_chinese_vocabulary_is():
    # Chinese writes no spaces: a line of a story is one piece to split(), as a word is. The
    # story's chrome goes, in one pass (it used to stay, the story read as a list of words,
    # until a pass had removed enough other lines); a vocabulary list keeps its words.
    story = ["市政府周二宣布，三条最繁忙的电车线路将恢复夜间运营。", "调整字体：",
             *[f"第{n}段：交通部门预计，首个夏天每晚约有四千名乘客，多数是学生和上夜班的人。" for n in range(1, 19)],
             "文/记者王小明", "(内容由本社提供。未经授权，不得转载。)"]
    text = "".join(line + "\n" for line in story)
    once = CLEANER.clean(text, lang="zh-cn")
    assert {r.rule_id for r in once.removals} >= {"zh-widget", "zh-copyright"}
    assert not [n for n in once.notices if n.step == "layout"]
    assert CLEANER.clean(once.text, lang="zh-cn").text == once.text
    words = ["花园", "家", "河流", "打印", "搜索", "窗户", "邮件", "桌子", "石头", "光", "面包", "椅子", "登录", "纸",
             "音乐", "水", "绿色", "房子", "关闭", "分享到"]
    listed = "".join(word + "\n" for word in words)
    kept = CLEANER.clean(listed, lang="zh-cn")
    assert kept.text == listed and any(n.step == "layout" for n in kept.notices)
