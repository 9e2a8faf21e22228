"""Clean body text out of a scraped page, and read its dateline.

The cascade for a plain-text page:
1. the page's top, up to the first line of the body (a dateline, a paragraph, or whatever
   else is not page furniture), is read line by line: outlet lines ("kumparanNEWS",
   "CNN Indonesia", a bare domain such as "KabarKita.com"), header lines ("Global |
   sindonews | Senin, 28 April 2025 - 07:46", "Diterbitkan 05 Mar 2025, 10:30 WIB"), bylines
   and credits ("Andi Saputra - detikNews", "Penulis: ..."), the title (the first headline of
   three words or more, and its repetition; a longer one right below a title of three words
   takes its place, which becomes the section: "Berita Ekonomi Bisnis"), a section standing
   alone above it (the last of a breadcrumb: "Home", "Ekonomi"), short author lines below
   it; none of them stays in the body;
2. furniture lines ("share", "Baca juga: ...", reporter initials "(nat)", "[Gambas:Video
   CNN]") are dropped, so are runs of two or more headlines of other articles that the page
   lists between paragraphs (title-case lines with no sentence end), and everything from a
   tail marker ("Topik Menarik", "Editor:", "COPYRIGHT ©") on, when no paragraph of the body follows it (else the marker alone is
   dropped); inline furniture ("[Baca juga: ...]") is cut out of paragraphs;
3. paragraphs are kept, separated by one blank line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from warta.article.metadata import WEB_NAME, parse_header
from warta.article.outlets import outlet_table
from warta.lang import load_yaml

TOP_LINES = 15  # how far down a page its top (title, header, bylines) is looked for
# what no listed headline holds: a label ("Wasit: ..."), a score ("2 - 1") or a pairing ("vs")
NOT_HEADLINE = re.compile(r":|\d\s*[-–]\s*\d|(?<!\S)(?:vs\.?|versus)(?!\S)", re.IGNORECASE)


@dataclass(frozen=True)
class PageGrammar:
    """Compiled furniture, byline and dateline patterns of one language pack."""

    furniture: re.Pattern
    header_furniture: re.Pattern
    inline: re.Pattern
    tail: re.Pattern
    byline: re.Pattern
    datelines: tuple[re.Pattern, ...]
    place_capitals: frozenset[str]


def _any(patterns: list[str]) -> re.Pattern:
    """One case-insensitive pattern matching any of the pack's patterns."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


@lru_cache(maxsize=None)
def page_grammar(lang: str) -> PageGrammar:
    """The page grammar of a language pack's `article.yaml` and outlet table (compiled once)."""
    data = load_yaml(lang, "article.yaml")
    outlets = outlet_table(lang).alias_pattern
    return PageGrammar(
        furniture=_any(data["furniture_lines"]),
        header_furniture=_any(data["header_furniture"]),
        inline=re.compile(r"\s*(?:" + "|".join(f"(?:{p})" for p in data["furniture_inline"]) + ")",
                          re.I),
        tail=_any(data["tail_markers"]),
        byline=re.compile(rf"[^,|•·]{{2,60}}?\s*(?:,|-|–|•|·)\s*(?P<outlet>{outlets})"),
        datelines=tuple(re.compile(p.replace("{outlet}", outlets)) for p in data["datelines"]),
        place_capitals=frozenset(data["place_capitals"]),
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


def _is_paragraph(line: str) -> bool:
    """Whether a line reads as a paragraph of the body: long, or a sentence of some length."""
    ends_sentence = line.endswith((".", "!", "?", '"', "”"))
    return len(line) > 200 or (ends_sentence and len(line.split()) >= 8)


def _read_top(lines: list[str], lang: str, page: CleanPage, find_title: bool) -> int:
    """Read the page's top into `page` (title, outlet, section, published); the index of the
    body's first line. The last line is always body."""
    grammar = page_grammar(lang)
    top = min(TOP_LINES, max(len(lines) - 1, 0))
    for i, line in enumerate(lines[:top]):
        words = len(line.split())
        if line == page.title:
            continue
        if outlet_table(lang).named(line) or WEB_NAME.fullmatch(line):
            page.meta.setdefault("outlet", line)
        elif header := parse_header(line, lang):
            for key, value in header.items():
                page.meta.setdefault(key, value)
        elif _is_paragraph(line):
            return i
        elif grammar.furniture.fullmatch(line) or grammar.header_furniture.fullmatch(line):
            continue
        elif byline := grammar.byline.fullmatch(line):
            page.meta.setdefault("outlet", byline["outlet"])
        elif (grammar.tail.fullmatch(line) or not _is_headline(line)
              or any(p.match(line) for p in grammar.datelines)):
            return i
        elif page.title is None and find_title and words >= 3:
            page.title = line
        elif page.title is None and words <= 2:
            page.meta["section"] = line  # the last of a breadcrumb ("Home", "Ekonomi")
        elif page.title and len(page.title.split()) <= 3 and words >= 5:
            page.meta["section"], page.title = page.title, line  # "Berita Ekonomi Bisnis"
        elif page.title is None or words > 4:
            return i
    return top


def clean_text(text: str, lang: str = "id", *, find_title: bool = True,
               find_header: bool = True) -> CleanPage:
    """Title, header metadata and clean body of a scraped plain-text page (without its top
    when neither a title nor a header is looked for: an article body already)."""
    grammar = page_grammar(lang)
    lines = _paragraphs(text)
    page = CleanPage(body="")
    start = _read_top(lines, lang, page, find_title) if find_title or find_header else 0
    last_paragraph = max((i for i, line in enumerate(lines) if _is_paragraph(line)), default=-1)
    kept = []
    for i, line in enumerate(lines[start:], start):
        if grammar.tail.fullmatch(line):
            if i > last_paragraph:
                break
            continue
        line = grammar.inline.sub("", line).strip()
        if line and not grammar.furniture.fullmatch(line):
            kept.append(line)
    page.body = "\n\n".join(_without_link_lists(kept))
    return page


def _link_headline(line: str) -> bool:
    """Whether a line reads as another article's headline in a list of links: three to
    fourteen words, most capitalised and three of them capitalised words, no sentence end, no
    label ("Wasit: ...") nor pairing ("Arsenal vs Chelsea") nor score ("Persib 2 - 1 PSM"),
    not an item of a numbered or bulleted list nor a row of a table ("Persija 30 poin")."""
    words = line.split()
    if not 3 <= len(words) <= 14 or not words[0][:1].isalpha() or NOT_HEADLINE.search(line) \
            or line.endswith((".", ",", ";", "!", "?", '"', "”")):
        return False
    capitalised = sum(1 for w in words if w[:1].isupper() and w[1:2].isalpha())
    return capitalised >= 3 and sum(1 for w in words if not w[:1].islower()) >= 0.6 * len(words)


def _without_link_lists(lines: list[str]) -> list[str]:
    """The body's lines without runs of two or more link headlines after its first line
    (related articles the page lists inside the text: "Sudah Kurus, Suga Ngotot Diet")."""
    drop: set[int] = set()
    i = 1
    while i < len(lines):
        j = i
        while j < len(lines) and _link_headline(lines[j]):
            j += 1
        if j - i >= 2:
            drop.update(range(i, j))
        i = max(j, i + 1)
    return [line for k, line in enumerate(lines) if k not in drop]


def _place(place: str | None, lang: str) -> str | None:
    """A dateline's place in title case, the pack's capitals kept: "WASHINGTON DC" →
    "Washington DC"."""
    if place and place.isupper():
        capitals = page_grammar(lang).place_capitals
        return " ".join(w if w in capitals else w.title() for w in place.split())
    return place


def find_dateline(body: str, lang: str = "id",
                  outlet: str | None = None) -> tuple[str | None, str | None]:
    """(place, outlet) of the dateline opening the body, e.g. "Jakarta, CNN Indonesia --"; the
    dateline forms of the page's outlet, when known, are tried first."""
    head = body[:120]
    known = outlet_table(lang).named(outlet)
    for pattern in (*(known.datelines if known else ()), *page_grammar(lang).datelines):
        m = pattern.match(head)
        if m:
            groups = m.groupdict()
            return _place(groups.get("place"), lang), (groups.get("outlet") or "").strip() or None
    return None, None
