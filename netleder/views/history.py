"""The history of reflections and one competence's movement across them, computed once and
drawn by the terminal and HTML writers.

Dates are the user's local dates in words ("1. december 2026"); the time of day is added where
two reflections in the list fall on the same local day. Strength and growth are named by the
competence's title, never by a bare number that could be read as a rating; phases by their
(short) titles.

A long history is not held in memory: the rows and points are made one by one from a stream of
reflections (`history_rows`, `trend_points`), with what a row needs to know of the others (the
prefix a long id is shown by, the days shared with another reflection) surveyed beforehand
(`Context`). `build_history` and `build_trend` do the same for a list.

Pure: no store, no terminal, no I/O.
"""

# No `from __future__ import annotations` here: a NamedTuple's fields annotated as strings are
# compiled one by one when the class is made, which doubled what these records cost each start.
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from netleder.dates import human_date, local_moment
from netleder.i18n import t
from netleder.reflection import Reflection, Snapshot
from netleder.views.labels import human_time, mark_suffix, phase_label


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
    direction: str  # against the previous point of the same network: "up", "down", "same"; "" for its first
    line: int = 0  # which network's line the point is on (0, 1, ...: in order of first appearance)


class Trend(NamedTuple):
    cid: str
    title: str
    points: tuple[TrendPoint, ...]  # oldest first
    skipped: int  # reflections without a rating of this competence
    levels: tuple[str, ...]  # the labels of the newest point's scale, lowest first
    summary: str = ""  # first and latest rating, per network when there are several
    networks: int = 1  # how many networks the points come from (one line each; never compared)
    note: str = ""  # said when the points were answered on more than one scale


class Context(NamedTuple):
    """What a row needs to know of the other reflections shown, surveyed before the rows are made."""
    shown: dict[str, str]  # a long id -> the unique prefix it is shown by (netleder's own are shown whole)
    days: dict  # a local day -> how many of the reflections shown fall on it
    words: dict  # (local day, language) -> the day in words, filled as rows are made (each day once)


def short_ids(ids: list[str]) -> dict[str, str]:
    """Ids as shown: netleder's own (6 characters) in full, longer ones cut to a unique prefix."""
    out = {rid: rid for rid in ids if len(rid) <= 8}
    out.update(long_prefixes(sorted(ids)))
    return out


def long_prefixes(sorted_ids: Iterable[str]) -> dict[str, str]:
    """The ids longer than netleder's own, each cut to a prefix its neighbours in sorted order do
    not share; read as a stream (only the long ids are kept)."""
    out: dict[str, str] = {}
    before: str | None = None
    waiting: tuple[str, int] | None = None  # a long id whose next neighbour is not read yet
    for rid in sorted_ids:
        if waiting is not None:
            out[waiting[0]] = waiting[0][: max(6, max(waiting[1], _common(waiting[0], rid)) + 1)]
            waiting = None
        if len(rid) > 8:
            waiting = (rid, _common(rid, before) if before is not None else 0)
        before = rid
    if waiting is not None:
        out[waiting[0]] = waiting[0][: max(6, waiting[1] + 1)]
    return out


def _common(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def day_counts(stamps: Iterable[str | None]) -> dict:
    """How many of the stored times fall on each local day."""
    days: dict = {}
    for stamp in stamps:
        m = local_moment(stamp)
        if m is not None:
            day = m.date()
            days[day] = days.get(day, 0) + 1
    return days


def context_of(reflections: list[Reflection]) -> Context:
    """The context of a list of reflections shown together."""
    return Context(long_prefixes(sorted(r.id for r in reflections)), day_counts(r.created_at for r in reflections), {})


class _Whens:
    """Each stored time as a local date in words, with the time of day where two reflections
    shown share a day. (Each day is put into words once: a long history has many reflections
    on few days.)"""

    def __init__(self, days: dict, lang: str, words: dict | None = None) -> None:
        self.days, self.lang, self.words = days, lang, {} if words is None else words

    def __call__(self, stamp: str | None) -> When:
        m = local_moment(stamp)
        if m is None:
            return When(stamp or "", "")
        day = m.date()
        key = (day, self.lang)
        if key not in self.words:
            self.words[key] = human_date(stamp, self.lang, m)
        return When(self.words[key], human_time(stamp, self.lang) if self.days.get(day, 0) > 1 else "")


def whens(stamps: list[str | None], lang: str) -> list[When]:
    """Each stored time as a local date in words, with the time of day where two share a day."""
    when = _Whens(day_counts(stamps), lang)
    return [when(s) for s in stamps]


def build_history(reflections: list[Reflection], phases, lang: str, comps=None) -> list[HistoryRow]:
    """One row per reflection, in the order given (newest first). With `comps` (the content in
    use), a title it marks as authored carries the mark, as on every other surface."""
    return list(history_rows(reflections, phases, lang, comps, context_of(reflections)))


def history_rows(reflections: Iterable[Reflection], phases, lang: str, comps, context: Context,
                 titles: bool = True) -> Iterator[HistoryRow]:
    """build_history as a stream: one row per reflection as it is read, every label made once.
    Without `titles`, the strength and growth are left empty (not worked out): enough to
    measure the columns a row takes, which they are not in."""
    current = {c.id: c for c in comps.competences} if comps is not None else {}
    made: dict = {}  # (snapshot, competence) -> title: a leader's reflections share a few snapshots
    when = _Whens(context.days, lang, context.words)

    def title(r: Reflection, cid: str | None) -> str:
        if cid is None:
            return ""
        key = (id(r.snapshot), cid)
        if key not in made:  # the snapshot is kept with its title: its id is not reused while streaming
            comp = r.snapshot.competence(cid)
            now = current.get(cid)
            authored = comp is not None and now is not None and now.title == comp.title and now.source == "authored"
            made[key] = (r.snapshot, f"{comp.number}. {comp.title(lang)}{mark_suffix(authored)}"
                         if comp is not None else cid)
        return made[key][1]

    stages: dict = {}
    names: dict = {}  # each network's name once (a stream reads the same name anew in each row)
    for r in reflections:
        summary = r.summary() if titles else None
        total = len(r.snapshot.competences)
        count = str(total) if r.complete else f"{sum(1 for v in r.ratings.values() if v is not None)}/{total}"
        if r.phase not in stages:
            stages[r.phase] = phase_label(r.phase, phases, lang)
        network = names.setdefault(r.network or "", r.network or "")
        yield HistoryRow(
            context.shown.get(r.id, r.id), when(r.created_at), r.complete, network, stages[r.phase], count,
            title(r, summary.strengths[0] if summary is not None and summary.strengths else None),
            title(r, summary.growth[0] if summary is not None and summary.growth else None),
        )


class TrendEnd:
    """What a trend says once every point is made: the first and latest rating of each
    network's line, the scale of the newest point, and whether the points were answered on
    more than one scale. Filled by `trend_points` as the points pass."""

    def __init__(self) -> None:
        self.lines: dict[str, int] = {}  # network -> its line
        self.ends: list[list[str]] = []  # per line: [network, first label, latest label]
        self.newest: Snapshot | None = None
        self.scales: list = []  # the distinct scales met
        self.count = 0

    def add(self, point: TrendPoint, snapshot: Snapshot) -> None:
        self.count += 1
        if point.line == len(self.ends):
            self.ends.append([point.network, point.label, point.label])
        self.ends[point.line][2] = point.label
        self.newest = snapshot
        if snapshot.scale not in self.scales:
            self.scales.append(snapshot.scale)

    def trend(self, cid: str, title: str, points: tuple[TrendPoint, ...], skipped: int, lang: str) -> Trend:
        newest = self.newest
        levels = tuple(label(lang) for _, label in newest.scale) if newest is not None else ()
        summary = ""
        if self.count and len(self.lines) == 1:
            summary = t("trend.summary", lang, first=self.ends[0][1], last=self.ends[0][2])
        elif self.count:
            from netleder.safe_text import user_text

            parts = [t("trend.summary_one_network", lang, network=user_text(network) or t("trend.no_network", lang),
                       first=first, last=last) for network, first, last in self.ends]
            summary = t("trend.summary_networks", lang, count=len(self.lines), each=" ".join(parts))
        several = newest is not None and any(scale != newest.scale for scale in self.scales)
        note = t("trend.other_scale", lang, scale=newest.scale_words(lang)) if several and newest is not None else ""
        return Trend(cid, title, points, skipped, levels, summary, len(self.lines), note)


def build_trend(cid: str, title: str, points: list[tuple[Reflection, int]], skipped: int, lang: str) -> Trend:
    """One competence's rating in each reflection that rated it, oldest first. Ratings from
    different networks are never compared: each network is a line of its own, and a point's
    change is against the previous point of its own network."""
    end = TrendEnd()
    shown = tuple(trend_points(points, lang, context_of([r for r, _ in points]), end))
    return end.trend(cid, title, shown, skipped, lang)


def trend_points(points: Iterable[tuple[Reflection, int]], lang: str, context: Context,
                 end: TrendEnd) -> Iterator[TrendPoint]:
    """build_trend's points as a stream (oldest first); `end` gathers what the trend says after them."""
    for _, _, point in trend_points_with(points, lang, context, end):
        yield point


def trend_points_with(points: Iterable[tuple[Reflection, int]], lang: str, context: Context,
                      end: TrendEnd) -> Iterator[tuple[Reflection, int, TrendPoint]]:
    """trend_points, each point with the reflection and value it was made from."""
    from netleder.store.networks import network_key

    when = _Whens(context.days, lang, context.words)
    lines = end.lines
    before: dict[int, int] = {}  # line -> its latest value so far
    scale_before: dict[int, Snapshot] = {}  # line -> the scale its latest value was answered on
    for r, value in points:
        values = r.snapshot.scale_values
        line = lines.setdefault(network_key(r.network or ""), len(lines))
        prior, prior_scale = before.get(line), scale_before.get(line)
        # no direction between two points answered on different scales: their steps are not one
        if prior is None or prior_scale is None or not prior_scale.same_scale(r.snapshot):
            direction = ""
        else:
            direction = "up" if value > prior else "down" if value < prior else "same"
        scale_before[line] = r.snapshot
        point = TrendPoint(context.shown.get(r.id, r.id), when(r.created_at), r.complete, r.network or "", value,
                           r.snapshot.label(value, lang),
                           values.index(value) + 1 if value in values else 0, len(values), direction, line)
        before[line] = value
        end.add(point, r.snapshot)
        yield r, value, point
