"""Anchors canonical time frames on the publication time and writes TIMEX3 values.

Language-neutral: it reads only `Frame`s. Conventions (see the gold GUIDELINES):
- the anchor is the publication time, never the wall clock; without one, relative expressions
  get PAST_REF / PRESENT_REF / FUTURE_REF or "XXXX" forms;
- the news day is the publication date ("hari ini", "kemarin" count from it), except that a
  part of today that has not begun in an article stamped before dawn ("siang hari ini" at
  04:47) is the day before's, and that "hari ini", "kemarin" inside a quote count from the day
  the words were spoken: the last date the article named, if it lies in the week before;
- a bare weekday is the latest such day up to publication, unless the tense around it points to
  the future: then the first such day after the article's narrative day (the last day it named);
- "pekan ini" said ahead on a Sunday is the coming week (weeks are told from Sunday);
- a sports season ("musim ini", "musim lalu") is its calendar year nearest the publication
  date: the current one is the publication year, a past one the year it ended, a coming one
  the year it starts (a season begun by July ends the next year: "musim lalu" in October 2017
  is 2017, in May 2017 2016; "musim depan" in February 2018 is 2018); seasons counted are
  years ("enam musim": P6Y);
- a bare month is in the publication year (the next one ahead if the tense is future and it has
  passed), or, told without tense, in the year next to it when that one lies within two months
  ("Januari" in December is the coming one, "November" in January the last); a day-month without
  a year is the nearest such date, on the side of publication its "lalu" or "mendatang" names
  ("13 Desember mendatang" is ahead; a future tense makes the past cost more: "akan tampil di
  Manila (7 November)"), or the one the text named before; the date of a quote's attribution is
  behind it (or the next day, said in another time zone);
- a clock time or part of day without a date falls on the narrative day, which a dated time
  ("besok sore") moves like a date;
- "dalam 10 hari" (within ten days) is the day the span ends, a future point like "10 hari lagi",
  where the tense points ahead ("harus selesai dalam 10 hari"); elsewhere a duration;
- an explicit date wins over a weekday that disagrees with it;
- "tengah pekan mendatang" (midweek) is the week of the Wednesday that "Rabu mendatang" names;
- a Hijri day ("10 Zulhijjah 1438 H", "awal Ramadan": its first day) is its Gregorian date, in
  the Hijri year named or else the nearest; a Hijri month and year alone, the Gregorian year it
  begins in; a Hijri year alone ("musim haji 1437H"), the one its middle falls in;
- "bulan berikutnya", "tahun sebelumnya" count from the last month or year the text named, or
  from publication before it names one; "pekan sebelumnya" from the narrative day, if the last
  point named is a day;
- "setahun kemudian", "dua hari sebelumnya" move the last point the text named, at its
  granularity ("Desember 2015 ... setahun kemudian" is 2016-12); days and weeks move the
  narrative day; "beberapa hari kemudian" is how long, as are hours and minutes (the count
  alone: "enam jam | kemudian").
"""
from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import replace
from datetime import date, datetime, timedelta

from warta.nlp.hijri import hijri_year_of
from warta.nlp.timex_grammar import Frame

DAWN_HOUR = 7
SPEECH_WITHIN_DAYS = 7
WEEKDAY_DISAGREES_DAYS = 200
SPOKEN_AHEAD_DAYS = 1  # a quote dated abroad may bear the next day's date
REF_BY_SIGN = {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}
DURATION_CODES = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W",
                  "month": "M", "year": "Y", "season": "Y", "decade": "DE", "century": "CE"}
HIJRI_MIDYEAR_MONTH = 7  # Rajab opens the second half of a Hijri year
SEASON_TURN_MONTH = 7  # from July the season under way is the one that starts that year
CLOCK_UNITS = {"second", "minute", "hour"}
# a part of one unit is told in the next smaller one: "setengah abad" is P50Y, "setengah jam" PT30M
SMALLER_UNIT = {"century": ("year", 100), "decade": ("year", 10), "year": ("month", 12),
                "day": ("hour", 24), "hour": ("minute", 60), "minute": ("second", 60)}


def parse_published(published: str | None) -> datetime | None:
    """The publication time as a datetime (naive local time), or None."""
    if not published:
        return None
    try:
        return datetime.fromisoformat(str(published).replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        return None


def _sign(n: float) -> int:
    return (n > 0) - (n < 0)


def _num(n: float | str) -> str:
    return n if isinstance(n, str) else (f"{int(n)}" if float(n).is_integer() else f"{n:g}")


def _whole(n: float, unit: str) -> tuple[float, str]:
    """A part of one unit in the next smaller unit where that makes it whole ("setengah abad"
    → 50 years); a decimal count keeps its unit ("5,5 tahun" → P5.5Y)."""
    if isinstance(n, float) and 0 < n < 1 and unit in SMALLER_UNIT:
        smaller, factor = SMALLER_UNIT[unit]
        if float(n * factor).is_integer():
            return int(n * factor), smaller
    return n, unit


def _day(d: date) -> str:
    return d.isoformat()


def _week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def _cost(days: int) -> float:
    """How unlikely a date this many days from publication is: news looks back, so the future
    costs more."""
    return 1.5 * days if days > 0 else -days


NEAR_TURN_MONTHS = 2  # a bare month this near, over New Year, is that one ("Januari" in December)
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}  # a season's first and last month
NEAR_HOLIDAY = 45   # days from the default holiday within which "H+3" alone counts from it


def _shift_month(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + month - 1 + n
    return k // 12, k % 12 + 1


class Resolver:
    """Resolves the frames of one document, in text order (it remembers the narrative day)."""

    def __init__(self, published: datetime | None):
        self.now = published
        self.today = published.date() if published else None
        self.narrative = self.today
        self.last_year: int | None = published.year if published else None
        self.last_month: tuple[int, int] | None = (
            (published.year, published.month) if published else None)
        self.last_kind = "day"  # granularity of the last point named: day, month or year
        self.day_months: dict[tuple[int, int], int] = {}   # the year each day-month got
        self.holiday_named = False   # whether the article names a moving holiday ("Lebaran")

    def resolve(self, frame: Frame, tense: int = 0, quoted: bool = False, spoken: bool = False,
                habitual: bool = False) -> tuple[str, str] | None:
        """(type, TIMEX3 value) of a frame, or None if it cannot be read; `tense` is the sign
        of the tense around it, `quoted` whether it stands inside a quote, `spoken` whether it
        dates the words of a quote (so lies no later than publication), `habitual` whether a
        habit cue precedes it (a clock time alone is then of no particular day, a bare weekday
        every such day)."""
        if habitual and frame.bare_weekday:
            return "SET", self._set(frame)
        if habitual and frame.hour is not None and frame.day is None and frame.weekday is None \
                and frame.deixis is None and frame.month is None:
            return "TIME", f"XXXX-XX-XXT{self._clock(frame)}"
        if frame.type == "DURATION" or frame.future_only and tense <= 0 or self._elapsed(frame):
            return "DURATION", self._duration(frame)
        if frame.type == "SET":
            return "SET", self._set(frame)
        if frame.ref:
            return "DATE", frame.ref
        value = self._date(frame, tense, quoted, spoken)
        if value is None:
            return None
        self._remember(value[:10] if value[10:11] == "T" else value)
        if value[10:11] == "T":
            return "TIME", value
        if (frame.hour is not None or frame.pod) and len(value) == 10:
            return "TIME", value + "T" + self._clock(frame)
        return frame.type, value

    def anchors(self) -> tuple:
        """What the text has named last (for `restore`)."""
        return self.narrative, self.last_year, self.last_month, self.last_kind

    def restore(self, anchors: tuple) -> None:
        """Forget what was named since `anchors` was taken."""
        self.narrative, self.last_year, self.last_month, self.last_kind = anchors

    def on_day(self, frame: Frame, day: date) -> tuple[str, str]:
        """(type, value) of a deictic frame that a date set beside it names: that day, with
        the frame's part of day or clock ("hari ini, Minggu (4/6)"; "besok malam (21/4)")."""
        self._remember(_day(day))
        if frame.hour is not None or frame.pod:
            return "TIME", f"{_day(day)}T{self._clock(frame)}"
        return "DATE", _day(day)

    # -- kinds ------------------------------------------------------------------------------

    @staticmethod
    def _duration(frame: Frame) -> str:
        parts = [_whole(frame.amount or 1, frame.unit), *(_whole(n, u) for n, u in frame.more)]
        days, clock = ("".join(_num(n) + DURATION_CODES[u] for n, u in parts
                               if (u in CLOCK_UNITS) == timed) for timed in (False, True))
        return "P" + days + (f"T{clock}" if clock else "")

    def _set(self, frame: Frame) -> str:
        if frame.weekday:
            clock = f"T{self._clock(frame)}" if frame.pod or frame.hour is not None else ""
            return f"XXXX-WXX-{frame.weekday}{clock}"
        if frame.pod:
            return f"XXXX-XX-XXT{frame.pod['code']}"
        return self._duration(frame)

    def _clock(self, frame: Frame) -> str:
        if frame.hour is None:
            return frame.pod["code"]
        hour = frame.hour
        pm = (frame.pod or {}).get("pm")
        if pm and pm[0] <= hour <= pm[1]:
            hour += 12
        return f"{hour:02d}:{frame.minute or 0:02d}"

    def _date(self, f: Frame, tense: int, quoted: bool, spoken: bool = False) -> str | None:
        if f.week_no is not None:
            return self._week_of_month(f, tense, quoted, spoken)
        if f.century is not None:
            return f"{f.century - 1:02d}"
        if f.decade:
            return f.decade
        if f.anaphor is not None and not f.year_part and f.amount is not None:
            return self._counted_from_last(f)
        if f.anaphor is not None and not f.year_part:
            return self._anaphor(f.unit, f.anaphor)
        if f.year_part:
            return self._year_part(f)
        if f.day_offset is not None:
            return self._holiday_offset(f)
        if f.movable is not None:
            return self._movable(f)
        if f.hijri_month or f.hijri_year:
            return self._hijri(f)
        if f.holiday:
            f.month, f.day = f.holiday
        if f.day is not None and f.month is not None:
            return self._day_month(f, spoken, tense)
        if f.deixis is not None:
            if self.today is None:
                return REF_BY_SIGN[_sign(f.deixis)]
            return _day(self._base_day(f, quoted) + timedelta(f.deixis))
        if f.unit and f.rel is not None:
            return self._shifted(f, quoted, tense)
        if f.weekday:
            day = self._weekday(f.weekday, f.rel, tense)
            return _week(date.fromisoformat(day)) if f.midweek and self.today else day
        if f.month:
            return self._month(f, tense)
        if f.year:
            return f"{f.year:04d}"
        if f.pod or f.hour is not None:
            return self._part_of_day(f, quoted)
        return None

    def _day_month(self, f: Frame, spoken: bool = False, tense: int = 0) -> str | None:
        year = f.year
        if year is not None and year < 100:
            pivot = (self.today.year % 100 + 10) if self.today else 50
            year += 2000 if year <= pivot else 1900
        if year is None and self.today is None:
            return f"XXXX-{f.month:02d}-{f.day:02d}"
        if year is None and not f.rel and (f.month, f.day) in self.day_months:
            year = self.day_months[f.month, f.day]   # the day-month the text named before
        if year is None:
            years = range(self.today.year - 1, self.today.year + 2)
            if f.rel:  # "lalu" behind publication, "mendatang" ahead
                years = [y for y in years if _sign(self._days_away(y, f) or 0) in (0, f.rel)]
            elif spoken and f.weekday:  # the day words were said ("kata X, Selasa (19/2)"):
                # not after publication, a time zone aside
                years = [y for y in years if (self._days_away(y, f) or 0) <= SPOKEN_AHEAD_DAYS]
            ahead = tense > 0 and not spoken   # "akan tampil di Manila (7 November)"
            year = min(years, key=lambda y: self._distance(y, f, ahead))
        self.day_months[f.month, f.day] = year
        try:
            return _day(date(year, f.month, f.day))
        except ValueError:
            return None

    def _hijri(self, f: Frame) -> str | None:
        """A Hijri day, month or year on the Gregorian calendar."""
        if f.day is not None and f.day > 30:
            return None
        if f.hijri_month is None:  # a year alone: the Gregorian year most of it falls in
            return f"{f.calendar.to_gregorian(f.hijri_year, HIJRI_MIDYEAR_MONTH, 1).year:04d}"
        year = f.hijri_year
        if year is None and self.today is None:
            return "XXXX"
        if year is None:
            now = hijri_year_of(self.today)
            year = min((now - 1, now, now + 1), key=lambda y: _cost(
                (f.calendar.to_gregorian(y, f.hijri_month, f.day or 1) - self.today).days))
        when = f.calendar.to_gregorian(year, f.hijri_month, f.day or 1)
        return _day(when) if f.day else f"{when.year:04d}"

    def _days_away(self, year: int, f: Frame) -> int | None:
        """Days from publication to a day-month in a year (None if that day does not exist)."""
        try:
            return (date(year, f.month, f.day) - self.today).days
        except ValueError:
            return None

    def _distance(self, year: int, f: Frame, ahead: bool = False) -> float:
        """Cost of a year for a day-month: days away (news looks back: the future costs more,
        unless the tense looks `ahead`: then the past does), plus a penalty when the weekday
        named with it disagrees."""
        days = self._days_away(year, f)
        if days is None:
            return float("inf")
        disagree = bool(f.weekday) and date(year, f.month, f.day).isoweekday() != f.weekday
        return _cost(-days if ahead else days) + WEEKDAY_DISAGREES_DAYS * disagree

    def _base_day(self, f: Frame, quoted: bool) -> date:
        """The day that "hari ini" names: the day of the quoted words, or the news day."""
        if quoted and 0 < (self.today - self.narrative).days <= SPEECH_WITHIN_DAYS:
            return self.narrative
        if f.pod and self.now.hour < f.pod["from"] and (
                f.same_day == "recent"
                or self.now.hour < DAWN_HOUR and (f.deixis == 0 or f.same_day == "this")):
            return self.today - timedelta(1)  # "tadi malam"; "siang ini" before dawn
        return self.today

    def _movable(self, f: Frame) -> str:
        """A moving holiday: its date in the year named (or this year, last, next) where the
        pack knows it, else the year."""
        if f.year is None and self.today is None:
            return "XXXX"
        year = f.year or self.today.year + (f.rel or 0)
        if year in f.movable:
            month, day = f.movable[year]
            if day is None:   # a moving month: "bulan Ramadan ini" -> 2017-06
                return f"{year:04d}-{month:02d}"
            return f"{year:04d}-{month:02d}-{day:02d}"
        return f"{year:04d}"

    def _holiday_offset(self, f: Frame) -> str | None:
        """A day counted from a holiday ("H-7 Lebaran", "H-3 Natal"): from its date in the year
        named, else from its date nearest to publication; with no holiday named ("H+3"), from the
        pack's default one where the article names a moving holiday or is within
        `NEAR_HOLIDAY` days of it. None otherwise."""
        years = [f.year] if f.year is not None else (
            [self.today.year - 1, self.today.year, self.today.year + 1] if self.today else [])
        movable = {y: md for y, md in (f.movable or {}).items() if md[1] is not None}
        dates = {y: f.holiday for y in years} if f.holiday else movable or f.near_holiday or {}
        days = [date(y, *dates[y]) for y in years if y in dates]
        if not days:
            return None
        base = min(days, key=lambda d: abs((d - self.today).days)) if self.today else days[0]
        if not (f.movable or f.holiday or self.holiday_named) and (
                self.today is None or abs((base - self.today).days) > NEAR_HOLIDAY):
            return None   # "H-3" in December is some other event's countdown
        return _day(base + timedelta(f.day_offset))

    def _week_of_month(self, f: Frame, tense: int, quoted: bool, spoken: bool) -> str | None:
        """"minggu kedua April": the ISO week of the month's second Monday (its first week
        is the one its first Monday opens)."""
        month = self._date(replace(f, week_no=None), tense, quoted, spoken)
        if month is None or not re.fullmatch(r"\d{4}-\d{2}", month):
            return month
        first = date(int(month[:4]), int(month[5:7]), 1)
        year, week, _ = (first + timedelta((7 - first.weekday()) % 7 + 7 * (f.week_no - 1))
                         ).isocalendar()
        return f"{year:04d}-W{week:02d}"

    def _year_part(self, f: Frame) -> str:
        """A quarter or half: of the year named, of the year "ini/lalu/depan", of the year
        before or after the last one named ("semester I tahun sebelumnya"), or this year."""
        part = f"{f.year_part}{f.part_no}"
        if f.year_part in SEASON_MONTHS and f.year is None and f.rel and self.today:
            # "musim panas mendatang": the next summer, this year's until it has begun
            first, last = SEASON_MONTHS[f.year_part]
            ahead = self.today.month < first if f.rel > 0 else self.today.month > last
            return f"{self.today.year + (0 if ahead else f.rel):04d}-{part}"
        if f.anaphor is not None and self.last_year:
            return f"{self.last_year + f.anaphor:04d}-{part}"
        if f.year is None and self.today is None:
            return f"XXXX-{part}"
        return f"{f.year or self.today.year + (f.rel or 0):04d}-{part}"

    def _shifted(self, f: Frame, quoted: bool, tense: int = 0) -> str:
        """A unit moved from now: "pekan lalu", "dua hari lalu", "Desember tahun lalu"; on a
        Sunday, "pekan ini" in the future tense is the week that starts the next day."""
        if f.amount == "X":
            return REF_BY_SIGN[f.rel]
        n = round((f.amount or 1) * f.rel) if f.rel else 0
        if self.now is None:
            return REF_BY_SIGN[_sign(n)]
        today, unit = self._base_day(f, quoted), f.unit
        if unit in CLOCK_UNITS:
            seconds = {"second": 1, "minute": 60, "hour": 3600}[unit] * n
            return (self.now + timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M")
        if unit == "day":
            return _day(today + timedelta(n))
        if unit == "week":
            d = today + timedelta(7 * n + (n == 0 and tense > 0 and today.isoweekday() == 7))
            if f.weekday:
                return _day(d + timedelta(f.weekday - d.isoweekday()))
            return _week(d) + (f"-{f.weekend}" if f.weekend else "")
        if unit == "month":
            y, m = _shift_month(today.year, today.month, n)
            return f"{y:04d}-{m:02d}"
        if unit == "year":
            return f"{today.year + n:04d}" + (f"-{f.month:02d}" if f.month else "")
        if unit == "season":
            start = today.year - (today.month < SEASON_TURN_MONTH) + n  # the year it starts
            return f"{today.year if n == 0 else start + (n < 0):04d}"
        if unit == "decade":
            return f"{today.year // 10 + n:03d}"
        return f"{today.year // 100 + n:02d}"

    def _weekday(self, weekday: int, rel: int | None, tense: int) -> str:
        """The last such day up to today ("lalu": before today), or the next one ("depan",
        or a future tense: the first after the narrative day); "ini": the one this week."""
        if self.today is None:
            return f"XXXX-WXX-{weekday}"
        if rel == 0:
            return _day(self.today + timedelta(weekday - self.today.isoweekday()))
        if rel is not None and rel > 0 or rel is None and tense > 0:
            base = self.today if rel else self.narrative
            return _day(base + timedelta((weekday - base.isoweekday() - 1) % 7 + 1))
        back = (self.today.isoweekday() - weekday) % 7
        if rel is not None and back == 0:
            back = 7
        return _day(self.today - timedelta(back))

    def _month(self, f: Frame, tense: int) -> str:
        if f.year:
            return f"{f.year:04d}-{f.month:02d}"
        if self.today is None:
            return f"XXXX-{f.month:02d}"
        year, now = self.today.year, self.today.month
        rel = f.rel if f.rel is not None else (1 if tense > 0 else 0)
        if rel < 0 and f.month > now:
            year -= 1
        elif rel > 0 and f.month < now:
            year += 1
        elif f.rel is None and not tense:  # no tense: the nearest, across the turn of a year
            ahead = f.month - now
            year += (ahead <= NEAR_TURN_MONTHS - 12) - (ahead >= 12 - NEAR_TURN_MONTHS)
        return f"{year:04d}-{f.month:02d}"

    def _part_of_day(self, f: Frame, quoted: bool) -> str:
        if self.now is None:
            return "XXXX-XX-XX"
        return _day(self.narrative if f.same_day is None else self._base_day(f, quoted))

    def _anaphor(self, unit: str, offset: int) -> str | None:
        """The year, month or day last named, moved by `offset` units; a week, that of the
        narrative day while the last point named is a day ("pekan sebelumnya" after a date)."""
        if unit in ("year", "season") and self.last_year:
            return f"{self.last_year + offset:04d}"
        if unit == "month" and self.last_month:
            year, month = divmod(self.last_month[0] * 12 + self.last_month[1] - 1 + offset, 12)
            return f"{year:04d}-{month + 1:02d}"
        if unit == "day" and self.narrative:
            return _day(self.narrative + timedelta(offset))
        if unit == "week" and self.narrative and self.last_kind == "day":
            return _week(self.narrative + timedelta(7 * offset))
        return None

    @staticmethod
    def _elapsed(f: Frame) -> bool:
        """A counted shift from the last point that reads as how long: "beberapa hari
        kemudian" (hours and minutes are counts alone: "lima menit | kemudian")."""
        return f.anaphor is not None and f.amount is not None and not isinstance(f.amount, float)

    def _counted_from_last(self, f: Frame) -> str | None:
        """The last point named moved by a counted unit: "setahun kemudian", "dua hari
        sebelumnya"."""
        if self.narrative is None:
            return REF_BY_SIGN[f.anaphor]
        n = round(f.amount * f.anaphor)
        if f.unit in ("day", "week"):
            return _day(self.narrative + timedelta(n * (7 if f.unit == "week" else 1)))
        months = n * (1 if f.unit == "month" else 12)
        if self.last_kind == "day":
            year, month = _shift_month(self.narrative.year, self.narrative.month, months)
            return _day(date(year, month, min(self.narrative.day, monthrange(year, month)[1])))
        if self.last_kind == "month":
            year, month = _shift_month(*self.last_month, months)
            return f"{year:04d}-{month:02d}"
        return f"{self.last_year + months // 12:04d}"

    def _remember(self, value: str) -> None:
        """Track the last year, month and day the text named (for "tahun yang sama" etc.)."""
        if value[:4].isdigit() and len(value) >= 4 and not value[4:5].isdigit():
            self.last_year = int(value[:4])
            if len(value) >= 7 and value[5:7].isdigit():
                self.last_month = (int(value[:4]), int(value[5:7]))
            if len(value) == 10:
                self.narrative = date.fromisoformat(value)
            kind = {4: "year", 7: "month", 10: "day"}.get(len(value))
            if kind and (kind != "month" or value[5:7].isdigit()):
                self.last_kind = kind
