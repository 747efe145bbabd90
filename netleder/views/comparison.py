"""Two reflections compared, computed once and drawn by the terminal and JSON writers (and by the
summary's "since last time" section).

Honest by construction:
- the two are always put oldest first, newest second, whatever order they were named in;
- a movement is stated only for a competence rated in both; one rated in only one of them is
  listed as "not reflected on this time" (rated only in the older) or "new this time" (rated
  only in the newer), never as a strength or growth area that came or went;
- strengths and growth areas that came, went or stayed are counted only among the
  competences rated in both.

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

    @property
    def direction(self) -> str:
        """"up", "down" or "same": a movement between steps of the scale, never points."""
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
    moved = tuple(Moved(cid, old, new) for cid in sorted(both, key=key)  # (both rated: never None)
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
                      came_went(sa.growth, sb.growth), tuple(step_outcomes(before, after)))
