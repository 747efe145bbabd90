"""Checks an import document completely, collecting every problem as 'where: message',
before anything is built: never a KeyError or a traceback.
"""

from __future__ import annotations

import json
import re

from netleder.errors import Msg
from netleder.i18n import LANGS
from netleder.reflection import (
    FOLLOW_UP_STATUSES,
    ID_ALPHABET,
    NETWORK_TYPES,
    FollowUp,
    Reflection,
    Snapshot,
)
from netleder.safe_text import short
from netleder.shape_check import ShapeCheck, joined, kind_name

EXPORT_FORMAT = "netleder-reflections"
EXPORT_VERSION = 1

# Ids as netleder makes them (ID_ALPHABET, no 0/o/1/l/i), with room for longer ones; this
# also keeps the word `latest` from ever being an id.
RECORD_ID_RE = re.compile("^[" + ID_ALPHABET + "]{4,32}$")
DIGEST_RE = re.compile(r"^[0-9a-f]{64}$")  # a snapshot's SHA-256, as the store keys it


RECORD_REQUIRED = ("id", "created_at", "lang", "snapshot")


RECORD_OPTIONAL = (
    "updated_at", "completed_at", "network", "network_type", "phase",
    "ratings", "answers", "next_steps", "follow_ups",
)


FOLLOW_UP_REQUIRED = ("competence", "step", "status")


FOLLOW_UP_OPTIONAL = ("note", "from")


def check_record(d, where: str = "") -> tuple[Reflection | None, list[Msg]]:
    """A record checked completely: (the reflection, []) or (None, every problem)."""
    checker = RecordCheck()
    reflection = checker.record(d, where)
    return (None, checker.problems) if checker.problems else (reflection, [])


class RecordCheck(ShapeCheck):
    """Walks decoded JSON and collects every problem as 'where: message'."""

    def __init__(self) -> None:
        super().__init__()
        self._snapshots: dict[str, Snapshot] = {}  # valid snapshots by their JSON: each checked once

    # -- the document -----------------------------------------------------------------

    def export(self, data) -> list[Reflection]:
        if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
            self.add("", "x.not_export", format=EXPORT_FORMAT)
            return []
        version = data.get("version")
        if version is None:
            self.add("version", "x.no_version", expected=EXPORT_VERSION)
            return []
        if isinstance(version, bool) or not isinstance(version, int):
            self.add("version", "x.bad_version", version=short(json.dumps(version, ensure_ascii=False)),
                     expected=EXPORT_VERSION)
            return []
        if version > EXPORT_VERSION:
            self.add("version", "x.newer_version", version=version)
            return []
        if version != EXPORT_VERSION:
            self.add("version", "x.bad_version", version=version, expected=EXPORT_VERSION)
            return []
        if "reflections" not in data:
            self.add("", "p.missing", key="reflections")
            return []
        items = data["reflections"]
        if not isinstance(items, list):
            self.add("reflections", "p.expected_list", got=kind_name(items))
            return []
        out: list[Reflection] = []
        seen: dict[str, str] = {}
        for i, item in enumerate(items):
            where = joined("reflections", i)
            rid = item.get("id") if isinstance(item, dict) else None
            if isinstance(rid, str):
                where += f" ({short(rid, 12)})"
            reflection = self.record(item, where)
            if isinstance(rid, str) and RECORD_ID_RE.match(rid):
                if rid in seen:
                    self.add(where + ".id", "x.dup_id", value=rid, other=seen[rid])
                else:
                    seen[rid] = joined("reflections", i)
            if reflection is not None:
                out.append(reflection)
        return out

    def record(self, d, where: str) -> Reflection | None:
        before = len(self.problems)
        fields = self.obj(d, where, RECORD_REQUIRED, RECORD_OPTIONAL)
        if fields is None:
            return None
        w = lambda key: joined(where, key)
        rid = fields.get("id")
        if "id" in fields and self.string(rid, w("id")) and not RECORD_ID_RE.match(str(rid)):
            self.add(w("id"), "x.bad_id", value=short(rid), alphabet=ID_ALPHABET)
        if "created_at" in fields:
            self.date(fields["created_at"], w("created_at"))
        for key in ("updated_at", "completed_at"):
            if key in fields:
                self.date(fields[key], w(key), nullable=True)
        if "lang" in fields:
            self.choice(fields["lang"], w("lang"), LANGS, "x.bad_lang")
            if fields["lang"] is None:
                self.add(w("lang"), "p.expected_text", got=kind_name(None))
        if "network" in fields:
            self.string(fields["network"], w("network"), nullable=True)
        if "network_type" in fields:
            self.choice(fields["network_type"], w("network_type"), NETWORK_TYPES, "a.unknown_network_type")
        if "phase" in fields:
            self.string(fields["phase"], w("phase"), nullable=True)
        lost = None  # the digest of texts an export could not read ("" if unknown): answers kept without them
        given = fields.get("snapshot")
        if isinstance(given, dict) and set(given) == {"digest"}:
            lost = given["digest"]
            if lost is not None and not (isinstance(lost, str) and DIGEST_RE.match(lost)):
                self.add(w("snapshot.digest"), "x.bad_digest", value=short(str(lost)))
            lost = lost or ""
            snapshot = None
        else:
            snapshot = self._snapshot_once(given, w("snapshot")) if "snapshot" in fields else None
        ratings = self.ratings(fields.get("ratings", {}), w("ratings"), snapshot)
        answers = self.answers(fields.get("answers", {}), w("answers"), snapshot)
        steps = self.next_steps(fields.get("next_steps", {}), w("next_steps"), snapshot)
        follow_ups = self.follow_ups(fields.get("follow_ups", []), w("follow_ups"))
        if len(self.problems) > before:
            return None
        # no problems: the id was there and checked, and so was the snapshot (or its digest alone)
        assert isinstance(rid, str) and (snapshot is not None or lost is not None)
        return Reflection(
            id=rid,
            created_at=fields["created_at"],
            lang=fields["lang"],
            snapshot=snapshot if snapshot is not None else Snapshot((), ()),
            network=fields.get("network"),
            network_type=fields.get("network_type"),
            phase=fields.get("phase"),
            ratings=ratings,
            answers=answers,
            next_steps=steps,
            follow_ups=follow_ups,
            completed_at=fields.get("completed_at"),
            updated_at=fields.get("updated_at"),
            lost_texts=lost if isinstance(lost, str) else None,
        )

    def _snapshot_once(self, value, where: str) -> Snapshot | None:
        """A record's snapshot; the same snapshot in many records is checked only the first time."""
        try:
            key = json.dumps(value, sort_keys=True, ensure_ascii=False)
        except (TypeError, ValueError, RecursionError):
            key = None
        if key is not None and key in self._snapshots:
            return self._snapshots[key]
        snapshot = self.snapshot(value, where)
        if snapshot is not None and key is not None and len(self._snapshots) < 64:
            self._snapshots[key] = snapshot
        return snapshot

    def _by_competence(self, value, where: str, snapshot: Snapshot | None) -> dict:
        """A {competence id: value} object whose ids are in the snapshot."""
        if not isinstance(value, dict):
            self.add(where, "p.expected_mapping", got=kind_name(value))
            return {}
        if snapshot is not None:
            known = snapshot.ids
            for cid in value:
                if cid not in known:
                    self.add(joined(where, short(cid)), "x.not_in_snapshot", id=short(cid),
                             ids=", ".join(known) or "–")
        return value

    def ratings(self, value, where: str, snapshot: Snapshot | None) -> dict[str, int | None]:
        out: dict[str, int | None] = {}
        scale = snapshot.scale_values if snapshot is not None else []
        for cid, rating in self._by_competence(value, where, snapshot).items():
            here = joined(where, short(cid))
            if rating is None:
                out[cid] = None  # unrated (a draft); the summary ignores it
            elif self.integer(rating, here):
                if snapshot is not None and rating not in scale:
                    self.add(here, "x.rating_range", value=rating, low=min(scale, default=0),
                             high=max(scale, default=0))
                out[cid] = rating
        return out

    def answers(self, value, where: str, snapshot: Snapshot | None) -> dict[str, list[str]]:
        out = {}
        for cid, items in self._by_competence(value, where, snapshot).items():
            here = joined(where, short(cid))
            if not isinstance(items, list):
                self.add(here, "p.expected_list", got=kind_name(items))
                continue
            comp = snapshot.competence(cid) if snapshot is not None else None
            if comp is not None and len(items) > len(comp.questions):
                self.add(here, "a.too_many_answers", count=len(items), questions=len(comp.questions))
            checked = [self.string(item, joined(here, i)) for i, item in enumerate(items)]  # each one's problems
            if all(checked):
                out[cid] = list(items)
        return out

    def next_steps(self, value, where: str, snapshot: Snapshot | None) -> dict[str, str]:
        out = {}
        for cid, step in self._by_competence(value, where, snapshot).items():
            if self.string(step, joined(where, short(cid))):
                out[cid] = step
        return out

    def follow_ups(self, value, where: str) -> list[FollowUp]:
        if not isinstance(value, list):
            self.add(where, "p.expected_list", got=kind_name(value))
            return []
        out = []
        for i, item in enumerate(value):
            here = joined(where, i)
            fields = self.obj(item, here, FOLLOW_UP_REQUIRED, FOLLOW_UP_OPTIONAL)
            if fields is None:
                continue
            ok = all([
                "competence" in fields and self.string(fields["competence"], joined(here, "competence")),
                "step" in fields and self.string(fields["step"], joined(here, "step")),
                "status" in fields and fields["status"] is not None
                and self.choice(fields["status"], joined(here, "status"), FOLLOW_UP_STATUSES, "a.bad_status"),
                self.string(fields.get("note", ""), joined(here, "note")),
                self.string(fields.get("from"), joined(here, "from"), nullable=True),
            ])
            if "status" in fields and fields["status"] is None:
                self.add(joined(here, "status"), "p.expected_text", got=kind_name(None))
            if ok:
                out.append(FollowUp(fields["competence"], fields["step"], fields["status"],
                                    fields.get("note", ""), fields.get("from")))
        return out


