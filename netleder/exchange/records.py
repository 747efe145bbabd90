"""Export and import records: a reflection as a full, lossless JSON record and back.

    {"format": "netleder-reflections", "version": 1, "reflections": [record, ...]}
"""

from __future__ import annotations

import json
from pathlib import Path

from netleder.errors import BadInput, library_reason, msg
from netleder.exchange.record_check import (
    EXPORT_FORMAT,
    EXPORT_VERSION,
    RecordCheck,
    check_record,
)
from netleder.reflection import Reflection, follow_up_to_dict
from netleder.safe_text import short

MAX_EXPORT_BYTES = 256 * 1024 * 1024




def reflection_to_record(r: Reflection) -> dict:
    """Everything needed to restore `r` exactly (reflection_from_record is its inverse)."""
    return {
        "id": r.id,
        "created_at": r.created_at,
        "updated_at": r.updated_at,
        "completed_at": r.completed_at,
        "lang": r.lang,
        "network": r.network,
        "network_type": r.network_type,
        "phase": r.phase,
        # Only the competences in the reflection's scope: the store keeps answers given before
        # a draft's scope was narrowed (never shown), and a record must pass check_record.
        "ratings": {cid: v for cid, v in r.ratings.items() if cid in r.scope},
        "answers": {cid: list(values) for cid, values in r.answers.items() if cid in r.scope},
        "next_steps": {cid: s for cid, s in r.next_steps.items() if cid in r.scope},
        "follow_ups": [follow_up_to_dict(f) for f in r.follow_ups],
        "snapshot": r.snapshot.to_dict(),
    }


def reflections_to_export(reflections, feedback=()) -> dict:
    """The export document for `netleder export` (with "feedback" when there is any:
    netleder.exchange.feedback)."""
    doc = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "reflections": [reflection_to_record(r) for r in reflections],
    }
    if feedback:
        from netleder.exchange.feedback import feedback_to_record

        doc["feedback"] = [feedback_to_record(f) for f in feedback]
    return doc


def export_to_json(reflections, feedback=()) -> str:
    from netleder.safe_text import json_safe  # control characters as \u escapes: lossless, terminal-safe

    return json_safe(json.dumps(reflections_to_export(reflections, feedback), ensure_ascii=False, indent=2)) + "\n"


def reflection_from_record(d) -> Reflection:
    """The reflection a record describes. Raises BadInput listing every problem."""
    reflection, problems = check_record(d)
    if problems:
        rid = d.get("id") if isinstance(d, dict) and isinstance(d.get("id"), str) else "?"
        raise BadInput("x.record_invalid", id=short(rid), count=len(problems), details=problems)
    return reflection


def reflections_from_export(data) -> list[Reflection]:
    """Every reflection in an export document, checked completely first.

    Raises BadInput (exit 2) with every problem when anything is wrong; then nothing is
    returned, so an import writes all or nothing. Unknown keys at the top of the document
    are ignored (room for e.g. "exported_at"); inside a reflection they are problems.
    """
    checker = RecordCheck()
    reflections = checker.export(data)
    if checker.problems:
        _raise_export(checker.problems, None)
    return reflections


def read_export(path: str | Path, feedback: list | None = None) -> list[Reflection]:
    """Read and check an export file (UTF-8 JSON). Raises BadInput listing every problem.

    With a `feedback` list, the file's feedback from others (its "feedback" key) is checked
    too and added to it."""
    file = Path(str(path)).expanduser()
    try:
        exists = file.exists()
    except OSError:
        exists = True  # let the read below report why it cannot be read
    if not exists:
        raise BadInput("x.missing", path=file)
    if file.is_dir():
        raise BadInput("x.is_dir", path=file)
    problems: list[str] = []
    try:
        if not file.is_file():
            raise BadInput("x.not_file", path=file)
        with file.open("rb") as handle:
            raw = handle.read(MAX_EXPORT_BYTES + 1)
    except OSError as exc:
        raise BadInput("x.unreadable", path=file, reason=exc) from None
    if len(raw) > MAX_EXPORT_BYTES:
        raise BadInput("x.too_big", path=file, limit=MAX_EXPORT_BYTES)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadInput("x.not_utf8", path=file, pos=exc.start) from None
    duplicates: list[str] = []

    def pairs(items):
        out = {}
        for key, value in items:
            if key in out:
                duplicates.append(key)
            out[key] = value
        return out

    try:
        data = json.loads(text, object_pairs_hook=pairs, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise BadInput("x.json_syntax", path=file, reason=library_reason("json", exc.msg), line=exc.lineno,
                       col=exc.colno) from None
    except (ValueError, RecursionError) as exc:
        reason = exc.args[0] if isinstance(exc, ValueError) and exc.args else "nesting"
        raise BadInput("x.json_syntax", path=file, reason=library_reason("json", reason), line="?", col="?") from None
    problems += [msg("x.dup_key", key=short(key)) for key in dict.fromkeys(duplicates)]
    checker = RecordCheck()
    reflections = checker.export(data)
    problems += checker.problems
    if feedback is not None and isinstance(data, dict) and "feedback" in data:
        from netleder.exchange.feedback import feedback_from_export

        feedback += feedback_from_export(data["feedback"], problems)
    if problems:
        _raise_export(problems, file)
    return reflections


def _reject_constant(name: str):
    raise ValueError(msg("x.json_constant", value=name))


def _raise_export(problems: list, path: Path | None) -> None:
    details = [*problems, msg("x.fix_hint")]
    if path is not None:
        raise BadInput("x.invalid_file", path=path, count=len(problems), details=details)
    raise BadInput("x.invalid", count=len(problems), details=details)
