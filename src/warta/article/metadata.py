"""Publication times and header lines of news pages, and the times their URLs spell out.

Dates are parsed with the language pack's month/day names and zone table: "Senin, 28 April
2025 - 07:46", "28/4/2025", "28 Apr 2025 07:46 WIB", "2025-04-28T07:46:00+07:00". A time
without a zone gets the pack's default zone (WIB, +07:00, for Indonesian outlets).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from warta.article.outlets import outlet_table
from warta.lang import load_yaml


@dataclass(frozen=True)
class DateGrammar:
    """Compiled date patterns of one language pack."""

    months: dict[str, int]
    zones: dict[str, str]
    default_zone: str
    pattern: re.Pattern


@lru_cache(maxsize=None)
def date_grammar(lang: str) -> DateGrammar:
    """The date grammar of a language pack's `article.yaml` (compiled once)."""
    data = load_yaml(lang, "article.yaml")
    months = {k.lower(): int(v) for k, v in data["months"].items()}
    month_alt = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    zone_alt = "|".join(sorted(data["zones"], key=len, reverse=True))
    pattern = re.compile(
        rf"(?P<d>\d{{1,2}})(?:\s*[/.-]\s*(?P<mnum>\d{{1,2}})\s*[/.-]\s*|\s+(?P<mname>{month_alt})\.?\s+)"
        rf"(?P<y>\d{{4}})"
        rf"(?:[\s,|\-–/]*(?:pukul\s+)?(?P<H>\d{{1,2}})[:.](?P<M>\d{{2}})(?:[:.](?P<S>\d{{2}}))?)?"
        rf"(?:\s*(?P<zone>{zone_alt})\b)?",
        re.IGNORECASE,
    )
    return DateGrammar(months, data["zones"], data["default_zone"], pattern)


def _iso(value: str, default_zone: str) -> str | None:
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if len(value) <= 10:
        return dt.date().isoformat()
    if dt.tzinfo is None:
        return dt.isoformat() + default_zone
    return dt.isoformat()


def parse_published(value: str | None, lang: str = "id") -> str | None:
    """ISO 8601 (with offset when a time is given) of a date as news pages print it."""
    if not value or not value.strip():
        return None
    g = date_grammar(lang)
    iso = _iso(value.strip(), g.default_zone)
    if iso:
        return iso
    m = g.pattern.search(value)
    if not m:
        return None
    month = int(m["mnum"]) if m["mnum"] else g.months[m["mname"].lower()]
    try:
        date = datetime(int(m["y"]), month, int(m["d"]))
    except ValueError:
        return None
    if m["H"] is None:
        return date.date().isoformat()
    try:
        dt = date.replace(hour=int(m["H"]), minute=int(m["M"]), second=int(m["S"] or 0))
    except ValueError:
        return date.date().isoformat()
    zone = g.zones[m["zone"].upper()] if m["zone"] else g.default_zone
    return dt.isoformat() + zone


# a web address used as a name: an outlet ("Okezone.com"), a site or a source ("simamaung.com")
WEB_NAME = re.compile(r"[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.(?:com|net|org|id|co|tv|news)",
                      re.ASCII | re.IGNORECASE)


@lru_cache(maxsize=None)
def _header_words(lang: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(weekday before the date, words introducing a date, byline words) of a pack."""
    data = load_yaml(lang, "article.yaml")
    weekdays = "|".join(map(re.escape, data["weekdays"]))
    return (re.compile(rf"(?i)\b(?:{weekdays})\s*,?\s*(?=\|)"),
            re.compile(rf"(?i)^(?:{'|'.join(data['header_date_words'])})\b\s*"),
            re.compile(rf"(?i)\b(?:{'|'.join(data['byline_words'])})\b"))


def _header_parts(rest: str, lang: str) -> list[str]:
    """What is left of a header line around its date, split at separators, without the
    weekday, the words that introduce a date ("Diterbitkan") and bylines ("Oleh: ...")."""
    weekday, date_words, byline = _header_words(lang)
    rest = weekday.sub("", rest)
    parts = (p.strip(" ,:") for p in re.split(r"\s+(?:[|•·/]|-{1,2}|–|—)\s+|\s*\|\s*", rest))
    return [p for p in (date_words.sub("", p) for p in parts) if p and not byline.search(p)]


def parse_header(line: str, lang: str = "id") -> dict[str, str] | None:
    """Section, outlet and time of a page's header line, in the layouts Indonesian sites use:
    "Global | sindonews | Senin, 28 April 2025 - 07:46", "Kompas.com - 28/04/2025, 07:46 WIB",
    "Internasional • CNN Indonesia • Senin, 28 Apr 2025 07:46 WIB", "Selasa, 29 Apr 2025 10:15",
    "Diterbitkan 05 Mar 2025, 10:30 WIB", "Ahmad Rizki, Jurnalis · Jumat 07 Maret 2025 06:30 WIB".

    The line must be short, hold a full date and not end like a sentence; what is left around
    the date is the outlet (one the outlet table knows, else the last part) and the section.
    A lone part that the table does not know is an outlet only when it reads as one (one word,
    or a domain); otherwise it is a byline."""
    line = line.strip()
    if len(line) > 120 or line.endswith((".", "!", "?", '"', "”")):
        return None
    m = date_grammar(lang).pattern.search(line)
    if not m:
        return None
    parts = _header_parts(line[:m.start()] + " | " + line[m.end():], lang)
    if len(parts) > 2 or any(len(p.split()) > 3 for p in parts):
        return None
    meta = {"published": parse_published(m.group(0), lang)}
    known = [p for p in parts if outlet_table(lang).named(p)]
    outlet = known[-1] if known else parts[-1] if parts else None
    if outlet and (known or len(parts) == 2 or " " not in outlet or WEB_NAME.fullmatch(outlet)):
        meta["outlet"] = outlet
    section = [p for p in parts if p != outlet]
    if section and "outlet" in meta:
        meta["section"] = section[0]
    return meta


@lru_cache(maxsize=None)
def _url_dates(lang: str) -> tuple[re.Pattern, ...]:
    """The pack's generic URL date patterns (compiled once)."""
    return tuple(re.compile(p) for p in load_yaml(lang, "article.yaml")["url_dates"])


def published_from_url(url: str | None, lang: str = "id") -> str | None:
    """The publication time that a news URL spells out (with the pack's default zone): by the
    patterns of the outlet publishing there, then the pack's generic ones."""
    if not url:
        return None
    outlet = outlet_table(lang).of_url(url)
    for pattern in (*(outlet.url_dates if outlet else ()), *_url_dates(lang)):
        m = pattern.search(url)
        if not m:
            continue
        groups = m.groupdict()
        try:
            dt = datetime(int(m["y"]), int(m["m"]), int(m["d"]), int(groups.get("H") or 0),
                          int(groups.get("M") or 0), int(groups.get("S") or 0))
        except ValueError:
            continue
        if groups.get("H") is None:
            return dt.date().isoformat()
        return dt.isoformat() + date_grammar(lang).default_zone
    return None
