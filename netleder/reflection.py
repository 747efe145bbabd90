"""The domain of a reflection: what a leader answered and what it shows.

Pure functions and records: no I/O, no prompts, no terminal. A reflection keeps a
snapshot of the competences and scale it was made with, so it reads the same later even if
the content files change.

The strengths/growth rule (documented in the README):
- Only rated competences in the reflection's scope count, in the scope's order.
- A strength is a competence rated in the upper part of the scale (above its middle: on the
  built-in 1-5 scale, "Ofte" and "Næsten altid"); a growth area one rated in the lower part
  (below the middle: "Næsten aldrig" and "Sjældent"). The middle step ("Nogle gange") is
  neither. So a
  strength is always something the leader rated as one, and every strength is rated above every
  growth area.
- Each list is ordered by rating (strongest first; weakest first), ties by scope order.
- When no competence is in the upper part, the ones rated highest are named as such
  ("highest"), never as strengths, if they are at the middle (below it they are growth areas,
  and never both); when every rating is the same (two or more), `even` says so.
"""

# No `from __future__ import annotations` here: a NamedTuple's fields annotated as strings are
# compiled one by one when the class is made, which doubled what these records cost each start.
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import NamedTuple

from netleder.content.model import CompetenceSet, Text

NETWORK_TYPES = ("innovation", "learning", "welfare", "other")
FOLLOW_UP_STATUSES = ("done", "partly", "not_yet")
ID_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: easy to read and type
ID_LENGTH = 6


def new_id() -> str:
    import secrets  # imported here: it pulls in hashlib, which start-up does not need

    return "".join(secrets.choice(ID_ALPHABET) for _ in range(ID_LENGTH))


def now_iso() -> str:
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")


class CompetenceSnapshot(NamedTuple):
    id: str
    number: int
    title: Text
    description: Text
    questions: tuple[Text, ...]

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "number": self.number,
            "title": self.title.to_dict(),
            "description": self.description.to_dict(),
            "questions": [q.to_dict() for q in self.questions],
        }

    @classmethod
    def from_dict(cls, d: dict) -> "CompetenceSnapshot":
        return cls(
            d["id"],
            int(d["number"]),
            Text(**d["title"]),
            Text(**d["description"]),
            tuple(Text(**q) for q in d["questions"]),
        )


class Snapshot(NamedTuple):
    """The competences (in scope, in order) and the scale a reflection was made with."""

    scale: tuple[tuple[int, Text], ...]
    competences: tuple[CompetenceSnapshot, ...]

    @classmethod
    def from_content(cls, content: CompetenceSet, ids: list[str] | None = None) -> "Snapshot":
        chosen = [c for c in content.competences if ids is None or c.id in ids]
        return cls(
            tuple((level.value, level.label) for level in content.scale),
            tuple(
                CompetenceSnapshot(c.id, c.number, c.title, c.description, tuple(q.text for q in c.questions))
                for c in chosen
            ),
        )

    @property
    def ids(self) -> list[str]:
        return [c.id for c in self.competences]

    @property
    def scale_values(self) -> list[int]:
        return [value for value, _ in self.scale]

    def competence(self, cid: str) -> CompetenceSnapshot | None:
        for c in self.competences:
            if c.id == cid:
                return c
        return None

    def same_scale(self, other: "Snapshot") -> bool:
        """Whether `other` was answered on the same scale (the same steps with the same labels).
        Ratings on two different scales are never compared step by step."""
        return self.scale == other.scale

    def scale_words(self, lang: str) -> str:
        """The scale's labels, lowest first, in »…« (Danish) or '…' (English), for a note."""
        quote = "»{}«" if lang == "da" else "'{}'"
        return ", ".join(quote.format(label(lang)) for _, label in self.scale)

    def label(self, value: int | None, lang: str) -> str:
        for v, label in self.scale:
            if v == value:
                return label(lang)
        return "" if value is None else str(value)

    def to_dict(self) -> dict:
        return {
            "scale": [{"value": v, "label": label.to_dict()} for v, label in self.scale],
            "competences": [c.to_dict() for c in self.competences],
        }

    @classmethod
    def from_dict(cls, d: dict) -> "Snapshot":
        return cls(
            tuple((int(s["value"]), Text(**s["label"])) for s in d["scale"]),
            tuple(CompetenceSnapshot.from_dict(c) for c in d["competences"]),
        )


class FollowUp(NamedTuple):
    """How a next step from an earlier reflection went."""

    competence_id: str
    step: str  # the next step as it was written then
    status: str  # one of FOLLOW_UP_STATUSES
    note: str = ""
    from_id: str | None = None


@dataclass
class Reflection:
    id: str
    created_at: str
    lang: str
    snapshot: Snapshot
    network: str | None = None
    network_type: str | None = None
    phase: str | None = None  # a phase id
    ratings: dict[str, int | None] = field(default_factory=dict)  # None: skipped (a draft keeps it)
    answers: dict[str, list[str]] = field(default_factory=dict)
    next_steps: dict[str, str] = field(default_factory=dict)
    follow_ups: list[FollowUp] = field(default_factory=list)
    completed_at: str | None = None
    updated_at: str | None = None
    # The digest of the content snapshot it was made with, when that could not be read ("" if
    # not even the digest is known): `snapshot` is then a stand-in naming its competences by
    # id (netleder/store/snapshots.py), and the texts of that time are not shown. None: intact.
    lost_texts: str | None = None

    @property
    def complete(self) -> bool:
        return self.completed_at is not None

    @property
    def scope(self) -> list[str]:
        return self.snapshot.ids

    def summary(self) -> "Summary":
        return summarize(self.ratings, self.scope, self.snapshot.scale_values)


class Summary(NamedTuple):
    strengths: tuple[str, ...]
    growth: tuple[str, ...]
    even: bool  # every rating is the same (and there are at least two)
    highest: tuple[str, ...] = ()  # rated highest, when none is a strength


def summarize(all_ratings: dict[str, int | None], order: list[str], scale: list[int]) -> Summary:
    """Strengths and growth areas by the rule in this module's docstring."""
    ratings = {cid: value for cid in order if (value := all_ratings.get(cid)) is not None}
    rated = list(ratings)
    if not rated:
        return Summary((), (), False)
    middle = (min(scale) + max(scale)) / 2 if scale else 0
    position = {cid: i for i, cid in enumerate(rated)}
    strengths = sorted((c for c in rated if ratings[c] > middle), key=lambda c: (-ratings[c], position[c]))
    growth = sorted((c for c in rated if ratings[c] < middle), key=lambda c: (ratings[c], position[c]))
    values = [ratings[cid] for cid in rated]
    even = len(rated) > 1 and max(values) == min(values)
    highest: list[str] = []
    if not strengths and not even and len(rated) > 1 and max(values) >= middle:
        # Named as the highest only when not itself below the middle: a growth area is never
        # also shown as "highest rated".
        highest = [cid for cid in rated if ratings[cid] == max(values)]
    return Summary(tuple(strengths), tuple(growth), even, tuple(highest))


class StepOutcome(NamedTuple):
    competence_id: str
    step: str
    follow_up: FollowUp | None


def step_outcomes(a: Reflection, b: Reflection) -> list[StepOutcome]:
    """A's next steps with how they went: B's follow-ups whose from_id is A's id.

    A follow-up in B on a step of A's that A no longer lists (say A was edited) is kept, with
    the step as the follow-up recorded it.
    """
    mine = {f.competence_id: f for f in b.follow_ups if f.from_id == a.id}
    out = [StepOutcome(cid, step, mine.pop(cid, None)) for cid, step in a.next_steps.items() if step]
    out += [StepOutcome(cid, f.step, f) for cid, f in mine.items()]
    return out


def follow_up_to_dict(f: FollowUp) -> dict:
    return {"competence": f.competence_id, "step": f.step, "status": f.status, "note": f.note,
            "from": f.from_id}
