"""The history of reflections and one competence's movement across them, computed once and
drawn by the terminal and HTML writers.

Dates are the user's local dates in words ("1. december 2026"); the time of day is added where
two reflections in the list fall on the same local day. Strength and growth are named by the
competence's title, never by a bare number that could be read as a rating; phases by their
(short) titles.

Pure: no store, no terminal, no I/O.
"""

from __future__ import annotations

from typing import NamedTuple

from netleder.reflection import Reflection
from netleder.views.labels import human_date, human_time, local_moment, mark_suffix, phase_label


class When(NamedTuple):
    date: str  # "1. december 2026"
    time: str  # "kl. 14.05" where another shown reflection shares the day, else ""


class HistoryRow(NamedTuple):
    id: str  # as shown (a long imported id cut to a unique prefix)
    when: When
    complete: bool
    network: str  # the leader's text ("" when none)
    phase: str  # "3. Fokusering" ("" when none)
    rated: str  # "10", or for a draft how many are rated so far: "3/10" (not `count`: tuple's)
    strength: str  # the top strength's title ("" when none)
    growth: str  # the top growth area's title ("" when none)


class TrendPoint(NamedTuple):
    id: str  # as shown
    when: When
    complete: bool
    network: str
    value: int
    label: str  # the scale's label for the value, as the reflection's scale has it
    position: int  # 1-based step on that reflection's scale
    steps: int  # steps on that scale
    direction: str  # "up", "down", "same", or "" for the first point


class Trend(NamedTuple):
    cid: str
    title: str
    points: tuple[TrendPoint, ...]  # oldest first
    skipped: int  # reflections without a rating of this competence
    levels: tuple[str, ...]  # the labels of the newest point's scale, lowest first


def short_ids(ids: list[str]) -> dict[str, str]:
    """Ids as shown: netleder's own (6 characters) in full, longer ones cut to a unique prefix."""
    out = {rid: rid for rid in ids if len(rid) <= 8}
    longer = sorted(rid for rid in ids if len(rid) > 8)
    everything = sorted(ids)
    where = {rid: i for i, rid in enumerate(everything)}
    for rid in longer:
        i = where[rid]
        neighbours = [everything[j] for j in (i - 1, i + 1) if 0 <= j < len(everything)]
        common = max((_common(rid, other) for other in neighbours), default=0)
        out[rid] = rid[: max(6, common + 1)]
    return out


def _common(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def whens(stamps: list[str | None], lang: str) -> list[When]:
    """Each stored time as a local date in words, with the time of day where two share a day.
    (Each day is put into words once: a long history has many reflections on few days.)"""
    moments = [local_moment(s) for s in stamps]
    days: dict = {}
    for m in moments:
        if m is not None:
            day = m.date()
            days[day] = days.get(day, 0) + 1
    words: dict = {}
    out = []
    for stamp, m in zip(stamps, moments):
        if m is None:
            out.append(When(stamp or "", ""))
            continue
        day = m.date()
        if day not in words:
            words[day] = human_date(stamp, lang, m)
        out.append(When(words[day], human_time(stamp, lang) if days[day] > 1 else ""))
    return out


def build_history(reflections: list[Reflection], phases, lang: str, comps=None) -> list[HistoryRow]:
    """One row per reflection, in the order given (newest first). With `comps` (the content in
    use), a title it marks as authored carries the mark, as on every other surface."""
    shown = short_ids([r.id for r in reflections])
    current = {c.id: c for c in comps.competences} if comps is not None else {}
    titles: dict = {}  # (snapshot, competence) -> title: a leader's reflections share a few snapshots

    def title(r: Reflection, cid: str | None) -> str:
        if cid is None:
            return ""
        key = (id(r.snapshot), cid)
        if key not in titles:
            comp = r.snapshot.competence(cid)
            now = current.get(cid)
            authored = comp is not None and now is not None and now.title == comp.title and now.source == "authored"
            titles[key] = f"{comp.number}. {comp.title(lang)}{mark_suffix(authored)}" if comp is not None else cid
        return titles[key]

    stages: dict = {}
    rows = []
    for r, when in zip(reflections, whens([r.created_at for r in reflections], lang)):
        summary = r.summary()
        total = len(r.snapshot.competences)
        count = str(total) if r.complete else f"{sum(1 for v in r.ratings.values() if v is not None)}/{total}"
        if r.phase not in stages:
            stages[r.phase] = phase_label(r.phase, phases, lang)
        rows.append(HistoryRow(
            shown[r.id], when, r.complete, r.network or "", stages[r.phase], count,
            title(r, summary.strengths[0] if summary.strengths else None),
            title(r, summary.growth[0] if summary.growth else None),
        ))
    return rows


def build_trend(cid: str, title: str, points: list[tuple[Reflection, int]], skipped: int, lang: str) -> Trend:
    """One competence's rating in each reflection that rated it, oldest first."""
    shown = short_ids([r.id for r, _ in points])
    out = []
    before = None
    for (r, value), when in zip(points, whens([r.created_at for r, _ in points], lang)):
        values = r.snapshot.scale_values
        direction = "" if before is None else "up" if value > before else "down" if value < before else "same"
        out.append(TrendPoint(shown[r.id], when, r.complete, r.network or "", value,
                              r.snapshot.label(value, lang),
                              values.index(value) + 1 if value in values else 0, len(values), direction))
        before = value
    newest = points[-1][0].snapshot if points else None
    levels = tuple(label(lang) for _, label in newest.scale) if newest is not None else ()
    return Trend(cid, title, tuple(out), skipped, levels)
