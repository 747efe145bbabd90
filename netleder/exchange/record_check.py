"""Checks an import document completely, collecting every problem as 'where: message',
before anything is built: never a KeyError or a traceback.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone

from netleder.content.model import MAX_INT, Text
from netleder.errors import msg
from netleder.i18n import LANGS
from netleder.reflection import (
    FOLLOW_UP_STATUSES,
    ID_ALPHABET,
    NETWORK_TYPES,
    CompetenceSnapshot,
    FollowUp,
    Reflection,
    Snapshot,
)
from netleder.safe_text import short

EXPORT_FORMAT = "netleder-reflections"
EXPORT_VERSION = 1

# Ids as netleder makes them (ID_ALPHABET, no 0/o/1/l/i), with room for longer ones; this
# also keeps the word `latest` from ever being an id.
RECORD_ID_RE = re.compile("^[" + ID_ALPHABET + "]{4,32}$")


RECORD_REQUIRED = ("id", "created_at", "lang", "snapshot")


RECORD_OPTIONAL = (
    "updated_at", "completed_at", "network", "network_type", "phase",
    "ratings", "answers", "next_steps", "follow_ups",
)


FOLLOW_UP_REQUIRED = ("competence", "step", "status")


FOLLOW_UP_OPTIONAL = ("note", "from")


def check_record(d, where: str = "") -> tuple[Reflection | None, list[str]]:
    """A record checked completely: (the reflection, []) or (None, every problem)."""
    checker = RecordCheck()
    reflection = checker.record(d, where)
    return (None, checker.problems) if checker.problems else (reflection, [])


def _kind(value) -> str:
    if isinstance(value, dict):
        return msg("t.mapping")
    if isinstance(value, list):
        return msg("t.list")
    if isinstance(value, str):
        return msg("t.text")
    if isinstance(value, bool):
        return msg("t.bool")
    if isinstance(value, (int, float)):
        return msg("t.number")
    if value is None:
        return msg("t.null")
    return type(value).__name__




def _join(where: str, key) -> str:
    if isinstance(key, int):
        return f"{where}[{key + 1}]"
    return f"{where}.{key}" if where else str(key)


# One accepted form, as netleder writes it: 2025-03-01T10:00:00+01:00 (fractions of a second
# and Z allowed). Week dates, ordinal dates and dates without a time zone sort wrongly as text
# and are refused; so are dates before 2000 or more than a day ahead (a year 9999 would stay
# "latest" for good).
DATE_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?(Z|[+-][0-9]{2}:[0-9]{2})$")
EARLIEST = datetime(2000, 1, 1, tzinfo=timezone.utc)
FUTURE_SLACK = timedelta(days=1)


def _parse_iso(value: str) -> datetime | None:
    """A date and time in ISO 8601 with a time zone (e.g. 2025-03-01T10:00:00+01:00)."""
    if not DATE_RE.match(value):
        return None
    text = value[:-1] + "+00:00" if value[-1] in "Zz" else value
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


class RecordCheck:
    """Walks decoded JSON and collects every problem as 'where: message'."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self._snapshots: dict[str, Snapshot] = {}  # valid snapshots by their JSON: each checked once

    def add(self, where: str, message: str, /, **params) -> None:
        text = msg(message, **params)
        self.problems.append(msg("problem.at", where=where, message=text) if where else text)

    # -- shapes -----------------------------------------------------------------------

    def obj(self, value, where: str, required: tuple, optional: tuple = ()) -> dict | None:
        if not isinstance(value, dict):
            self.add(where, "p.expected_mapping", got=_kind(value))
            return None
        allowed = required + optional
        for key in value:
            if key not in allowed:
                self.add(where, "p.unknown_key", key=short(key), allowed=", ".join(allowed))
        for key in required:
            if key not in value:
                self.add(where, "p.missing", key=key)
        return value

    def string(self, value, where: str, nullable: bool = False) -> bool:
        if value is None and nullable:
            return True
        if not isinstance(value, str):
            self.add(where, "p.expected_text", got=_kind(value))
            return False
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            self.add(where, "a.bad_char")
            return False
        return True

    def integer(self, value, where: str) -> bool:
        if isinstance(value, bool) or not isinstance(value, int):
            self.add(where, "p.expected_int", got=_kind(value))
            return False
        if not -MAX_INT <= value <= MAX_INT:  # bounded as in content files: no overflow later
            self.add(where, "p.int_range", value=short(str(value)), limit=MAX_INT)
            return False
        return True

    def date(self, value, where: str, nullable: bool = False) -> bool:
        if value is None and nullable:
            return True
        if not self.string(value, where):
            return False
        parsed = _parse_iso(value)
        if parsed is None:
            self.add(where, "x.bad_date", value=short(value))
            return False
        if not EARLIEST <= parsed <= datetime.now(timezone.utc) + FUTURE_SLACK:
            self.add(where, "x.date_range", value=short(value))
            return False
        return True

    def choice(self, value, where: str, choices: tuple, key: str) -> bool:
        if value is None:
            return True
        if not self.string(value, where):
            return False
        if value not in choices:
            self.add(where, key, value=short(value), choices=", ".join(choices))
            return False
        return True

    def text(self, value, where: str) -> Text | None:
        fields = self.obj(value, where, LANGS)
        if fields is None:
            return None
        ok = all([self.string(fields[lang], _join(where, lang)) for lang in LANGS if lang in fields])
        return Text(**{lang: fields[lang] for lang in LANGS}) if ok and all(lang in fields for lang in LANGS) else None

    # -- the document -----------------------------------------------------------------

    def export(self, data) -> list[Reflection]:
        if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
            self.add("", "x.not_export", format=EXPORT_FORMAT)
            return []
        version = data.get("version")
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
            self.add("reflections", "p.expected_list", got=_kind(items))
            return []
        out: list[Reflection] = []
        seen: dict[str, str] = {}
        for i, item in enumerate(items):
            where = _join("reflections", i)
            rid = item.get("id") if isinstance(item, dict) else None
            if isinstance(rid, str):
                where += f" ({short(rid, 12)})"
            reflection = self.record(item, where)
            if isinstance(rid, str) and RECORD_ID_RE.match(rid):
                if rid in seen:
                    self.add(where + ".id", "x.dup_id", value=rid, other=seen[rid])
                else:
                    seen[rid] = _join("reflections", i)
            if reflection is not None:
                out.append(reflection)
        return out

    def record(self, d, where: str) -> Reflection | None:
        before = len(self.problems)
        fields = self.obj(d, where, RECORD_REQUIRED, RECORD_OPTIONAL)
        if fields is None:
            return None
        w = lambda key: _join(where, key)
        rid = fields.get("id")
        if "id" in fields and self.string(rid, w("id")) and not RECORD_ID_RE.match(rid):
            self.add(w("id"), "x.bad_id", value=short(rid), alphabet=ID_ALPHABET)
        if "created_at" in fields:
            self.date(fields["created_at"], w("created_at"))
        for key in ("updated_at", "completed_at"):
            if key in fields:
                self.date(fields[key], w(key), nullable=True)
        if "lang" in fields:
            self.choice(fields["lang"], w("lang"), LANGS, "x.bad_lang")
            if fields["lang"] is None:
                self.add(w("lang"), "p.expected_text", got=_kind(None))
        if "network" in fields:
            self.string(fields["network"], w("network"), nullable=True)
        if "network_type" in fields:
            self.choice(fields["network_type"], w("network_type"), NETWORK_TYPES, "a.unknown_network_type")
        if "phase" in fields:
            self.string(fields["phase"], w("phase"), nullable=True)
        snapshot = self._snapshot_once(fields["snapshot"], w("snapshot")) if "snapshot" in fields else None
        ratings = self.ratings(fields.get("ratings", {}), w("ratings"), snapshot)
        answers = self.answers(fields.get("answers", {}), w("answers"), snapshot)
        steps = self.next_steps(fields.get("next_steps", {}), w("next_steps"), snapshot)
        follow_ups = self.follow_ups(fields.get("follow_ups", []), w("follow_ups"))
        if len(self.problems) > before:
            return None
        return Reflection(
            id=rid,
            created_at=fields["created_at"],
            lang=fields["lang"],
            snapshot=snapshot,
            network=fields.get("network"),
            network_type=fields.get("network_type"),
            phase=fields.get("phase"),
            ratings=ratings,
            answers=answers,
            next_steps=steps,
            follow_ups=follow_ups,
            completed_at=fields.get("completed_at"),
            updated_at=fields.get("updated_at"),
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

    def snapshot(self, value, where: str) -> Snapshot | None:
        fields = self.obj(value, where, ("scale", "competences"))
        if fields is None:
            return None
        before = len(self.problems)
        scale: list[tuple[int, Text]] = []
        values: set[int] = set()
        items = fields.get("scale")
        if "scale" in fields and not isinstance(items, list):
            self.add(_join(where, "scale"), "p.expected_list", got=_kind(items))
        elif isinstance(items, list):
            if not items:
                self.add(_join(where, "scale"), "x.empty_scale")
            for i, item in enumerate(items):
                here = _join(_join(where, "scale"), i)
                level = self.obj(item, here, ("value", "label"))
                if level is None:
                    continue
                ok = "value" in level and self.integer(level["value"], _join(here, "value"))
                if ok and level["value"] in values:
                    self.add(_join(here, "value"), "p.scale_dup", value=level["value"])
                    ok = False
                label = self.text(level["label"], _join(here, "label")) if "label" in level else None
                if ok:
                    values.add(level["value"])
                if ok and label is not None:
                    scale.append((level["value"], label))
        competences: list[CompetenceSnapshot] = []
        ids: set[str] = set()
        items = fields.get("competences")
        if "competences" in fields and not isinstance(items, list):
            self.add(_join(where, "competences"), "p.expected_list", got=_kind(items))
        elif isinstance(items, list):
            for i, item in enumerate(items):
                here = _join(_join(where, "competences"), i)
                comp = self.obj(item, here, ("id", "number", "title", "description", "questions"))
                if comp is None:
                    continue
                cid = comp.get("id")
                ok = "id" in comp and self.string(cid, _join(here, "id"))
                if ok and (not cid or cid in ids):
                    self.add(_join(here, "id"), "x.dup_competence" if cid else "p.empty_text", id=short(cid))
                    ok = False
                if ok:
                    ids.add(cid)
                number_ok = "number" in comp and self.integer(comp["number"], _join(here, "number"))
                title = self.text(comp["title"], _join(here, "title")) if "title" in comp else None
                description = (self.text(comp["description"], _join(here, "description"))
                               if "description" in comp else None)
                questions: list[Text] = []
                qs = comp.get("questions")
                if "questions" in comp and not isinstance(qs, list):
                    self.add(_join(here, "questions"), "p.expected_list", got=_kind(qs))
                elif isinstance(qs, list):
                    for j, q in enumerate(qs):
                        text = self.text(q, _join(_join(here, "questions"), j))
                        if text is not None:
                            questions.append(text)
                if ok and number_ok and title and description:
                    competences.append(
                        CompetenceSnapshot(cid, comp["number"], title, description, tuple(questions))
                    )
        if len(self.problems) > before:
            return None
        return Snapshot(tuple(sorted(scale, key=lambda level: level[0])), tuple(competences))

    def _by_competence(self, value, where: str, snapshot: Snapshot | None) -> dict:
        """A {competence id: value} object whose ids are in the snapshot."""
        if not isinstance(value, dict):
            self.add(where, "p.expected_mapping", got=_kind(value))
            return {}
        if snapshot is not None:
            known = snapshot.ids
            for cid in value:
                if cid not in known:
                    self.add(_join(where, short(cid)), "x.not_in_snapshot", id=short(cid),
                             ids=", ".join(known) or "–")
        return value

    def ratings(self, value, where: str, snapshot: Snapshot | None) -> dict[str, int]:
        out = {}
        scale = snapshot.scale_values if snapshot is not None else []
        for cid, rating in self._by_competence(value, where, snapshot).items():
            here = _join(where, short(cid))
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
            here = _join(where, short(cid))
            if not isinstance(items, list):
                self.add(here, "p.expected_list", got=_kind(items))
                continue
            comp = snapshot.competence(cid) if snapshot is not None else None
            if comp is not None and len(items) > len(comp.questions):
                self.add(here, "a.too_many_answers", count=len(items), questions=len(comp.questions))
            if all([self.string(item, _join(here, i)) for i, item in enumerate(items)]):
                out[cid] = list(items)
        return out

    def next_steps(self, value, where: str, snapshot: Snapshot | None) -> dict[str, str]:
        out = {}
        for cid, step in self._by_competence(value, where, snapshot).items():
            if self.string(step, _join(where, short(cid))):
                out[cid] = step
        return out

    def follow_ups(self, value, where: str) -> list[FollowUp]:
        if not isinstance(value, list):
            self.add(where, "p.expected_list", got=_kind(value))
            return []
        out = []
        for i, item in enumerate(value):
            here = _join(where, i)
            fields = self.obj(item, here, FOLLOW_UP_REQUIRED, FOLLOW_UP_OPTIONAL)
            if fields is None:
                continue
            ok = all([
                "competence" in fields and self.string(fields["competence"], _join(here, "competence")),
                "step" in fields and self.string(fields["step"], _join(here, "step")),
                "status" in fields and fields["status"] is not None
                and self.choice(fields["status"], _join(here, "status"), FOLLOW_UP_STATUSES, "a.bad_status"),
                self.string(fields.get("note", ""), _join(here, "note")),
                self.string(fields.get("from"), _join(here, "from"), nullable=True),
            ])
            if "status" in fields and fields["status"] is None:
                self.add(_join(here, "status"), "p.expected_text", got=_kind(None))
            if ok:
                out.append(FollowUp(fields["competence"], fields["step"], fields["status"],
                                    fields.get("note", ""), fields.get("from")))
        return out


