"""Checks of decoded JSON against the shapes netleder writes, collecting every problem as
'where: message' (never a KeyError or a traceback): the building blocks of the export and
feedback checks (netleder/exchange/), and the check of a stored content snapshot (the store).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from netleder.content.model import MAX_INT, Text
from netleder.errors import Msg, msg
from netleder.i18n import LANGS
from netleder.reflection import CompetenceSnapshot, Snapshot
from netleder.safe_text import short


def kind_name(value) -> Msg | str:
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


def joined(where: str, key) -> str:
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


MAX_DIGITS = 30  # digits in a number of a JSON file: far beyond any value netleder reads


def bounded_int(text: str) -> int:
    """A JSON integer, refused (ValueError with our message) when longer than any value can be:
    Python would otherwise refuse it at 4,300 digits in words of its own."""
    digits = len(text.lstrip("-"))
    if digits > MAX_DIGITS:
        raise ValueError(msg("x.number_too_long", digits=digits, limit=MAX_DIGITS))
    return int(text)


def reject_constant(name: str):
    """json's parse_constant: NaN, Infinity and -Infinity are not JSON, and no file netleder reads
    holds them (ValueError with our message)."""
    raise ValueError(msg("x.json_constant", value=name))


def strict_json(text: str, *, bounded: bool = True) -> tuple[object, list[str]]:
    """`text` as JSON, read the strict way the files people pass around are: NaN and Infinity
    refused, integers longer than any value can be refused (`bounded`), and every key that stands
    twice in an object returned, in order, for the caller to refuse (json would keep the last
    silently). Raises json.JSONDecodeError, ValueError or RecursionError."""
    import json

    duplicates: list[str] = []

    def pairs(items):
        out = {}
        for key, value in items:
            if key in out:
                duplicates.append(key)
            out[key] = value
        return out

    data = json.loads(text, object_pairs_hook=pairs, parse_constant=reject_constant,
                      parse_int=bounded_int if bounded else None)
    return data, duplicates


class ShapeCheck:
    """Walks decoded JSON and collects every problem as 'where: message'."""

    def __init__(self) -> None:
        self.problems: list[Msg] = []

    def add(self, where: str, message: str, /, **params) -> None:
        text = msg(message, **params)
        self.problems.append(msg("problem.at", where=where, message=text) if where else text)

    # -- shapes -----------------------------------------------------------------------

    def obj(self, value, where: str, required: tuple, optional: tuple = ()) -> dict | None:
        if not isinstance(value, dict):
            self.add(where, "p.expected_mapping", got=kind_name(value))
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
            self.add(where, "p.expected_text", got=kind_name(value))
            return False
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            self.add(where, "a.bad_char")
            return False
        return True

    def integer(self, value, where: str) -> bool:
        if isinstance(value, bool) or not isinstance(value, int):
            self.add(where, "p.expected_int", got=kind_name(value))
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
        checked = [self.string(fields[lang], joined(where, lang)) for lang in LANGS if lang in fields]  # each one's problems
        ok = all(checked)
        return Text(**{lang: fields[lang] for lang in LANGS}) if ok and all(lang in fields for lang in LANGS) else None

    def snapshot(self, value, where: str) -> Snapshot | None:
        fields = self.obj(value, where, ("scale", "competences"))
        if fields is None:
            return None
        before = len(self.problems)
        scale: list[tuple[int, Text]] = []
        values: set[int] = set()
        items = fields.get("scale")
        if "scale" in fields and not isinstance(items, list):
            self.add(joined(where, "scale"), "p.expected_list", got=kind_name(items))
        elif isinstance(items, list):
            if not items:
                self.add(joined(where, "scale"), "x.empty_scale")
            for i, item in enumerate(items):
                here = joined(joined(where, "scale"), i)
                level = self.obj(item, here, ("value", "label"))
                if level is None:
                    continue
                ok = "value" in level and self.integer(level["value"], joined(here, "value"))
                if ok and level["value"] in values:
                    self.add(joined(here, "value"), "p.scale_dup", value=level["value"])
                    ok = False
                label = self.text(level["label"], joined(here, "label")) if "label" in level else None
                if ok:
                    values.add(level["value"])
                if ok and label is not None:
                    scale.append((level["value"], label))
        competences: list[CompetenceSnapshot] = []
        ids: set[str] = set()
        items = fields.get("competences")
        if "competences" in fields and not isinstance(items, list):
            self.add(joined(where, "competences"), "p.expected_list", got=kind_name(items))
        elif isinstance(items, list):
            for i, item in enumerate(items):
                here = joined(joined(where, "competences"), i)
                comp = self.obj(item, here, ("id", "number", "title", "description", "questions"))
                if comp is None:
                    continue
                cid = comp.get("id")
                ok = "id" in comp and self.string(cid, joined(here, "id"))
                if ok and (not cid or cid in ids):
                    self.add(joined(here, "id"), "x.dup_competence" if cid else "p.empty_text", id=short(cid))
                    ok = False
                if ok and isinstance(cid, str):
                    ids.add(cid)
                number_ok = "number" in comp and self.integer(comp["number"], joined(here, "number"))
                title = self.text(comp["title"], joined(here, "title")) if "title" in comp else None
                description = (self.text(comp["description"], joined(here, "description"))
                               if "description" in comp else None)
                questions: list[Text] = []
                qs = comp.get("questions")
                if "questions" in comp and not isinstance(qs, list):
                    self.add(joined(here, "questions"), "p.expected_list", got=kind_name(qs))
                elif isinstance(qs, list):
                    for j, q in enumerate(qs):
                        text = self.text(q, joined(joined(here, "questions"), j))
                        if text is not None:
                            questions.append(text)
                if ok and isinstance(cid, str) and number_ok and title and description:
                    competences.append(
                        CompetenceSnapshot(cid, comp["number"], title, description, tuple(questions))
                    )
        if len(self.problems) > before:
            return None
        return Snapshot(tuple(sorted(scale, key=lambda level: level[0])), tuple(competences))
