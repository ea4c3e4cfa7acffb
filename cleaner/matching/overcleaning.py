"""The guard against over-cleaning: a document the rules would mostly remove is left as it was.

Rules that misread a document (a story taken for a menu, a chapter for a tail of chrome)
remove most of it at once. A cleaning that would remove more than the limit's share of the
text is undone whole, with a notice naming the rule that would have removed most.
"""

from __future__ import annotations

from ..document import Document, Line, Notice
from ..text.lines import fold_spaces
from ..text.prose import TailShape, is_prose

# Families whose removals the guard does not weigh: copies of kept lines, removals proven by
# their own structure (a comment thread's units, a ticker's stamps, a round-up's credits, a box
# the page sets apart),
# and dividers left between removed lines (punctuation only: they say nothing).
UNWEIGHED = frozenset({"duplicate", "thread", "page_box", "ticker", "roundup", "divider"})


def guard_against_overcleaning(doc: Document, limit: float, shape: TailShape = TailShape(),
                               bound: bool = True) -> None:
    """``bound=False`` is the plain version: the removals weighed (each line read as prose or not)
    in every document, not only in those whose weighable removals together pass the limit."""
    total = sum(len(line.text.strip()) for line in doc.lines)
    if bound and not _may_pass(doc, total, limit):
        return
    # Those proven apart are often longer than the article they stand beside, and the article
    # is what the guard protects.
    removed = _weighed(doc, shape)
    if not removed:
        return
    taken = sum(len(r.text.strip()) for r in removed)
    if not total or taken / total <= limit or limit >= 1:
        return
    by_rule: dict[tuple[str, str], int] = {}
    for removal in removed:
        key = (removal.rule_id, removal.rule_file)
        by_rule[key] = by_rule.get(key, 0) + len(removal.text.strip())
    (rule_id, rule_file), _ = max(by_rule.items(), key=lambda item: (item[1], item[0]))
    # Everything goes back, duplicates included: a half-undone cleaning would not be a
    # fixed point, and cleaning the output again would remove more.
    for line in doc.lines:
        line.removed_by = None
    doc.notices.append(Notice("suspicious", 0, f"rules would remove {taken / total:.0%} of the document, most of it "
                              f"by {rule_id} [{rule_file}]; left as it was (raise --max-removal above {limit:g} "
                              "to accept)"))


def _may_pass(doc: Document, total: int, limit: float) -> bool:
    """Whether every removal of a weighed family, counted whatever its place, passes the limit: the
    removals _weighed keeps are some of these, so below it they cannot pass, and no line need be
    read as prose: most documents are told so by their removals' lengths alone."""
    if limit >= 1 or not total:
        return False
    taken = sum(len(line.removed_by.text.strip()) for line in doc.lines
                if line.removed_by is not None and line.removed_by.family not in UNWEIGHED)
    return taken / total > limit


def _weighed(doc: Document, shape: TailShape) -> list:
    """The removals the guard weighs. A misreading takes the text's prose: a story read as a menu,
    a chapter cut as a tail. Where paragraphs of prose stay, a line removed above the first of
    them or below the last that is no prose itself is the page round a short article (its menus,
    boxes of headlines, buttons) and is not weighed: the rules take such lines whatever share of
    the page they make, and counting them gave a post of three paragraphs its site's menus back."""
    prose = [i for i, line in enumerate(doc.lines) if line.removed_by is None and _prose(line, shape)]
    # Below the last paragraph, the lines go unweighed only under two paragraphs or more, the last
    # not announcing them with a colon: one kept sentence may be the introduction of a list a rule
    # misread ("The group chose these books for its season."), and it proves no article. Under one
    # sentence they go unweighed too when rules of _FOOT_FAMILIES families or more took them: a
    # misread list is one family's mistake, a page's foot is boxes of several kinds (a shop's
    # prompts, a menu, a blog's footer).
    below = bool(prose) and not doc.lines[prose[-1]].text.rstrip().endswith(":") and (
        len(prose) >= 2 or len(_families_below(doc, prose[-1])) >= _FOOT_FAMILIES)
    return [line.removed_by for i, line in enumerate(doc.lines)
            if line.removed_by is not None and line.removed_by.family not in UNWEIGHED
            and (not prose or prose[0] < i < prose[-1] or (i > prose[-1] and not below)
                 or _prose(line, shape))]


# Families of weighed removals below a short text's one paragraph that make them its page's foot.
_FOOT_FAMILIES = 3


def _families_below(doc: Document, last: int) -> set[str]:
    return {line.removed_by.family for line in doc.lines[last + 1:]
            if line.removed_by is not None and line.removed_by.family is not None
            and line.removed_by.family not in UNWEIGHED}


def _prose(line: Line, shape: TailShape) -> bool:
    return bool(line.text.strip()) and is_prose(fold_spaces(line.text), shape)
