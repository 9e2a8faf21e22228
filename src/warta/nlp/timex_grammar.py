"""Finds time expressions in text and reads them into language-neutral frames.

The language-specific part is data (`warta/lang/<code>/times.yaml`): lexicons that map surface
forms to canonical values, and regular-expression templates whose `{slot}`s name them. This
module compiles the templates once and turns each match into a `Frame` of canonical values
(weekday 1-7, unit "week", relative -1, ...). Matches are chosen longest first, left to right,
without overlap. `warta.nlp.timex_resolve` gives the frames their TIMEX3 values.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from warta.lang import load_yaml
from warta.nlp.hijri import HijriCalendar

ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
QUOTE_MARKS = '"“”'
CLOSING = ".,;:!?)'’" + QUOTE_MARKS  # what may close the word after a match ('hari,"')
MONTH_VALUE = re.compile(r"\d{4}-\d{2}")  # a moving month's entry ("2017-06": Ramadan)
TENSE_AFTER_WORDS = 3    # words after an expression in which a future cue still sets its tense
TENSE_AFTER_CHARS = 40
VERB_MIN_LETTERS = 6
NAME_WORDS = 2           # words of a name that `over_names` looks past

_EDGE_BEFORE = r"(?<!\w)(?<!\d[.,])(?<![^\W\d]-)"
# a closing bracket ends a match whatever is glued to it ("(23 / 6 / 2017)FP1": table cells)
_EDGE_AFTER = r"(?:(?<=\))|(?!\w)(?![.,]\d)(?!-[^\W\d]))"
DIGIT_SLOTS = {
    "day": r"[0-3]?\d",
    "month_num": r"[01]?\d",
    "year": r"(?:1[5-9]|20)\d\d",
    "short_year": r"(?:1[5-9]|20)\d\d|\d\d",
    "hour": r"[0-2]?\d",
    "minute": r"[0-5]\d",
    "decade": r"(?:1[5-9]|20)\d0",
    "short_decade": r"\d0",
}
# units from the largest down: a duration may chain them ("1 tahun 6 bulan")
UNIT_ORDER = ("century", "decade", "year", "season", "month", "week", "day", "hour", "minute", "second")


@dataclass
class Frame:
    """Canonical reading of one expression, before it is anchored in time."""

    type: str
    weekday: int | None = None
    day: int | None = None
    month: int | None = None
    year: int | None = None
    decade: str | None = None
    century: int | None = None
    amount: float | str | None = None  # a number, or "X" for "beberapa"
    unit: str | None = None
    rel: int | None = None
    deixis: int | None = None
    same_day: str | None = None
    pod: dict | None = None
    hour: int | None = None
    minute: int | None = None
    ref: str | None = None
    holiday: tuple[int, int] | None = None
    movable: dict[int, tuple[int, int | None]] | None = None  # a moving holiday's by year
    weekend: str | None = None  # TIMEX3 code of the part of the week
    midweek: bool = False  # the week of the weekday named: "tengah pekan mendatang"
    year_part: str | None = None  # "Q" (quarter) or "H" (half)
    part_no: int | str | None = None
    week_no: int | None = None  # a week of the month: "minggu kedua April", its second week
    range_end: int | None = None  # the last day of a range the date opens ("9" in "9-10 Mei")
    anaphor: int | None = None  # offset from the last unit named ("yang sama" 0, "sebelumnya" -1)
    more: tuple[tuple[float | str, str], ...] = ()  # further (amount, unit) of a chained duration
    future_only: bool = False  # a DURATION unless the tense points ahead ("dalam 10 hari")
    day_offset: int | None = None  # days from a moving holiday: "H-7 Lebaran", "H+3"
    near_holiday: dict[int, tuple[int, int]] | None = None  # the one "H+3" alone counts from
    hijri_month: int | None = None  # a month of the Islamic calendar ("10 Zulhijjah 1438 H")
    hijri_year: int | None = None
    calendar: HijriCalendar | None = None  # the pack's Hijri calendar, with a Hijri month

    @property
    def deictic(self) -> bool:
        """Counted from the day of speaking: "hari ini", "kemarin", "pekan lalu", "tadi pagi"."""
        return self.deixis is not None or self.same_day is not None or (
            self.unit is not None and self.rel is not None)

    @property
    def relative_day(self) -> bool:
        """One day counted from the day of speaking or the day named last: "hari ini",
        "besok", "kemarin", "hari yang sama"."""
        return self.deixis is not None or (self.unit == "day" and self.amount is None and (
            self.rel is not None or self.anaphor is not None))

    @property
    def needs_day(self) -> bool:
        """A clock time or part of day that takes its date from the text around it."""
        return (self.hour is not None or self.pod is not None) and self.type != "SET" and all(
            v is None for v in (self.weekday, self.day, self.month, self.year, self.deixis,
                                self.unit, self.same_day))

    @property
    def bare_weekday(self) -> bool:
        """A weekday alone, perhaps with a part of day: "hari Sabtu", "Minggu pagi"."""
        return bool(self.weekday) and self.hour is None and all(
            v is None for v in (self.day, self.month, self.year, self.rel, self.deixis,
                                self.unit, self.same_day))

    @property
    def names_day(self) -> bool:
        """A date, weekday, holiday or "besok": a day a clock time in its sentence falls on."""
        return self.day is not None or bool(self.weekday) or self.deixis is not None \
            or bool(self.holiday)


@dataclass
class Match:
    """A found expression: its character offsets, its frame, and its pattern's rank."""

    start: int
    end: int
    frame: Frame
    rank: int


def _alternation(forms: list[str], case_sensitive: frozenset[str]) -> str:
    """Regex alternation of surface forms, longest first; spaces and hyphens flexible."""
    parts = []
    for form in sorted(forms, key=len, reverse=True):
        rx = r"\s+".join(
            r"\s*-\s*".join(re.escape(p) for p in word.split("-")) for word in form.split()
        )
        parts.append(f"(?-i:{rx})" if form in case_sensitive else rx)
    return "|".join(parts)


def normalize(text: str) -> str:
    """Lookup key of a surface form: case-folded, single spaces, no space around hyphens."""
    return re.sub(r"\s*-\s*", "-", " ".join(text.split())).casefold().replace("’", "'")


def _dates(dates: list) -> list[date]:
    """YAML dates or ISO strings as dates."""
    return [d if hasattr(d, "year") else date.fromisoformat(str(d)) for d in dates]


def _dates_by_year(dates: list) -> dict[int, tuple[int, int | None]]:
    """{year: (month, day)} of a moving holiday's dates; a "YYYY-MM" entry is a moving month
    (Ramadan), its day None."""
    months = [str(d) for d in dates if MONTH_VALUE.fullmatch(str(d))]
    return {int(m[:4]): (int(m[5:7]), None) for m in months} | {
        d.year: (d.month, d.day) for d in _dates([d for d in dates if str(d) not in months])}


class TimexGrammar:
    """The compiled time grammar of one language."""

    def __init__(self, data: dict[str, Any]):
        self.case_sensitive = frozenset(data.get("case_sensitive", ()))
        self.decimal = data.get("decimal_separator", ".")
        self.numbers = {normalize(k): v for k, v in data["numbers"].items()}
        self.scales = {normalize(k): v for k, v in data["number_scales"].items()}
        self.fuzzy = {normalize(k) for k in data["fuzzy_numbers"]}
        self.ordinals = {normalize(k): v for k, v in data["ordinals"].items()}
        self.first_words: dict[str, frozenset[str]] = {}  # word-list regex -> its first words
        self.hijri = HijriCalendar([(k["month"], k["day"], d)
                                    for k in data.get("hijri_known_days", ())
                                    for d in _dates(k["dates"])])
        self.slots = self._slots(data)
        self.words = {name: self._words([str(w) for w in forms])
                      for name, forms in data["words"].items()}
        fragments = data.get("fragments", {})
        specs = [{**spec, "pattern": re.sub(r"\{(\w+)\}", lambda m: fragments.get(
            m.group(1), m.group()), spec["pattern"])} for spec in data["patterns"]]
        self.patterns = [self._compile(spec) for spec in specs]
        self.gates = [self._gate(spec["pattern"]) for spec in specs]
        self.unit_end = re.compile(rf"(?:{self.slots['unit'][0]})\Z", re.IGNORECASE)
        self.joint = re.compile(rf"\s+(?:(?:{self.words['conjunction']})\s+)?", re.IGNORECASE)
        self.range_joint = re.compile(
            rf"\s*(?:{_alternation(data['range_joints'], frozenset())})\s*", re.IGNORECASE)
        self.prefixes = {
            typ: re.compile(rf"(?<!\w)(?:{_alternation(forms, self.case_sensitive)})\s+\Z", re.IGNORECASE)
            for typ, forms in data["prefixes"].items()
        }
        self.verb_prefixes = tuple(data.get("verb_prefixes", ()))
        adverbs = data.get("habit_adverbs", ())
        self.habitual_rx, self.habit_adverb_rx = (
            re.compile(rf"(?<!\w)(?:{_alternation(cues, frozenset())})(?!\w)", re.IGNORECASE)
            if cues else None for cues in ([*data.get("habitual_cues", ()), *adverbs], adverbs))
        leads = data.get("subordinate_leads", ())
        self.subordinate_rx = re.compile(rf"(?<!\w)(?:{_alternation(leads, frozenset())})\s+\Z",
                                         re.IGNORECASE) if leads else None
        cues = data["tense_cues"]
        self.tense_cues = re.compile(
            "|".join(rf"(?P<{name}>(?<!\w)(?:{_alternation(cues[name], frozenset())})(?!\w))"
                     for name in ("future", "past")), re.IGNORECASE)
        reported = data.get("reported_speech_cues", ())
        self.reported_rx = re.compile(rf"(?<!\w)(?:{_alternation(reported, frozenset())})(?!\w)",
                                      re.IGNORECASE) if reported else None
        speech = data.get("speech_after_quote", ())
        cue = rf"(?:{_alternation(speech, frozenset())})(?:nya)?(?!\w)"
        # after a closing quote ('"…," kata X'), and after a comma inside a sentence
        self.attribution_rx = re.compile(rf"[\s,]*{cue}", re.IGNORECASE) if speech else None
        self.tail_rx = re.compile(rf",\s*{cue}", re.IGNORECASE) if speech else None

    @classmethod
    def load(cls, lang: str) -> TimexGrammar:
        """The grammar of a language pack's `times.yaml`."""
        return cls(load_yaml(lang, "times.yaml"))

    # -- slots: regex and how the matched text sets the frame ------------------------------

    def _slots(self, data: dict[str, Any]) -> dict[str, tuple[str, Callable[[Frame, str], None]]]:
        def lexicon(*names: str) -> dict[str, Any]:
            return {normalize(k): v for name in names for k, v in data[name].items()}

        def lex_slot(names: tuple[str, ...], setter, forms=None):
            table = lexicon(*names)
            rx = self._words(forms or [k for n in names for k in data[n]])
            return rx, lambda f, s: setter(f, table[normalize(s)])

        def put(attr: str, convert=lambda v: v):
            return lambda f, v: setattr(f, attr, convert(v))

        def some(f: Frame, unit: str) -> None:  # "berbulan-bulan": some months
            f.unit, f.amount = unit, "X"

        h_day_holiday = _dates_by_year(data["movable_holidays"][data["h_day_holiday"]])
        months = list(data["months"])
        abbrs = [f"{a}\\.?" for a in data["month_abbreviations"]]
        month_rx = "|".join([_alternation(months, frozenset())] + abbrs)
        self.first_words[month_rx] = self.first_words[self._words(months)] | {
            a.casefold() for a in data["month_abbreviations"]}
        month_table = lexicon("months", "month_abbreviations")
        weekday_abbrs = lexicon("weekday_abbreviations")
        number_words = [*self.numbers, *self.scales]
        num_rx = (rf"\d+(?:[.,]\d+)?|{_alternation(sorted(self.fuzzy), frozenset())}"
                  rf"|(?:{_alternation(number_words, frozenset())})"
                  rf"(?:\s+(?:{_alternation(number_words, frozenset())}))*")
        slots = {
            "weekday": lex_slot(("weekdays",), put("weekday")),
            "weekday_abbr": (rf"(?:{_alternation(list(weekday_abbrs), frozenset())})\.?",
                             lambda f, s: setattr(f, "weekday",
                                                  weekday_abbrs[normalize(s).rstrip(".")])),
            "month_name": lex_slot(("months",), put("month")),
            "month": (month_rx, lambda f, s: setattr(
                f, "month", month_table[normalize(s).rstrip(".")])),
            "hijri_month": lex_slot(("hijri_months",), lambda f, v: (
                setattr(f, "hijri_month", v), setattr(f, "calendar", self.hijri))),
            "hijri_year": (r"1[34]\d\d", lambda f, s: (
                setattr(f, "hijri_year", int(s)), setattr(f, "calendar", self.hijri))),
            "unit": lex_slot(("units",), put("unit")),
            "rel": lex_slot(("relative",), put("rel")),
            "upcoming": lex_slot(("upcoming",), put("rel")),
            "se": ("se", lambda f, s: setattr(f, "amount", 1.0)),  # "setahun": one year
            "ago": lex_slot(("ago",), put("rel")),
            "deixis": lex_slot(("deixis",), put("deixis")),
            "same_day": lex_slot(("same_day",), put("same_day")),
            "pod": lex_slot(("parts_of_day",), put("pod")),
            "lone_pod": lex_slot(("parts_of_day",), put("pod"), data["lone_parts_of_day"]),
            "ref": lex_slot(("refs",), put("ref")),
            "midweek": lex_slot(("midweek",), lambda f, v: (
                setattr(f, "weekday", v), setattr(f, "midweek", True))),
            "weekend": lex_slot(("weekend",), lambda f, v: (
                setattr(f, "weekend", v), setattr(f, "unit", "week"))),
            "same": lex_slot(("anaphora",), put("anaphor", int)),
            "periodic": lex_slot(("periodic",), put("unit")),
            "holiday": lex_slot(("holidays",), put("holiday", lambda v: tuple(
                int(x) for x in str(v).split("-")))),
            "movable": lex_slot(("movable_holidays",), put("movable", _dates_by_year)),
            # "H-7", "H + 3": days before or after the holiday named next, else the pack's
            # default one (Lebaran) when the article is near it
            "h_day": (r"H\s?[-+–]\s?\d{1,3}", lambda f, s: (
                setattr(f, "day_offset", int(re.sub(r"\D", "", s)) * (-1 if re.search(
                    r"[-–]", s) else 1)),
                setattr(f, "near_holiday", h_day_holiday))),
            "eve": lex_slot(("eves",), lambda f, v: (
                setattr(f, "holiday", tuple(int(x) for x in str(v).split("-"))),
                setattr(f, "pod", data["parts_of_day"][data["eve_part_of_day"]]))),
            "fuzzy_unit": lex_slot(("fuzzy_units",), some),
            "plural_unit": lex_slot(("plural_units",), some),
            "num": (num_rx, lambda f, s: setattr(f, "amount", self.number(s))),
            # "1 hingga 2 bulan", "tiga atau empat hari": some of them
            "num_range": (rf"(?:{num_rx})\s*(?:{_alternation(data['range_joints'], frozenset())})"
                          rf"\s*(?:{num_rx})", lambda f, s: setattr(f, "amount", "X")),
            "century": (rf"\d{{1,2}}|[IVXL]+|{num_rx}",
                        lambda f, s: setattr(f, "century", self.ordinal(s))),
            "year_part": lex_slot(("year_parts",), put("year_part")),
            # a season of the weather, a part of the year without a number: "2017-SU"
            "week_no": (_alternation(list(data['ordinals']), frozenset()),
                        lambda f, s: setattr(f, "week_no", self.ordinal(s))),
            "weather_season": lex_slot(("weather_seasons",), lambda f, v: (
                setattr(f, "year_part", v), setattr(f, "part_no", ""))),
            "part_no": (rf"[1-4]|I{{1,3}}|IV|{_alternation(list(data['ordinals']), frozenset())}",
                        lambda f, s: setattr(f, "part_no", self.ordinal(s))),
            "decade": (DIGIT_SLOTS["decade"], lambda f, s: setattr(f, "decade", s[:3])),
            "short_decade": (DIGIT_SLOTS["short_decade"], lambda f, s: setattr(
                f, "decade", ("19" if s >= "30" else "20") + s[0])),
        }
        for name in ("day", "month_num", "hour", "minute"):
            slots[name] = (DIGIT_SLOTS[name], put("month" if name == "month_num" else name, int))
        slots["range_end"] = (DIGIT_SLOTS["day"], put("range_end", int))  # a range's last day
        for name in ("year", "short_year"):
            slots[name] = (DIGIT_SLOTS[name], put("year", int))
        return slots

    def _words(self, forms: list[str]) -> str:
        """Regex alternation of a word list, remembering the words its forms begin with."""
        rx = _alternation(forms, self.case_sensitive)
        self.first_words[rx] = frozenset(re.findall(r"\w+", f.casefold())[0] for f in forms)
        return rx

    def number(self, text: str) -> float | str | None:
        """Value of a numeral in digits or words ("dua puluh tiga" -> 23); "X" if vague. A
        group mark with fewer than three digits after it marks decimals ("10.05 detik")."""
        key = normalize(text)
        if key in self.fuzzy:
            return "X"
        if key[0].isdigit():
            group = "." if self.decimal == "," else ","
            if re.fullmatch(rf"\d+\{group}\d{{1,2}}", key):  # "10.05 detik": no thousands group
                return float(key.replace(group, "."))
            digits = key.replace(group, "").replace(self.decimal, ".")
            return float(digits)
        total, small = 0.0, 0.0
        for word in key.split():
            if word in self.numbers:
                n = self.numbers[word]
                total, small = (total + n, small) if n >= 10 else (total, small + n)
            elif not small:
                return None
            elif self.scales[word][0] == "add":
                total, small = total + small + self.scales[word][1], 0.0
            elif self.scales[word][1] >= 1000:
                total, small = (total + small) * self.scales[word][1], 0.0
            else:
                total, small = total + small * self.scales[word][1], 0.0
        return total + small

    def ordinal(self, text: str) -> int | None:
        """An ordinal in digits, Roman numerals or words."""
        if text.isdigit():
            return int(text)
        if normalize(text) in self.ordinals:
            return self.ordinals[normalize(text)]
        if set(text.lower()) <= set(ROMAN):
            vals = [ROMAN[c] for c in text.lower()]
            return sum(-v if i + 1 < len(vals) and v < vals[i + 1] else v
                       for i, v in enumerate(vals))
        n = self.number(text)
        return int(n) if isinstance(n, float) else None

    # -- patterns -------------------------------------------------------------------------

    def _compile(self, spec: dict[str, Any]) -> tuple[re.Pattern, dict[str, Any]]:
        def fill(m: re.Match) -> str:
            name = m.group(1)
            if name in self.slots:
                return f"(?P<{name}>{self.slots[name][0]})"
            return f"(?:{self.words[name]})"

        body = spec["pattern"].replace(" ", r"\s+").replace("~", r"\s*")
        body = re.sub(r"\{(\w+)\}", fill, body)
        return re.compile(_EDGE_BEFORE + f"(?:{body})" + _EDGE_AFTER, re.IGNORECASE), spec

    def _gate(self, template: str) -> frozenset[str] | None:
        """First words of a word list that the pattern cannot match without, as a whole word
        (None if there is none): a text with none of them is not searched for it."""
        optional, stack = [], []
        for m in re.finditer(r"\\.|\((\?<?[=!])?|\)[?*]?", template):
            if m.group().startswith("("):
                stack.append((m.start(), bool(m.group(1))))
            elif m.group().startswith(")"):
                start, lookaround = stack.pop()
                if lookaround or len(m.group()) > 1:
                    optional.append((start, m.end()))
        # only a slot that stands as whole words: "se{unit}", "{unit}(?:nya)", "{clock}~{hour}"
        # may glue its words to others; "(?:bulan )?{month_name}" does not
        for m in re.finditer(r"(?:(?<![^ (:])|(?<= \)\?))\{(\w+)\}(?=$|[ ),]|\(\?: )", template):
            rx = self.slots[m.group(1)][0] if m.group(1) in self.slots else self.words[m.group(1)]
            if rx in self.first_words and not any(a <= m.start() < b for a, b in optional):
                return self.first_words[rx]
        return None

    def _frame(self, m: re.Match, spec: dict[str, Any]) -> Frame | None:
        frame = Frame(spec["type"], future_only=spec.get("future_only", False))
        for name, value in [*spec.get("fixed", {}).items(), *m.groupdict().items()]:
            if value is not None:
                self.slots[name][1](frame, str(value))
        if frame.range_end is not None and frame.month is not None \
                and frame.day is not None and frame.day > frame.range_end:
            frame.month -= 1  # "29 - 11 September": the range opens in August
            if frame.month == 0:
                frame.month, frame.year = 12, frame.year - 1 if frame.year else None
        if frame.amount is None and m.groupdict().get("num"):
            return None
        if "min_amount" in spec and not (isinstance(frame.amount, float)
                                         and frame.amount >= spec["min_amount"]):
            return None
        if frame.day is not None and not 1 <= frame.day <= 31:
            return None
        if frame.month is not None and not 1 <= frame.month <= 12:
            return None
        if frame.hour is not None and frame.hour > 24:
            return None
        return frame

    def _vetoed(self, text: str, start: int, end: int, spec: dict[str, Any]) -> bool:
        before = text[max(0, start - 40):start].split()
        after = text[end:end + 20].split()
        previous = before[-1].casefold() if before else ""
        leads = {previous}
        if spec.get("over_names"):  # "Pilkada DKI Jakarta kemarin": or a word before the name
            names = 0
            while names < min(NAME_WORDS, len(before) - 1) and before[-1 - names][:1].isupper():
                names += 1
                leads.add(before[-1 - names].casefold())
        return bool(
            previous in spec.get("not_after", ())
            or ("only_after" in spec and leads.isdisjoint(spec["only_after"]))
            or (after and after[0].casefold().rstrip(CLOSING) in spec.get("not_before", ()))
            or bool(after) and after[0][:1].isupper()
            and text[start:end].casefold() in spec.get("not_before_name", ())
            or "not_after_rx" in spec
            and re.search(spec["not_after_rx"], text[max(0, start - 20):start]) is not None
        )

    def find(self, text: str) -> list[Match]:
        """Non-overlapping matches, in text order, each extended over its prefix words."""
        candidates = []
        words = set(re.findall(r"\w+", text.casefold()))
        for rank, (rx, spec) in enumerate(self.patterns):
            if self.gates[rank] is not None and self.gates[rank].isdisjoint(words):
                continue
            for m in rx.finditer(text):
                if m.end() == m.start() or self._vetoed(text, m.start(), m.end(), spec):
                    continue
                frame = self._frame(m, spec)
                if frame is not None:
                    candidates.append(Match(m.start(), m.end(), frame, rank))
        candidates.sort(key=lambda c: (c.start - c.end, c.rank, c.start))
        taken: list[Match] = []
        used = bytearray(len(text))
        for c in candidates:
            if not any(used[c.start:c.end]):
                used[c.start:c.end] = b"\1" * (c.end - c.start)
                taken.append(c)
        taken = self._chain(text, sorted(taken, key=lambda c: c.start))
        for i, c in enumerate(taken):
            prefix = self.prefixes.get(c.frame.type)
            floor = taken[i - 1].end if i else 0
            hit = prefix.search(text, max(floor, c.start - 40), c.start) if prefix else None
            if hit:
                c.start = hit.start()
        return taken

    def _chain(self, text: str, taken: list[Match]) -> list[Match]:
        """Joins durations whose units fall in order into one: "2 tahun (dan) 3 bulan" (not
        "sepekan terakhir dan 24 jam terakhir", whose first ends in no unit)."""
        out: list[Match] = []
        for c in taken:
            prev = out[-1].frame if out else None
            if (prev and prev.type == c.frame.type == "DURATION" and not c.frame.more
                    and isinstance(c.frame.amount, float)
                    and UNIT_ORDER.index((prev.more or ((0, prev.unit),))[-1][1])
                    < UNIT_ORDER.index(c.frame.unit)
                    and self.joint.fullmatch(text, out[-1].end, c.start)
                    and self.unit_end.search(text, out[-1].start, out[-1].end)):
                prev.more += ((c.frame.amount, c.frame.unit),)
                out[-1].end = c.end
            else:
                out.append(c)
        return out

    def attribution(self, text: str, start: int, end: int) -> bool:
        """Whether text[start:end] opens with the attribution of a quote that closes just
        before it ('"…," kata Roque pada')."""
        return (self.attribution_rx is not None and start > 0 and text[start - 1] in QUOTE_MARKS
                and self.attribution_rx.match(text, start, end) is not None)

    def report_tail(self, text: str, start: int, end: int) -> int | None:
        """Where the last reporting clause set off by a comma in text[start:end] opens
        ("Jepang akan menjatuhkan sanksi…|, kata juru bicara, Jumat"), or None: what follows
        it dates the words, not the deed reported."""
        found = None
        if self.tail_rx is not None:
            for found in self.tail_rx.finditer(text, start, end):
                pass
        return found.start() if found else None

    def joins_range(self, text: str, start: int, end: int) -> bool:
        """Whether text[start:end] is the joint of a range ("Selasa | - | Jumat", "hingga")."""
        return self.range_joint.fullmatch(text, start, end) is not None

    def reported(self, text: str, start: int, end: int) -> bool:
        """Whether text[start:end] reports speech ("Dia melanjutkan, | hari ini ...")."""
        return self.reported_rx is not None and self.reported_rx.search(text, start, end) is not None

    def subordinate(self, text: str, start: int) -> bool:
        """Whether the expression at `start` follows a word that makes it a side mark
        ("usai Lebaran", "setelah 3 Mei")."""
        return self.subordinate_rx is not None and self.subordinate_rx.search(
            text, max(0, start - 20), start) is not None

    def tense(self, text: str, start: int, end: int) -> int:
        """+1 if the nearest tense cue in text[start:end] points to the future, -1 past, 0 none."""
        cues = list(self.tense_cues.finditer(text, start, end))
        if not cues:
            return 0
        return 1 if cues[-1].lastgroup == "future" else -1

    def habitual(self, text: str, start: int, end: int, frame: Frame) -> bool:
        """Whether a habit cue before a clock time ("buka", "setiap hari", "biasanya") or an
        adverb of habit before a bare weekday ("selalu") stands in text[start:end]."""
        rx = self.habitual_rx if frame.hour is not None else self.habit_adverb_rx
        return rx is not None and rx.search(text, start, end) is not None

    def future_after(self, text: str, end: int) -> bool:
        """Whether a future cue follows an expression closely, over a subject but no verb
        ("Senin saya akan siap lagi", "Rabu, Presiden akan berkunjung")."""
        words = text[end:end + TENSE_AFTER_CHARS].split()[:TENSE_AFTER_WORDS + 1]
        for word in words:
            bare = word.strip(",.;:!?\"'").casefold()
            cue = self.tense_cues.fullmatch(bare)
            if cue is not None:
                return cue.lastgroup == "future"
            if (len(bare) >= VERB_MIN_LETTERS and bare.startswith(self.verb_prefixes)) \
                    or word[-1:] in ".;:!?":
                return False
        return False
