"""Read a whole reflection from an answers file: `netleder reflect --answers FILE`.

The format (README, "Uden terminal"):

    network: "Urban farming i Albertslund"   # optional
    network_type: welfare                    # optional: innovation | learning | welfare | other
    phase: 3                                 # optional: a numbered phase (1-8), number or id
    competences:                             # the competences reflected on: the scope
      <competence id or number>:
        rating: 4                            # required, a value on the scale
        answers: ["…", "…"]                  # optional, at most one per question
        next_step: "…"                       # optional
    follow_up:                               # optional: how the previous reflection's next steps went
      <competence id or number>:
        status: done                         # done | partly | not_yet
        note: "…"                            # optional

The file is read with the content loader's safe machinery (netleder.content: size limit,
UTF-8, one document, no tags beyond plain YAML, bounded aliases and nesting) and checked
completely: every problem is collected with its line, and only a file without problems
becomes a Reflection. Nothing is saved here; the caller saves what this returns.

Rules where the format leaves room (documented in the README):
- FILE may be `-` to read the answers from standard input (refused when stdin is a terminal,
  so it can never hang waiting for typing). A file literally named `-` is `./-`.
- An optional field that is empty (`network:` or `~`) counts as not given.
- Text (answers, next steps, notes, the network's name) is stored exactly as the YAML value
  reads: no stripping, no normalising of line endings or Unicode. YAML itself turns line
  breaks inside a scalar into \\n; write "\\r\\n" in a double-quoted string to keep a CR.
  An unquoted scalar that YAML would read as a number, yes/no or a date (`answers: [nej, 2]`
  is fine, `answers: [yes]` would be a boolean) is kept as the text written, so nothing
  typed is turned into `True`.
- A text that is only whitespace counts as empty: an empty answer, no next step, no note,
  no network name. It would show as a blank, so it is not kept as one.
- A rating must be a whole number on the scale; `"4"` (quoted) and `4.0` are refused, so a
  typo is never guessed at.
- A competence may be named by id or number, case-insensitively; naming the same one twice
  (`3:` and `trygt-rum:`) is a problem. The scope is kept in the content's order.
- `follow_up` needs the previous complete reflection (`previous`) and may only name
  competences that had a next step in it; a follow-up's step is the text written then.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import yaml

from netleder.content.model import CompetenceSet, PhaseSet
from netleder.content.yaml_check import Checker, compose_bytes, compose_file
from netleder.dates import human_date
from netleder.errors import BadInput, Msg, msg
from netleder.reflection import (
    FOLLOW_UP_STATUSES,
    NETWORK_TYPES,
    FollowUp,
    Reflection,
    Snapshot,
    new_id,
    now_iso,
)
from netleder.safe_text import short

STDIN = "-"
# An answers file may hold long answers: 10 competences x 5 questions x 100,000 characters of
# four-byte UTF-8 would be 20 MB; real files are far smaller. Bounded, so a wrong file given by
# mistake (a video, a database) is refused at once instead of being read into memory.
MAX_ANSWERS_BYTES = 24 * 1024 * 1024

TOP_REQUIRED = ("competences",)
TOP_OPTIONAL = ("network", "network_type", "phase", "follow_up")
COMPETENCE_REQUIRED = ("rating",)
COMPETENCE_OPTIONAL = ("answers", "next_step")
FOLLOW_UP_REQUIRED = ("status",)
FOLLOW_UP_OPTIONAL = ("note",)

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_NULL = "tag:yaml.org,2002:null"


def load_answers(
    path: str | Path,
    comps: CompetenceSet,
    phases: PhaseSet,
    lang: str,
    previous: Reflection | Callable[[str | None], Reflection | None] | None = None,
) -> Reflection:
    """The complete Reflection described by the answers file at `path` (or `-` for stdin).

    `previous` is the newest complete reflection, whose next steps a `follow_up:` section
    reports on; or a function giving it for the file's network (None: no network named), so
    the follow-up is on this network's previous steps, as in the wizard. Raises BadInput (exit 2) listing every problem in the file; nothing is saved.
    """
    path_text = str(path)
    shown: Msg | str
    if path_text == STDIN:
        checker = Checker(msg("answers.stdin_name"))
        raw = _read_stdin(checker)
        root = compose_bytes(raw, checker) if raw is not None else None
        shown = msg("answers.stdin_name")
    else:
        file = Path(path_text).expanduser()
        if _missing(file):
            raise BadInput("answers.missing", path=file)
        try:
            is_dir = file.is_dir()
        except OSError:  # a folder on the way that cannot be entered: compose_file reports it (exit 2)
            is_dir = False
        if is_dir:
            raise BadInput("answers.is_dir", path=file)
        checker = Checker(file)
        root = compose_file(file, checker, limit=MAX_ANSWERS_BYTES)
        shown = str(file)
    reflection = None
    if root is not None:
        reflection = _Reader(checker, comps, phases, lang, previous).reflection(root)
    if checker.problems:
        problems = sorted(checker.problems, key=lambda p: p.line or 0)  # stable: file order
        raise BadInput(
            "answers.invalid", path=shown, count=len(problems),
            details=[*problems, msg("answers.fix_hint")],
        )
    assert reflection is not None
    return reflection


def _read_stdin(checker: Checker) -> bytes | None:
    """All of stdin (bounded), or None after recording why not. Never waits on a terminal."""
    stream = sys.stdin
    if stream is None:
        raise BadInput("answers.stdin_tty")
    try:
        if stream.isatty():
            raise BadInput("answers.stdin_tty")
    except (AttributeError, ValueError):
        pass
    source = getattr(stream, "buffer", None)
    try:
        raw = source.read(MAX_ANSWERS_BYTES + 1) if source is not None else stream.read().encode("utf-8")
    except OSError as exc:
        checker.add(None, "", "p.unreadable", reason=exc)
        return None
    if len(raw) > MAX_ANSWERS_BYTES:
        checker.add(None, "", "p.too_big", size=f"{len(raw)}+", limit=MAX_ANSWERS_BYTES)
        return None
    return raw


class _Reader:
    """Turns the composed nodes of an answers file into a Reflection, collecting problems."""

    def __init__(self, checker: Checker, comps: CompetenceSet, phases: PhaseSet, lang: str,
                 previous) -> None:
        self.c = checker
        self.comps = comps
        self.phases = phases
        self.lang = lang
        self.previous = previous
        values = comps.scale_values
        self.low, self.high = (min(values), max(values)) if values else (0, 0)

    # -- the whole file ---------------------------------------------------------------

    def reflection(self, root) -> Reflection | None:
        top = self.c.mapping(root, "", TOP_REQUIRED, TOP_OPTIONAL)
        if top is None:
            return None
        network = self.text(top["network"], "network") if "network" in top else None
        if callable(self.previous):  # the previous reflection of this network
            self.previous = self.previous(network or None)
        network_type = self.network_type(top["network_type"]) if "network_type" in top else None
        phase = self.phase(top["phase"]) if "phase" in top else None
        entries = self.competences(top["competences"]) if "competences" in top else {}
        follow_ups = self.follow_ups(top["follow_up"]) if "follow_up" in top else []
        if self.c.problems:
            return None

        scope = [c.id for c in self.comps.competences if c.id in entries]
        snapshot = Snapshot.from_content(self.comps, scope)
        now = now_iso()
        reflection = Reflection(
            id=new_id(),
            created_at=now,
            lang=self.lang,
            snapshot=snapshot,
            network=network or None,
            network_type=network_type,
            phase=phase,
            follow_ups=follow_ups,
            completed_at=now,
        )
        for comp in snapshot.competences:
            rating, answers, step = entries[comp.id]
            reflection.ratings[comp.id] = rating
            reflection.answers[comp.id] = answers + [""] * (len(comp.questions) - len(answers))
            if step:
                reflection.next_steps[comp.id] = step
        return reflection

    # -- context ----------------------------------------------------------------------

    def network_type(self, node) -> str | None:
        if _is_null(node):
            return None
        if not isinstance(node, yaml.ScalarNode):
            self.c.add(node, "network_type", "p.expected_text", got=self.c.kind(node))
            return None
        value = node.value.strip().lower()
        if value not in NETWORK_TYPES:
            self.c.add(node, "network_type", "a.unknown_network_type", value=short(node.value),
                       choices=", ".join(NETWORK_TYPES))
            return None
        return value

    def phase(self, node) -> str | None:
        if _is_null(node):
            return None
        if not (isinstance(node, yaml.ScalarNode) and node.tag in (_STR, _INT)):
            self.c.add(node, "phase", "a.phase_type", got=self.c.kind(node))
            return None
        key = str(self._int(node)) if node.tag == _INT else node.value
        found = self.phases.find(key) if key is not None else None
        if found is None or not found.number:
            # the numbered phases only, as in the wizard: the introduction and the closing
            # chapter are not phases a network is in
            self.c.add(node, "phase", "a.unknown_phase", value=short(node.value),
                       choices=", ".join(_phase_choice(p) for p in self.phases.phases if p.number))
            return None
        return found.id

    # -- the competences --------------------------------------------------------------

    def competences(self, node) -> dict[str, tuple[int, list[str], str | None]]:
        """{competence id: (rating, answers, next step)} for every entry without problems."""
        where = "competences"
        if _is_null(node) or (isinstance(node, yaml.MappingNode) and not node.value):
            self.c.add(node, where, "a.no_competences")
            return {}
        if not isinstance(node, yaml.MappingNode):
            self.c.add(node, where, "p.expected_mapping", got=self.c.kind(node))
            return {}
        out: dict = {}
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            cid = self.competence_key(key_node, where, seen, "a.dup_competence")
            here = f"{where}.{_key_text(key_node)}"
            entry = self.competence_entry(value_node, here, cid)
            if cid is not None and entry is not None:
                out[cid] = entry
        return out

    def competence_key(self, key_node, where: str, seen: dict, dup_message: str,
                       extra=None) -> str | None:
        """The competence id a key names (id or number), or None after recording why not."""
        key = self._key(key_node)
        found = self.comps.find(key) if key is not None else None
        cid = found.id if found is not None else None
        if cid is None and extra is not None:
            cid = extra(key)
        if cid is None:
            numbers = [c.number for c in self.comps.competences]
            self.c.add(
                key_node, where, "a.unknown_competence", value=short(_key_text(key_node)),
                low=min(numbers, default=0), high=max(numbers, default=0),
                ids=", ".join(c.id for c in self.comps.competences),
            )
            return None
        line = key_node.start_mark.line + 1
        if cid in seen:
            self.c.add(key_node, where, dup_message, id=cid, other=seen[cid])
            return None
        seen[cid] = line
        return cid

    def competence_entry(self, node, where: str, cid: str | None):
        fields = self.c.mapping(node, where, COMPETENCE_REQUIRED, COMPETENCE_OPTIONAL)
        if fields is None:
            return None
        rating = None
        if "rating" in fields:
            rating = self.rating(fields["rating"], f"{where}.rating")
        comp = self.comps.find(cid) if cid is not None else None
        answers: list[str] | None = []
        if "answers" in fields:
            answers = self.answers(fields["answers"], f"{where}.answers",
                                   len(comp.questions) if comp is not None else None)
        step = self.text(fields["next_step"], f"{where}.next_step") if "next_step" in fields else None
        if rating is None or answers is None:
            return None
        return rating, answers, step

    def rating(self, node, where: str) -> int | None:
        if _is_null(node):
            self.c.add(node, where, "p.missing", key="rating")
            return None
        if isinstance(node, yaml.ScalarNode) and node.tag == _FLOAT:
            self.c.add(node, where, "a.rating_not_whole", value=short(node.value), low=self.low, high=self.high)
            return None
        if not (isinstance(node, yaml.ScalarNode) and node.tag == _INT):
            self.c.add(node, where, "a.rating_type", got=self.c.kind(node), low=self.low, high=self.high)
            return None
        value = self._int(node)
        if value is None or value not in self.comps.scale_values:
            self.c.add(node, where, "a.rating_range", value=short(node.value), low=self.low, high=self.high)
            return None
        return value

    def answers(self, node, where: str, questions: int | None) -> list[str] | None:
        if _is_null(node):
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.c.add(node, where, "a.answers_type", got=self.c.kind(node))
            return None
        ok = True
        if questions is not None and len(node.value) > questions:
            self.c.add(node, where, "a.too_many_answers", count=len(node.value), questions=questions)
            ok = False
        out = []
        for i, item in enumerate(node.value):
            value = self.text(item, f"{where}[{i + 1}]")
            if value is _BAD:
                ok = False
            out.append(value or "")
        return out if ok else None

    # -- follow-up of the previous reflection's next steps -----------------------------

    def follow_ups(self, node) -> list[FollowUp]:
        where = "follow_up"
        if _is_null(node) or (isinstance(node, yaml.MappingNode) and not node.value):
            return []
        if not isinstance(node, yaml.MappingNode):
            self.c.add(node, where, "p.expected_mapping", got=self.c.kind(node))
            return []
        previous = self.previous
        if previous is None:
            self.c.add(node, where, "a.no_previous")
            return []
        if not previous.next_steps:
            self.c.add(node, where, "a.no_steps", id=previous.id, date=human_date(previous.created_at, self.lang))
            return []
        found: dict[str, FollowUp] = {}
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            cid = self.competence_key(key_node, where, seen, "a.dup_follow_up", extra=self._previous_key)
            here = f"{where}.{_key_text(key_node)}"
            if cid is not None and cid not in previous.next_steps:
                self.c.add(key_node, where, "a.no_step", competence=cid, id=previous.id,
                           date=human_date(previous.created_at, self.lang), choices=", ".join(previous.next_steps))
                cid = None
            fields = self.c.mapping(value_node, here, FOLLOW_UP_REQUIRED, FOLLOW_UP_OPTIONAL)
            if fields is None:
                continue
            status = self.status(fields["status"], f"{here}.status") if "status" in fields else None
            note = self.text(fields["note"], f"{here}.note") if "note" in fields else None
            if cid is not None and status is not None and note is not _BAD:
                found[cid] = FollowUp(cid, previous.next_steps[cid], status, note or "", previous.id)
        order = list(previous.scope) + [cid for cid in previous.next_steps if cid not in previous.scope]
        return [found[cid] for cid in order if cid in found]

    def _previous_key(self, key: str | None) -> str | None:
        """A competence named as in the previous reflection, if the content no longer has it."""
        if key is None or self.previous is None:
            return None
        key = key.strip().lower()
        for comp in self.previous.snapshot.competences:
            if comp.id == key or str(comp.number) == key:
                return comp.id
        return None

    def status(self, node, where: str) -> str | None:
        if _is_null(node):
            self.c.add(node, where, "p.missing", key="status")
            return None
        if not isinstance(node, yaml.ScalarNode):
            self.c.add(node, where, "p.expected_text", got=self.c.kind(node))
            return None
        value = node.value.strip().lower().replace("-", "_").replace(" ", "_")
        if value not in FOLLOW_UP_STATUSES:
            self.c.add(node, where, "a.bad_status", value=short(node.value), choices=", ".join(FOLLOW_UP_STATUSES))
            return None
        return value

    # -- values -----------------------------------------------------------------------

    def text(self, node, where: str):
        """User text exactly as written; "" when empty or only whitespace; _BAD on a problem."""
        if _is_null(node):
            return ""
        if not isinstance(node, yaml.ScalarNode):
            self.c.add(node, where, "p.expected_text", got=self.c.kind(node))
            return _BAD
        value = node.value
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            self.c.add(node, where, "a.bad_char")
            return _BAD
        return value if value.strip() else ""

    def _key(self, key_node) -> str | None:
        if not isinstance(key_node, yaml.ScalarNode) or _is_null(key_node):
            return None
        if key_node.tag == _INT:
            value = self._int(key_node)
            return None if value is None else str(value)
        return key_node.value

    def _int(self, node) -> int | None:
        try:
            return self.c._constructor.construct_yaml_int(node)
        except (ValueError, yaml.YAMLError):
            return None


class _Bad:
    """Marks a value that had a problem (already recorded), as distinct from an empty one."""

    def __bool__(self) -> bool:
        return False


_BAD = _Bad()


def _missing(path: Path) -> bool:
    """True when nothing is at `path` (a dangling link counts as nothing)."""
    try:
        return not path.exists()
    except OSError:  # e.g. a folder on the way that cannot be searched: compose_file reports it
        return False


def _is_null(node) -> bool:
    return node is None or (isinstance(node, yaml.ScalarNode) and node.tag == _NULL)


def _key_text(node) -> str:
    if isinstance(node, yaml.ScalarNode):
        return node.value
    return "?"




def _phase_choice(phase) -> str:
    return f"{phase.number} {phase.id}"


__all__ = ["MAX_ANSWERS_BYTES", "STDIN", "load_answers"]
