"""Text helpers of the store: index terms, query terms, snippets, sentences and URL keys.

Search gives the same hits on SQLite and PostgreSQL because both index the same terms, made
here: each word is stemmed with the Snowball Indonesian stemmer (the algorithm of PostgreSQL's
`indonesian` configuration), except words inside entity mentions, which are indexed as written
(lower-cased): a name is never stemmed ("Pertamina" stays "pertamina"). A query word matches
either form.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import snowballstemmer

WORD = re.compile(r"\w+")
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+")
_STEMMER = snowballstemmer.stemmer("indonesian")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Snowball Indonesian stem of a lower-cased word."""
    return _STEMMER.stemWord(word)


def words(text: str) -> Iterator[re.Match[str]]:
    """The word tokens of a text, with their offsets."""
    return WORD.finditer(text)


def index_terms(text: str, names: Iterable[tuple[int, int]] = (), title: str | None = None) -> str:
    """The indexed terms of an article: stems, and the words inside `names` spans unstemmed."""
    spans = sorted(names)
    out = [stem(w.group().lower()) for w in words(title or "")]
    i = 0
    for w in words(text):
        while i < len(spans) and spans[i][1] <= w.start():
            i += 1
        in_name = i < len(spans) and spans[i][0] <= w.start()
        out.append(w.group().lower() if in_name else stem(w.group().lower()))
    return " ".join(out)


def query_terms(query: str) -> list[set[str]]:
    """For each word of a query, the forms it may be indexed under (its stem, itself)."""
    return [{stem(w.group().lower()), w.group().lower()} for w in words(query)]


def snippet(text: str, query: str, width: int = 200, mark: tuple[str, str] = ("**", "**")) -> str:
    """The window of `text` that holds the most of the query's words, every matched word marked."""
    groups = query_terms(query)
    hits = [(w, {i for i, g in enumerate(groups)
                 if w.group().lower() in g or stem(w.group().lower()) in g}) for w in words(text)]
    hits = [(w, found) for w, found in hits if found]
    reach = width - width // 4 - 2  # what follows the first word in a window that starts before it
    best = max(range(len(hits)), default=None, key=lambda i: (len(set().union(*(
        f for w, f in hits[i:] if w.end() < hits[i][0].start() + reach))), -i))
    first = hits[best][0].start() if best is not None else 0
    start = text.rfind(" ", 0, max(0, first - width // 4)) + 1 if first > width // 4 else 0
    end = min(len(text), start + width)
    if end < len(text):
        end = max(text.rfind(" ", start, end), first + 1)
    out, pos = [], start
    for w, _ in hits:
        if start <= w.start() and w.end() <= end:
            out += [text[pos:w.start()], mark[0], w.group(), mark[1]]
            pos = w.end()
    out.append(text[pos:end])
    return ("…" if start else "") + "".join(out).replace("\n", " ") + ("…" if end < len(text) else "")


def sentence_at(text: str, start: int, end: int) -> tuple[int, int]:
    """The [start, end) of the sentence (or sentences) around a span of `text`."""
    bounds = [0] + [m.end() for m in SENTENCE_END.finditer(text)] + [len(text)]
    left = max((b for b in bounds if b <= start), default=0)
    right = min((b for b in bounds if b >= end), default=len(text))
    return left, len(text[:right].rstrip())


TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref|ref_src|"
                      r"source|src|from|amp|outputType|_ga|share|spm)$", re.I)
HOST_PREFIX = re.compile(r"^(www\d?|m|mobile|amp)\.")
AMP_PATH = re.compile(r"(/amp)+(?=/|$)|\.amp(?=$)|^/amp(?=/)")


def url_key(url: str | None) -> str | None:
    """The key that identifies a page: no scheme, no 'www.'/'m.'/'amp.' host prefix, no AMP path
    part, no tracking parameters or fragment, sorted query, no trailing slash."""
    if not url or not url.strip():
        return None
    parts = urlsplit(url.strip() if "//" in url else "//" + url.strip())
    host = (parts.hostname or "").lower().rstrip(".")
    while HOST_PREFIX.match(host):
        host = HOST_PREFIX.sub("", host, count=1)
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    path = AMP_PATH.sub("", parts.path).rstrip("/") or ""
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                             if not TRACKING.match(k)))
    return urlunsplit(("", host, path, query, "")).lstrip("/")

