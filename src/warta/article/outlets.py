"""The outlet table of a language pack (`lang/<code>/outlets.yaml`): names, aliases, domains.

Every outlet name the article layer finds — in a header line, a dateline, an outlet line, an
HTML page's site name, a URL, or a corpus's source key — is turned into the outlet's own name
here; a name the table does not know is kept as found.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlparse

from warta.lang import load_yaml


@dataclass(frozen=True)
class Outlet:
    """One outlet: its own name, the domains it publishes on, and its URL and dateline forms."""

    name: str
    domains: tuple[str, ...]
    url_dates: tuple[re.Pattern, ...]
    datelines: tuple[re.Pattern, ...]


@dataclass(frozen=True)
class OutletTable:
    """The outlets of one language pack, found by alias or by URL."""

    outlets: tuple[Outlet, ...]
    by_alias: dict[str, Outlet]
    alias_pattern: str  # a regex alternation of every alias, longest first

    def named(self, name: str | None) -> Outlet | None:
        """The outlet that a name (any alias, any case) stands for."""
        return self.by_alias.get(_key(name)) if name else None

    def of_url(self, url: str | None) -> Outlet | None:
        """The outlet that publishes at a URL: the one with the longest domain (a subdomain
        of it, and path prefix) that matches, so jatim.tribunnews.com is TribunJatim."""
        if not url:
            return None
        parts = urlparse(url if "//" in url else "//" + url)
        host, path = (parts.hostname or "").lower(), parts.path
        matches = [(len(domain), outlet) for outlet in self.outlets for domain in outlet.domains
                   if _serves(domain, host, path)]
        return max(matches, key=lambda m: m[0])[1] if matches else None


def _serves(domain: str, host: str, path: str) -> bool:
    """Whether a table domain ("detik.com", "bbc.com/indonesia") covers a URL's host and path."""
    name, _, prefix = domain.partition("/")
    return (host == name or host.endswith("." + name)) and (
        not prefix or path.startswith("/" + prefix))


def _key(name: str) -> str:
    """An alias as looked up: case-folded, spaces collapsed."""
    return " ".join(name.casefold().split())


@lru_cache(maxsize=None)
def outlet_table(lang: str) -> OutletTable:
    """The outlet table of a language pack's `outlets.yaml` (compiled once)."""
    outlets, by_alias = [], {}
    for name, entry in load_yaml(lang, "outlets.yaml").items():
        entry = entry or {}
        outlet = Outlet(
            name=name,
            domains=tuple(entry.get("domains", ())),
            url_dates=tuple(re.compile(p) for p in entry.get("url_dates", ())),
            datelines=tuple(re.compile(p) for p in entry.get("datelines", ())),
        )
        outlets.append(outlet)
        for alias in (name, *entry.get("aliases", ()), *outlet.domains):
            by_alias.setdefault(_key(alias), outlet)
    aliases = sorted(by_alias, key=len, reverse=True)
    pattern = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in aliases)
    return OutletTable(tuple(outlets), by_alias, f"(?i:{pattern})")


def outlet_name(name: str | None, lang: str = "id") -> str | None:
    """The outlet's own name for a name as found ("KOMPAS.com" → "Kompas.com"), else the name."""
    if not name or not name.strip():
        return None
    outlet = outlet_table(lang).named(name)
    return outlet.name if outlet else name.strip()


def outlet_from_url(url: str | None, lang: str = "id") -> str | None:
    """The outlet's own name for a URL's domain, if the language pack knows it."""
    outlet = outlet_table(lang).of_url(url)
    return outlet.name if outlet else None
