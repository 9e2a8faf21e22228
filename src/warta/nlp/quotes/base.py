"""Quotation marks, paragraphs, and the records the quote modules pass around."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from warta.article.metadata import WEB_NAME

OPENING, CLOSING, STRAIGHT = "“„", "”", '"'
MARKS = OPENING + CLOSING + STRAIGHT
DASHES = frozenset({"-", "--", "—", "–"})


@dataclass
class Speaker:
    """A resolved speaker: mention offsets, name, KB id, and whether it stands for a group."""

    start: int
    end: int
    name: str | None
    kb_id: str | None
    plural: bool = False

    def as_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "name": self.name, "kb_id": self.kb_id}


@dataclass
class Quote:
    """A quote: content offsets, cue, and the speaker mention (or "-nya" suffix) to resolve;
    an `unsourced` one has an unnamed source and takes no neighbour's speaker."""

    start: int
    end: int
    kind: str
    para: int
    cue: tuple[int, int] | None = None
    mention: Span | None = None
    suffix: tuple[int, int] | None = None
    continued: bool = False
    wrapper: bool = False
    unsourced: bool = False
    cue_token: int | None = None
    speaker: Speaker | None = field(default=None, repr=False)

    @property
    def cued(self) -> bool:
        """Whether a mention or a suffix names the speaker."""
        return self.mention is not None or self.suffix is not None

    def attribute(self, cue: Token, mention: Span | None = None,
                  suffix: tuple[int, int] | None = None) -> None:
        """Set the cue word and what names the speaker."""
        self.cue = (cue.idx, cue.idx + len(cue.text))
        self.cue_token = cue.i
        self.mention, self.suffix = mention, suffix

    def as_dict(self) -> dict:
        cue = {"start": self.cue[0], "end": self.cue[1]} if self.cue else None
        return {"start": self.start, "end": self.end, "kind": self.kind, "cue": cue,
                "speaker": self.speaker.as_dict() if self.speaker else None}


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of the non-empty lines of `text`."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, pos + len(line.rstrip())))
        pos += len(line) + 1
    return out


def is_capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper()


def names_a_site(tok: Token) -> bool:
    """Whether a token is capitalised or a web address ("Reuters", "simamaung.com")."""
    return is_capitalised(tok) or WEB_NAME.fullmatch(tok.text) is not None
