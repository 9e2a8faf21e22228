"""Clean body text out of a scraped page, and read its dateline.

The cascade for a plain-text page:
1. the title: the first line, when it reads as a headline (short, not a sentence), and its
   repetition right after;
2. the header line ("Global | sindonews | Senin, 28 April 2025 - 07:46"): section, outlet, time;
3. furniture lines ("share", "Baca juga: ...") are dropped, and everything from a tail marker
   ("Topik Menarik") on; inline furniture ("[Baca juga: ...]") is cut out of paragraphs;
4. paragraphs are kept, separated by one blank line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from warta.article.metadata import parse_header
from warta.lang import load_yaml


@dataclass(frozen=True)
class PageGrammar:
    """Compiled furniture and dateline patterns of one language pack."""

    furniture: re.Pattern
    inline: re.Pattern
    tail: re.Pattern
    datelines: tuple[re.Pattern, ...]


@lru_cache(maxsize=None)
def page_grammar(lang: str) -> PageGrammar:
    """The page grammar of a language pack's `article.yaml` (compiled once)."""
    data = load_yaml(lang, "article.yaml")
    return PageGrammar(
        furniture=re.compile("|".join(f"(?:{p})" for p in data["furniture_lines"]), re.I),
        inline=re.compile(r"\s*(?:" + "|".join(f"(?:{p})" for p in data["furniture_inline"]) + ")",
                          re.I),
        tail=re.compile("|".join(f"(?:{p})" for p in data["tail_markers"]), re.I),
        datelines=tuple(re.compile(p) for p in data["datelines"]),
    )


@dataclass
class CleanPage:
    """What the cascade found on a page."""

    body: str
    title: str | None = None
    meta: dict[str, str] = field(default_factory=dict)


def _paragraphs(text: str) -> list[str]:
    """The page's non-empty lines, runs of spaces collapsed."""
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in text.replace("\r\n", "\n").split("\n")]
    return [ln for ln in lines if ln]


def _is_headline(line: str) -> bool:
    """Whether a line reads as a headline: short, and not ending like a sentence."""
    return len(line) <= 250 and not line.endswith((".", ",", ":", ";", '"', "”"))


def clean_text(text: str, lang: str = "id", *, find_title: bool = True,
               find_header: bool = True) -> CleanPage:
    """Title, header metadata and clean body of a scraped plain-text page."""
    grammar = page_grammar(lang)
    lines = _paragraphs(text)
    page = CleanPage(body="")
    # 1. title (and its repetition)
    if find_title and len(lines) > 1 and _is_headline(lines[0]):
        page.title = lines.pop(0)
        while lines and lines[0] == page.title:
            lines.pop(0)
    # 2. header line, looked for among the first lines only
    for i, line in enumerate(lines[:3] if find_header else []):
        header = parse_header(line, lang)
        if header:
            page.meta.update(header)
            del lines[i]
            break
    # 3. furniture and tail
    kept = []
    for line in lines:
        if grammar.tail.fullmatch(line):
            break
        line = grammar.inline.sub("", line).strip()
        if line and not grammar.furniture.fullmatch(line):
            kept.append(line)
    # 4. paragraphs
    page.body = "\n\n".join(kept)
    return page


def find_dateline(body: str, lang: str = "id") -> tuple[str | None, str | None]:
    """(place, outlet) of the dateline opening the body, e.g. "Jakarta, CNN Indonesia --"."""
    head = body[:120]
    for pattern in page_grammar(lang).datelines:
        m = pattern.match(head)
        if m:
            groups = m.groupdict()
            place = groups.get("place")
            if place and place.isupper():
                place = place.title()
            return place, groups.get("outlet")
    return None, None
