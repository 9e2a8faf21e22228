"""Hijri (Islamic) dates on the Gregorian calendar.

The arithmetic (tabular) Islamic calendar gives every Hijri day a Gregorian date to within a
day or two of the one a country's calendar fixes by sighting the moon. A language pack may
name known days of its country's calendar (Idul Fitri is 1 Syawal, Idul Adha 10 Zulhijjah);
a date in the month of one of them, or in the two months after, is moved by the difference
that day shows (a month before it is not: its length is unknown).
"""
from __future__ import annotations

from datetime import date

# the tabular calendar's epoch, 1 Muharram 1 AH (16 July 622, Julian), as a Python ordinal
_EPOCH = 227015
ANCHOR_REACH_MONTHS = 2  # how many Hijri months after its own a known day corrects


def tabular(year: int, month: int, day: int) -> date:
    """The Gregorian date of a Hijri day in the arithmetic calendar."""
    days = day + (59 * (month - 1) + 1) // 2 + (year - 1) * 354 + (3 + 11 * year) // 30
    return date.fromordinal(_EPOCH + days - 1)


def hijri_year_of(d: date) -> int:
    """The Hijri year in which a Gregorian date falls (arithmetic calendar)."""
    year = int((d.toordinal() - _EPOCH) / 354.367) + 1
    while tabular(year + 1, 1, 1) <= d:
        year += 1
    while tabular(year, 1, 1) > d:
        year -= 1
    return year


class HijriCalendar:
    """Hijri to Gregorian, corrected by the known days of one country's calendar."""

    def __init__(self, known: list[tuple[int, int, date]] = ()):
        """`known`: (Hijri month, Hijri day, Gregorian date) of days the country fixed."""
        self.offsets: dict[tuple[int, int], int] = {}  # (year, month) -> days to add
        for month, day, when in known:
            year = hijri_year_of(when)
            for y in (year - 1, year, year + 1):
                shift = (when - tabular(y, month, day)).days
                if abs(shift) <= 3:
                    self.offsets[(y, month)] = shift

    def to_gregorian(self, year: int, month: int, day: int = 1) -> date:
        """The Gregorian date of a Hijri day."""
        index = year * 12 + month
        near = [(index - (y * 12 + m), shift) for (y, m), shift in self.offsets.items()
                if 0 <= index - (y * 12 + m) <= ANCHOR_REACH_MONTHS]
        shift = min(near)[1] if near else 0
        return tabular(year, month, day) + date.resolution * shift
