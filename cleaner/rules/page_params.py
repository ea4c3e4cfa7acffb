"""The parameters of a page rule (matching.page_rules): which keys each page kind reads, and
their checks: words and element names in lower case, shares written "80%"."""

from __future__ import annotations

import regex

from .model import FAMILIES, KIND_FAMILIES, PAGE_KINDS, PROVEN_FAMILIES
from .yaml_fields import Context, construct, positive_int, strings

# The keys only the page rules read (matching.page_rules); min_lines is also menu_run's.
PAGE_KEYS = {"words", "menu_words", "heading_words", "unless_words", "unless_inside", "classes", "elements", "spare", "skip", "link_share", "max_held",
             "article_held", "page_share", "max_line_words", "where", "linked", "max_gap", "item_words",
             "thread_held", "taken", "unless_families", "part_lines", "item_lines", "unless_elements", "unless_prose"}
# What each page kind reads beside the keys every page rule may have (id, description, kind,
# family, max_words, min_lines): a key another page kind reads is refused on this one.
OUTSIDE_KEYS = {"where", "linked"}
BOX_KEYS = {"linked", "max_gap", "where"}
TEASER_KEYS = {"item_words"}
SECTION_KEYS = {"heading_words", "unless_words", "unless_inside", "where", "thread_held"}
REST_KEYS = {"taken", "unless_families", "part_lines", "item_lines", "unless_elements", "unless_prose", "where"}
LONE_KEYS = {"linked"}
_OWN_KEYS = (("page_outside", OUTSIDE_KEYS), ("page_link_box", BOX_KEYS), ("page_teaser_list", TEASER_KEYS),
             ("page_section", SECTION_KEYS), ("page_box_rest", REST_KEYS), ("page_lone_link", LONE_KEYS))


def page_params(ctx: Context, fields: dict, rule_id: str, kind: str) -> dict:
    """The parameters of a page rule: words and element names (lower case), shares ("80%")."""
    if kind not in PAGE_KINDS:
        for key in sorted(PAGE_KEYS & set(fields)):
            raise ctx.fail(fields[key][0], rule_id, f"{key} is for the page kinds ({', '.join(PAGE_KINDS)})")
        if "family" in fields:
            raise ctx.fail(fields["family"][0], rule_id, "family is for the page kinds")
        return {}
    params: dict = {}
    for key in ("words", "menu_words", "heading_words", "unless_words", "unless_inside", "elements", "spare", "skip", "item_words",
                "unless_elements"):
        if key in fields:
            values = strings(ctx, fields[key][1], rule_id, key)
            if not all(regex.fullmatch(r"[a-z0-9]+", v) for v in values):
                raise ctx.fail(fields[key][1], rule_id, f"{key} must be lower-case letters and digits")
            params[key] = frozenset(values)
    if "classes" in fields:  # whole class names: "sr-only", "screen-reader-text"
        values = strings(ctx, fields["classes"][1], rule_id, "classes")
        if not all(regex.fullmatch(r"[a-z0-9][a-z0-9_-]*", v) for v in values):
            raise ctx.fail(fields["classes"][1], rule_id, "classes must be lower-case class names (letters, digits, - and _)")
        params["classes"] = frozenset(values)
    if "max_line_words" in fields:
        params["max_line_words"] = positive_int(ctx, fields["max_line_words"][1], rule_id, "max_line_words")
    for key in sorted((OUTSIDE_KEYS | BOX_KEYS | TEASER_KEYS | SECTION_KEYS | REST_KEYS | LONE_KEYS) & set(fields)):
        if any(kind == name and key in keys for name, keys in _OWN_KEYS):
            continue
        kinds = [name for name, keys in _OWN_KEYS if key in keys]
        named = f"{', '.join(kinds[:-1])} and {kinds[-1]}" if len(kinds) > 1 else kinds[0]
        raise ctx.fail(fields[key][0], rule_id, f"{key} is for the {named} kind{'s' if len(kinds) > 1 else ''}")
    for key in ("max_gap", "part_lines", "item_lines", "unless_prose"):
        if key in fields:
            params[key] = positive_int(ctx, fields[key][1], rule_id, key)
    if "where" in fields:
        where = construct(fields["where"][1])
        if where not in ("after", "before", "outside"):
            raise ctx.fail(fields["where"][1], rule_id, f"where must be after, before or outside, not {where!r}")
        if where == "outside" and kind != "page_section":
            raise ctx.fail(fields["where"][1], rule_id, f"where: outside is for the page_section kind, not {kind}")
        if kind == "page_box_rest" and where != "after":
            raise ctx.fail(fields["where"][1], rule_id, f"a {kind} rule's where must be after, not {where!r}")
        params["where"] = where
    if "unless_families" in fields:
        # The families a removal may have: the rules' own, and those their kinds give (model.family).
        values = strings(ctx, fields["unless_families"][1], rule_id, "unless_families")
        unknown = sorted(set(values) - set(FAMILIES) - set(KIND_FAMILIES))
        if unknown:
            raise ctx.fail(fields["unless_families"][1], rule_id, f"unknown family {unknown[0]!r} in unless_families")
        params["unless_families"] = frozenset(values)
    for key in ("link_share", "max_held", "article_held", "page_share", "linked", "thread_held", "taken"):
        if key in fields:
            value = construct(fields[key][1])
            found = regex.fullmatch(r"\s*(\d{1,3})%\s*", value) if isinstance(value, str) else None
            if found is None or int(found[1]) > 100:
                raise ctx.fail(fields[key][1], rule_id, f"{key} must be a share such as '80%', not {value!r}")
            params[key] = int(found[1]) / 100
    if "family" in fields:
        family = construct(fields["family"][1])
        if family not in FAMILIES:
            raise ctx.fail(fields["family"][1], rule_id, f"unknown family {family!r} (expected one of {', '.join(FAMILIES)})")
        if family in PROVEN_FAMILIES and kind not in PROVEN_FAMILIES[family]:
            raise ctx.fail(fields["family"][1], rule_id, f"family {family!r} is the over-cleaning guard's to weigh "
                           f"apart, given by the kinds that prove it, not by a {kind} rule")
        params["page_family"] = family
    if kind in ("page_outside", "page_link_box", "page_box_rest", "page_lone_link") and params.get("article_held") is None:
        raise ctx.fail(fields["kind"][1], rule_id, f"a {kind} rule needs article_held: the boxes stand beside the article")
    if kind == "page_section" and not params.get("words") and not params.get("elements") and not params.get("classes"):
        raise ctx.fail(fields["kind"][1], rule_id, f"a {kind} rule needs words, classes or elements to look for")
    return params
