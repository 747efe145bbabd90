"""Stored times in words: the date a stored time falls on, in the user's own time zone and
language. Below the views and the store (the store names dates in its messages); the views
re-export these from netleder.views.labels.
"""

from __future__ import annotations

from typing import NamedTuple

from netleder.i18n import t


def local_moment(stamp: str | None):
    """A stored time (ISO 8601, with its offset or Z) as an aware datetime in the computer's own
    time zone; None for a value that is not such a time. A time stored without an offset is
    taken as it stands (netleder never stores one, but an imported file might)."""
    from datetime import datetime

    if not stamp:
        return None
    try:
        moment = datetime.fromisoformat(stamp[:-1] + "+00:00" if stamp[-1:] in "Zz" else stamp)
    except ValueError:
        return None
    return moment.astimezone() if moment.tzinfo is not None else moment


def human_date(stamp: str | None, lang: str, moment=None) -> str:
    """A stored time (ISO 8601 with its offset) as a date in the user's own time zone, in words:
    "4. marts 2025" / "4 March 2025". A value that is not such a time is shown as it is.
    (`moment`: the stamp's local_moment, when the caller has it already.)"""
    moment = moment if moment is not None else local_moment(stamp)
    if moment is None:
        return stamp or ""
    month = t("date.months", lang).split()[moment.month - 1]
    return t("date.long", lang, day=moment.day, month=month, year=moment.year)


class DateInWords(NamedTuple):
    """A stored time or date as a message parameter: put in words (human_date) in the language
    of the message it is part of, when that is put in words (netleder.errors.Msg)."""

    stamp: str | None
    key: str = "date.long"

    def format(self, lang: str) -> str:
        return human_date(self.stamp, lang)
