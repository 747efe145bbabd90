"""Two reflections compared, computed once and drawn by the terminal and JSON writers (and by the
summary's "since last time" section). `comparison_page` puts it in the user's words for the
terminal writer, which only lays it out.

Honest by construction:
- the two are always put oldest first, newest second, whatever order they were named in;
- a movement is stated only for a competence rated in both; one rated in only one of them is
  listed as "not reflected on this time" (rated only in the older) or "new this time" (rated
  only in the newer), never as a strength or growth area that came or went;
- strengths and growth areas that came, went or stayed are counted only among the
  competences rated in both;
- two reflections answered on different scales (an older one keeps the labels it was answered
  with) are shown side by side by their own labels, with no direction: `same_scale` says so.

Pure: no store, no terminal, no I/O.
"""

from __future__ import annotations

from typing import NamedTuple

from netleder.reflection import Reflection, StepOutcome, step_outcomes
from netleder.views.labels import moment_key


class Moved(NamedTuple):
    cid: str
    before: int
    after: int
    comparable: bool = True  # both rated on the same scale

    @property
    def direction(self) -> str:
        """"up", "down" or "same": a movement between steps of the scale, never points; "" when
        the two were answered on different scales (there is no step to move between)."""
        if not self.comparable:
            return ""
        return "up" if self.after > self.before else "down" if self.after < self.before else "same"


class CameWent(NamedTuple):
    came: tuple[str, ...]
    went: tuple[str, ...]
    kept: tuple[str, ...]


class Comparison(NamedTuple):
    before: Reflection  # the older
    after: Reflection  # the newer
    moved: tuple[Moved, ...]  # rated in both, in competence order
    only_before: tuple[str, ...]  # rated only in the older: not reflected on this time
    only_after: tuple[str, ...]  # rated only in the newer: new this time
    strengths: CameWent  # among the competences rated in both
    growth: CameWent
    steps: tuple[StepOutcome, ...]  # the older one's next steps, and how they went
    same_scale: bool = True  # both answered on the same scale; else no direction is shown


def in_time_order(a: Reflection, b: Reflection) -> tuple[Reflection, Reflection]:
    """(older, newer), by when they were made (their stored times with their offsets)."""
    return (a, b) if moment_key(a.created_at) <= moment_key(b.created_at) else (b, a)


def _number(cid: str, a: Reflection, b: Reflection) -> int:
    comp = b.snapshot.competence(cid) or a.snapshot.competence(cid)
    return comp.number if comp is not None else 10**6


def _rated(r: Reflection) -> list[str]:
    """The competences `r` rated, in its scope (ratings outside the scope are not shown)."""
    return [cid for cid in r.scope if r.ratings.get(cid) is not None]


def build_comparison(a: Reflection, b: Reflection) -> Comparison:
    """`a` and `b` compared, the older first whatever the order given."""
    before, after = in_time_order(a, b)
    rated_before, rated_after = _rated(before), _rated(after)
    both = [cid for cid in rated_after if cid in rated_before]
    key = lambda cid: _number(cid, before, after)
    same_scale = before.snapshot.same_scale(after.snapshot)
    moved = tuple(Moved(cid, old, new, same_scale) for cid in sorted(both, key=key)  # (both rated: never None)
                  if (old := before.ratings[cid]) is not None and (new := after.ratings[cid]) is not None)
    only_before = tuple(sorted((c for c in rated_before if c not in rated_after), key=key))
    only_after = tuple(sorted((c for c in rated_after if c not in rated_before), key=key))
    shared = set(both)
    sa, sb = before.summary(), after.summary()

    def came_went(then: tuple[str, ...], now: tuple[str, ...]) -> CameWent:
        then = tuple(c for c in then if c in shared)
        now = tuple(c for c in now if c in shared)
        return CameWent(tuple(c for c in now if c not in then), tuple(c for c in then if c not in now),
                        tuple(c for c in now if c in then))

    return Comparison(before, after, moved, only_before, only_after, came_went(sa.strengths, sb.strengths),
                      came_went(sa.growth, sb.growth), tuple(step_outcomes(before, after)), same_scale)


def other_scale_note(before: Reflection, after: Reflection, lang: str) -> str:
    """The note where two reflections answered on different scales meet: both scales in words,
    and that their steps are not compared ("" when the scale is the same)."""
    from netleder.i18n import t

    if before.snapshot.same_scale(after.snapshot):
        return ""
    return t("scale.other_scale", lang, before=before.snapshot.scale_words(lang),
             after=after.snapshot.scale_words(lang))


# --- the comparison in words (`netleder compare`) ------------------------------------------------


class MovedRow(NamedTuple):
    title: str  # "3. Skaber et trygt rum *"
    then: str  # the older rating's label
    now: str
    direction: str  # "up", "down", "same" or "" (Moved.direction)


class CameWentLines(NamedTuple):
    heading: str  # "Dine styrker"
    rows: tuple[tuple[str, tuple[str, ...]], ...]  # ("Kommet til", titles), ("Ikke længere", …), ("Stadig", …)
    none: str  # what an empty row says
    note: str  # counted only among the competences rated both times


class StepLine(NamedTuple):
    title: str
    step: str  # as the leader wrote it (made safe by the writer)
    status: str  # how it went, or that it was not followed up
    followed_up: bool
    note: str  # the leader's note on it (made safe by the writer)


class ComparisonPage(NamedTuple):
    lang: str
    heading: str  # "Fra 1. oktober 2026 (aaaaaa) til 1. november 2026 (bbbbbb)"
    network_label: str
    network: str  # "" when neither names one; "A → B" when they differ (made safe by the writer)
    columns: tuple[str, ...]
    moved: tuple[MovedRow, ...]
    legend: str  # what the arrows mean, or that two scales are not compared
    none_both: str  # nothing rated both times
    only: tuple[tuple[str, tuple[str, ...]], ...]  # (heading, titles): only last time, only this time
    lists: tuple[CameWentLines, ...]  # strengths, growth areas
    steps_heading: str
    no_steps: str
    steps: tuple[StepLine, ...]
    source_note: str | None
    authored_note: str | None


def _describe(r: Reflection, lang: str, with_time: bool) -> str:
    from netleder.i18n import t
    from netleder.views.labels import human_when

    text = f"{human_when(r.created_at, lang, with_time)} ({r.id}"
    if not r.complete:
        text += ", " + t("history.draft", lang)
    return text + ")"


def comparison_page(a: Reflection, b: Reflection, lang: str, comps=None) -> ComparisonPage:
    """`a` and `b` compared (the older first whatever the order given), every word in `lang`;
    titles the project wrote carry the mark (`comps`: the content in use, for provenance)."""
    from netleder.dates import human_date
    from netleder.i18n import t
    from netleder.views.labels import (
        authored_words,
        competence_title,
        follow_up_label,
        mark_suffix,
        shared_days,
        source_words,
    )
    from netleder.views.provenance import Provenance

    view = build_comparison(a, b)
    a, b = view.before, view.after
    prov_a, prov_b = Provenance(a, comps), Provenance(b, comps)
    authored = frozenset(prov_a.titles | prov_b.titles)

    def title(cid: str) -> str:
        snapshot = b.snapshot if b.snapshot.competence(cid) is not None else a.snapshot
        return competence_title(snapshot, cid, lang) + mark_suffix(cid in authored)

    same_day = len(shared_days([a.created_at, b.created_at])) > 0
    networks = [r.network or "" for r in (a, b)]
    network = "" if not any(networks) else (
        networks[0] if networks[0] == networks[1] else f"{networks[0] or '–'} → {networks[1] or '–'}")
    moved = tuple(MovedRow(title(m.cid), a.snapshot.label(m.before, lang), b.snapshot.label(m.after, lang),
                           m.direction) for m in view.moved)
    only = tuple((t(key, lang), tuple(title(cid) for cid in ids))
                 for key, ids in (("compare.only_before", view.only_before), ("compare.only_after", view.only_after))
                 if ids)
    lists = tuple(
        CameWentLines(t(key, lang), tuple((t(label, lang), tuple(title(cid) for cid in ids)) for label, ids in
                                          (("compare.came", came_went.came), ("compare.went", came_went.went),
                                           ("compare.kept", came_went.kept))),
                      t("compare.none", lang), t("compare.both_only", lang))
        for key, came_went in (("compare.strengths", view.strengths), ("compare.growth", view.growth)))
    steps = tuple(
        StepLine(title(o.competence_id), o.step,
                 t("compare.no_follow_up", lang) if o.follow_up is None else follow_up_label(o.follow_up.status, lang),
                 o.follow_up is not None, o.follow_up.note if o.follow_up is not None else "")
        for o in view.steps)
    date = human_date(a.created_at, lang)
    builtin = comps is None or comps.builtin
    return ComparisonPage(
        lang=lang,
        heading=t("compare.heading", lang, before=_describe(a, lang, same_day), after=_describe(b, lang, same_day)),
        network_label=t("summary.network", lang),
        network=network,
        columns=(t("col.competence", lang), t("compare.then", lang), t("compare.now", lang), t("compare.change", lang)),
        moved=moved,
        legend=t("compare.legend", lang) if view.same_scale else other_scale_note(a, b, lang),
        none_both=t("compare.none_both", lang),
        only=only,
        lists=lists,
        steps_heading=t("compare.steps", lang, date=date),
        no_steps=t("compare.no_steps", lang, date=date),
        steps=steps,
        source_note=source_words(prov_b.about or prov_a.about, lang, builtin),
        authored_note=authored_words(lang, builtin) if authored else None,
    )
