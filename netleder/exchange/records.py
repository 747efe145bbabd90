"""Export and import records: a reflection as a full, lossless JSON record and back.

    {"format": "netleder-reflections", "version": 1, "reflections": [record, ...]}
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from netleder.errors import BadInput, library_reason, msg
from netleder.exchange.record_check import (
    EXPORT_FORMAT,
    EXPORT_VERSION,
    RECORD_ID_RE,
    RecordCheck,
    check_record,
)
from netleder.reflection import Reflection, follow_up_to_dict
from netleder.safe_text import json_safe, short
from netleder.shape_check import bounded_int, reject_constant


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
        # The texts of that time, or (when they could not be read) only their digest: an
        # import restores them from an intact copy with the same digest wherever there is one.
        "snapshot": r.snapshot.to_dict() if r.lost_texts is None else {"digest": r.lost_texts or None},
    }


def reflections_to_export(reflections, feedback=()) -> dict:
    """The export document for `netleder export` (with "feedback" when there is any:
    netleder.exchange.feedback), whole in memory; `export_chunks` writes the same piece by piece."""
    doc = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "reflections": [reflection_to_record(r) for r in reflections],
    }
    if feedback:
        from netleder.exchange.feedback import feedback_to_record

        doc["feedback"] = [feedback_to_record(f) for f in feedback]
    return doc


def reflection_from_record(d) -> Reflection:
    """The reflection a record describes. Raises BadInput listing every problem."""
    reflection, problems = check_record(d)
    if problems:
        rid = d.get("id") if isinstance(d, dict) and isinstance(d.get("id"), str) else "?"
        raise BadInput("x.record_invalid", id=short(rid), count=len(problems), details=problems)
    assert reflection is not None  # no problems: the reflection was made
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


MAX_RECORD_CHARS = 1 << 30  # one reflection (SQLite itself holds at most 1e9 bytes per value); the file has no limit
MAX_PROBLEMS = 50  # shown; the rest are counted
_CHUNK = 1 << 20


def export_chunks(sections: dict[str, Iterable]) -> Iterator[str]:
    """The export document, a piece at a time: {"format", "version", then one list per record
    kind (e.g. "reflections"), one record per line}. Memory does not grow with the store."""
    yield '{\n  "format": ' + json.dumps(EXPORT_FORMAT) + ',\n  "version": ' + str(EXPORT_VERSION)
    for name, records in sections.items():
        yield ",\n  " + json.dumps(name) + ": ["
        first = True
        for record in records:
            # control characters as \u escapes: lossless, and safe to show on a terminal
            yield ("\n    " if first else ",\n    ") + json_safe(json.dumps(record, ensure_ascii=False))
            first = False
        yield "]" if first else "\n  ]"
    yield "\n}\n"


_OBJECT = object()


class ExportReader:
    """Reads an export file as a stream: top-level values are decoded one by one, and each
    record of a record list (e.g. "reflections") is handed on as soon as it is decoded.

    Problems are collected as in RecordCheck (capped at MAX_PROBLEMS, the rest counted);
    syntax errors raise BadInput at once. Another record kind is one more entry in `kinds`.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list = []
        self.more = 0
        self.header: dict = {}
        self.header_problems: list = []
        self._top = _OBJECT  # the top-level value, when it is not an object
        self._checker = RecordCheck()
        self._ids: dict[str, str] = {}

    # -- problems ------------------------------------------------------------------------

    def problem(self, item) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(item)
        else:
            self.more += 1

    def raise_problems(self) -> None:
        if self.header_problems:  # not an export (of this version): its records are beside the point
            self.problems, self.more = self.header_problems, 0
        if self.problems or self.more:
            details = [*self.problems]
            if self.more:
                details.append(msg("x.more_problems", count=self.more))
            details.append(msg("x.fix_hint"))
            raise BadInput("x.invalid_file", path=self.path, count=len(self.problems) + self.more, details=details)

    # -- records ---------------------------------------------------------------------------

    def reflections(self) -> Iterator[Reflection]:
        """Every valid reflection in the file, in order; check `problems` when done."""
        for index, value in enumerate(self._records("reflections")):
            where = f"reflections[{index + 1}]"
            rid = value.get("id") if isinstance(value, dict) else None
            if isinstance(rid, str):
                where += f" ({short(rid, 12)})"
            before = len(self._checker.problems)
            reflection = self._checker.record(value, where)
            for item in self._checker.problems[before:]:
                self.problem(item)
            del self._checker.problems[:]
            if isinstance(rid, str) and RECORD_ID_RE.match(rid):
                if rid in self._ids:
                    self.problem(msg("problem.at", where=where + ".id",
                                     message=msg("x.dup_id", value=rid, other=self._ids[rid])))
                    reflection = None
                else:
                    self._ids[rid] = f"reflections[{index + 1}]"
            if reflection is not None:
                yield reflection
        self._check_header()

    def _check_header(self) -> None:
        checker = RecordCheck()
        checker.export(self.header if self._top is _OBJECT else self._top)  # its records were streamed: []
        self.header_problems = checker.problems

    # -- the stream ------------------------------------------------------------------------

    def _records(self, kind: str) -> Iterator:
        self._seen_list = False
        file = self.path
        try:
            handle = file.open("rb")
        except OSError as exc:
            raise BadInput("x.unreadable", path=file, reason=exc) from None
        with handle:
            self._handle, self._buf, self._pos, self._eof = handle, "", 0, False
            self._bytes, self._lines = 0, 0
            import codecs

            self._decoder = codecs.getincrementaldecoder("utf-8-sig")()
            self._decode = json.JSONDecoder(object_pairs_hook=self._pairs, parse_constant=reject_constant,
                                            parse_int=bounded_int).raw_decode
            self._dups: list[str] = []
            if self._peek() != "{":  # valid JSON perhaps, but not an export: said by the header check
                self._top = self._value()
                if self._peek(allow_end=True) != "":
                    self._syntax("Extra data")
                return
            self._pos += 1
            if self._peek() == "}":
                self._pos += 1
            else:
                while True:
                    if self._peek() != '"':
                        self._syntax("Expecting property name enclosed in double quotes")
                    key = self._value()
                    if not isinstance(key, str):
                        self._syntax("Expecting property name enclosed in double quotes")
                    self._expect(":")
                    if key == kind and self._peek() == "[":
                        if self._seen_list:
                            self.problem(msg("x.dup_key", key=short(key)))
                        self._seen_list = True
                        self.header[key] = []
                        self._pos += 1
                        if self._peek() == "]":
                            self._pos += 1
                        else:
                            while True:
                                yield self._value()
                                if self._next_of(",]") == "]":
                                    break
                    else:
                        if key in self.header:
                            self.problem(msg("x.dup_key", key=short(key)))
                        self.header[key] = self._value()
                    if self._next_of(",}") == "}":
                        break
            if self._peek(allow_end=True) != "":
                self._syntax("Extra data")
            for key in dict.fromkeys(self._dups):
                self.problem(msg("x.dup_key", key=short(key)))

    def _pairs(self, items):
        out = {}
        for key, value in items:
            if key in out:
                self._dups.append(key)
            out[key] = value
        return out

    def _fill(self) -> bool:
        if self._eof:
            return False
        try:
            raw = self._handle.read(max(_CHUNK, len(self._buf) - self._pos))  # grows with a long value
        except OSError as exc:
            raise BadInput("x.unreadable", path=self.path, reason=exc) from None
        try:
            text = self._decoder.decode(raw, final=not raw)
        except UnicodeDecodeError as exc:
            raise BadInput("x.not_utf8", path=self.path, pos=self._bytes + exc.start) from None
        self._bytes += len(raw)
        if not raw:
            self._eof = True
            if not text:
                return False
        consumed = self._buf[:self._pos]
        self._lines += consumed.count("\n")
        self._buf = self._buf[self._pos:] + text
        self._pos = 0
        return bool(raw)

    def _peek(self, allow_end: bool = False) -> str:
        while True:
            buf, pos = self._buf, self._pos
            while pos < len(buf) and buf[pos] in " \t\r\n":
                pos += 1
            self._pos = pos
            if pos < len(buf):
                return buf[pos]
            if not self._fill():
                if allow_end:
                    return ""
                self._syntax("Expecting value")

    def _expect(self, ch: str) -> None:
        if self._peek() != ch:
            self._syntax("Expecting value" if ch == "{" else f"Expecting '{ch}' delimiter")
        self._pos += 1

    def _next_of(self, chars: str) -> str:
        ch = self._peek()
        if ch not in chars:
            self._syntax("Expecting ',' delimiter")
        self._pos += 1
        return ch

    def _value(self):
        self._peek()
        while True:
            try:
                value, end = self._decode(self._buf, self._pos)
            except json.JSONDecodeError as exc:
                if len(self._buf) - self._pos > MAX_RECORD_CHARS:
                    raise BadInput("x.too_big", path=self.path, limit=MAX_RECORD_CHARS) from None
                if not self._eof and self._fill():
                    continue  # the value goes on in the next piece of the file
                self._syntax(exc.msg, exc.pos)
            except ValueError as exc:  # NaN, Infinity
                reason = exc.args[0] if exc.args else "?"
                raise BadInput("x.json_syntax", path=self.path, reason=library_reason("json", reason), line="?",
                               col="?") from None
            except RecursionError:
                raise BadInput("x.json_syntax", path=self.path, reason=library_reason("json", "nesting"), line="?",
                               col="?") from None
            # a number may go on in the next piece
            if end == len(self._buf) and not self._eof and self._buf[self._pos] not in "{[\"" and self._fill():
                continue
            self._pos = end
            return value

    def _syntax(self, reason: str, pos: int | None = None) -> None:
        pos = self._pos if pos is None else pos
        line = self._lines + self._buf.count("\n", 0, pos) + 1
        col = pos - (self._buf.rfind("\n", 0, pos) + 1) + 1 if "\n" in self._buf[:pos] else pos + 1
        raise BadInput("x.json_syntax", path=self.path, reason=library_reason("json", reason), line=line, col=col)


def _open_export(path: str | Path) -> Path:
    file = Path(str(path)).expanduser()
    try:
        exists = file.exists()
    except OSError:
        exists = True  # let the read report why it cannot be read
    if not exists:
        raise BadInput("x.missing", path=file)
    if file.is_dir():
        raise BadInput("x.is_dir", path=file)
    if not file.is_file():
        raise BadInput("x.not_file", path=file)
    return file


def check_export(path: str | Path, feedback: list | None = None) -> int:
    """Read a whole export file as a stream and check it; the number of reflections in it.
    Raises BadInput listing the problems (at most MAX_PROBLEMS, and a count of the rest).

    With a `feedback` list, the file's feedback from others (its "feedback" list, read whole:
    it is a handful of records, not years of them) is checked too and added to it."""
    reader = ExportReader(_open_export(path))
    count = sum(1 for _ in reader.reflections())
    if feedback is not None and isinstance(reader.header, dict) and "feedback" in reader.header:
        from netleder.exchange.feedback import feedback_from_export

        found: list = []
        feedback += feedback_from_export(reader.header["feedback"], found)
        for item in found:
            reader.problem(item)
    reader.raise_problems()
    return count


def stream_export(path: str | Path) -> Iterator[Reflection]:
    """The reflections of a file check_export has accepted, one at a time. A problem found
    now (the file changed meanwhile) raises BadInput at the end: the caller's transaction
    is then rolled back."""
    reader = ExportReader(_open_export(path))
    yield from reader.reflections()
    reader.raise_problems()


def read_export(path: str | Path, feedback: list | None = None) -> list[Reflection]:
    """Read and check an export file (UTF-8 JSON). Raises BadInput listing every problem.

    With a `feedback` list, the file's feedback from others is checked too and added to it."""
    check_export(path, feedback)
    return list(stream_export(path))


def _raise_export(problems: list, path: Path | None) -> None:
    details = [*problems, msg("x.fix_hint")]
    if path is not None:
        raise BadInput("x.invalid_file", path=path, count=len(problems), details=details)
    raise BadInput("x.invalid", count=len(problems), details=details)
