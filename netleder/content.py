"""Load and validate the content files into immutable records (NamedTuples).

The YAML is composed into nodes with a safe loader (no Python tags are ever constructed)
and checked against the schema by walking the nodes, so every problem is reported with its
file, line, item and field, and all problems are collected, not only the first.

Pure apart from reading the two files; no terminal, no prompts.
"""

from __future__ import annotations

import itertools
import os
import re
from pathlib import Path
from typing import NamedTuple

import yaml

from netleder.errors import ContentError
from netleder.i18n import LANGS, t

PHASES_FILE = "phases.yaml"
COMPETENCES_FILE = "competences.yaml"
SOURCES = ("handbook", "authored")
MAX_BYTES = 1024 * 1024  # a content file is a few kilobytes; refuse megabytes
MAX_NODES = 20_000  # bounds alias expansion ("billion laughs") and silly documents
ID_RE = re.compile(r"^[a-z][a-z0-9-]{0,39}$")

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_SAFE_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:timestamp",
}


# --- the model -------------------------------------------------------------------------


class Text(NamedTuple):
    """One text in every language."""

    da: str
    en: str

    def __call__(self, lang: str) -> str:
        return getattr(self, lang)

    def to_dict(self) -> dict[str, str]:
        return {"da": self.da, "en": self.en}


class Question(NamedTuple):
    text: Text
    source: str


class About(NamedTuple):
    source_name: Text | None = None
    source_url: str | None = None


class Phase(NamedTuple):
    id: str
    number: int | None
    source: str
    title: Text
    purpose: Text
    questions: tuple[Question, ...]
    tools: tuple[Text, ...]
    number_source: str | None = None
    line: int = 0

    def label(self, lang: str) -> str:
        return t("phase.label", lang, number=self.number) if self.number else self.title(lang)


class ScaleLevel(NamedTuple):
    value: int
    label: Text


class Competence(NamedTuple):
    id: str
    number: int
    source: str
    title: Text
    description: Text
    questions: tuple[Question, ...]
    line: int = 0


class PhaseSet(NamedTuple):
    about: About
    phases: tuple[Phase, ...]
    path: Path
    builtin: bool

    def find(self, key: str) -> Phase | None:
        return _find(self.phases, key)


class CompetenceSet(NamedTuple):
    about: About
    scale: tuple[ScaleLevel, ...]
    competences: tuple[Competence, ...]
    path: Path
    builtin: bool

    def find(self, key: str) -> Competence | None:
        return _find(self.competences, key)

    def scale_label(self, value: int, lang: str) -> str:
        for level in self.scale:
            if level.value == value:
                return level.label(lang)
        return str(value)

    @property
    def scale_values(self) -> tuple[int, ...]:
        return tuple(level.value for level in self.scale)


def _find(items, key: str):
    key = str(key).strip().lower()
    for item in items:
        if item.id == key or (item.number is not None and str(item.number) == key):
            return item
    return None


# --- where the content comes from ------------------------------------------------------


def builtin_dir() -> Path:
    """The built-in content: inside the installed package, or data/ in a source checkout."""
    here = Path(__file__).resolve().parent
    packaged = here / "data"
    if (packaged / PHASES_FILE).is_file():
        return packaged
    return here.parent / "data"


def resolve_data_dir(option: str | os.PathLike | None, where: str = "--data-dir") -> tuple[Path | None, str]:
    """The custom content folder from --data-dir or NETLEDER_DATA_DIR, checked to exist.

    Returns (folder or None for built-in only, where it came from).
    """
    if option is not None:
        raw = str(option)
    else:
        raw, where = os.environ.get("NETLEDER_DATA_DIR", ""), "NETLEDER_DATA_DIR"
        if not raw.strip():
            return None, where
    path = Path(raw).expanduser()
    if not path.exists():
        raise ContentError(t("content.data_dir_missing", path=path, where=where))
    if not path.is_dir():
        raise ContentError(t("content.data_dir_not_dir", path=path, where=where))
    return path, where


def content_path(data_dir: Path | None, name: str) -> tuple[Path, bool]:
    """The file to read for `name`, and whether it is the built-in one (fallback)."""
    if data_dir is not None:
        candidate = data_dir / name
        if candidate.exists() or candidate.is_symlink():
            return candidate, False
    return builtin_dir() / name, True


# --- problems --------------------------------------------------------------------------


class Problem(NamedTuple):
    path: Path
    line: int | None
    where: str  # item and field, e.g. "competences[3] (trygt-rum) › title"
    message: str

    def __str__(self) -> str:
        parts = [self.path.name]
        if self.line:
            parts.append(t("content.loc.line", line=self.line))
        head = ", ".join(parts)
        return f"{head}: {self.where + ': ' if self.where else ''}{self.message}"


class _Checker:
    """Walks YAML nodes, converts them to values and collects every problem."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self._constructor = yaml.constructor.SafeConstructor()

    def add(self, node, where: str, message: str, /, **params) -> None:
        line = node.start_mark.line + 1 if node is not None else None
        self.problems.append(Problem(self.path, line, where, t(message, **params)))

    def found(self) -> list[Problem]:
        """The problems from the top of the file down (the walk finds them out of order)."""
        return sorted(self.problems, key=lambda p: p.line or 0)

    # kinds of node
    def kind(self, node) -> str:
        if isinstance(node, yaml.MappingNode):
            return t("t.mapping")
        if isinstance(node, yaml.SequenceNode):
            return t("t.list")
        tag = node.tag.rsplit(":", 1)[-1]
        return {
            "str": t("t.text"),
            "int": t("t.number"),
            "float": t("t.number"),
            "bool": t("t.bool"),
            "null": t("t.null"),
            "timestamp": t("t.date"),
        }.get(tag, tag)

    def mapping(self, node, where: str, required: tuple, optional: tuple = ()) -> dict | None:
        """Check a mapping's keys; returns {key: value node} or None if not a mapping."""
        if not isinstance(node, yaml.MappingNode):
            self.add(node, where, "p.expected_mapping", got=self.kind(node))
            return None
        allowed = required + optional
        out: dict = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key not in allowed:
                shown = _short(key) if key is not None else self.kind(key_node)
                self.add(key_node, where, "p.unknown_key", key=shown, allowed=", ".join(allowed))
                continue
            if key in out:
                self.add(key_node, where, "p.dup_key", key=key)
                continue
            out[key] = value_node
        for key in required:
            if key not in out:
                self.add(node, where, "p.missing", key=key)
        return out

    def sequence(self, node, where: str, low: int, high: int) -> list | None:
        if not isinstance(node, yaml.SequenceNode):
            self.add(node, where, "p.expected_list", got=self.kind(node))
            return None
        if not low <= len(node.value) <= high:
            self.add(node, where, "p.count", low=low, high=high, count=len(node.value))
        return node.value

    def text(self, node, where: str) -> Text | None:
        fields = self.mapping(node, where, (), LANGS)
        if fields is None:
            return None
        values = {}
        for lang in LANGS:
            if lang not in fields:
                self.add(node, where, "p.missing_lang", language=lang)
                continue
            values[lang] = self.string(fields[lang], f"{where}.{lang}")
        if all(values.get(lang) for lang in LANGS):
            return Text(**values)
        return None

    def string(self, node, where: str, allow_empty: bool = False) -> str | None:
        if not (isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:str"):
            self.add(node, where, "p.expected_text", got=self.kind(node))
            return None
        if not node.value.strip() and not allow_empty:
            self.add(node, where, "p.empty_text")
            return None
        return node.value

    def integer(self, node, where: str) -> int | None:
        if not (isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:int"):
            self.add(node, where, "p.expected_int", got=self.kind(node))
            return None
        try:
            return self._constructor.construct_yaml_int(node)
        except ValueError:  # "0x_", or more digits than Python converts
            self.add(node, where, "p.bad_int", value=_short(node.value))
            return None

    def source(self, node, where: str) -> str | None:
        value = self.string(node, where)
        if value is not None and value not in SOURCES:
            self.add(node, where, "p.bad_source", value=_short(value))
            return None
        return value

    def item_id(self, node, where: str, seen: dict) -> str | None:
        value = self.string(node, where)
        if value is None:
            return None
        if not ID_RE.match(value):
            self.add(node, where, "p.bad_id", value=_short(value))
            return None
        if value in seen:
            self.add(node, where, "p.dup_id", value=value, other=seen[value])
            return None
        seen[value] = node.start_mark.line + 1
        return value

    def number(self, node, where: str, seen: dict) -> int | None:
        value = self.integer(node, where)
        if value is None:
            return None
        if value < 1:
            self.add(node, where, "p.number_range")
            return None
        if value in seen:
            self.add(node, where, "p.dup_number", value=value, other=seen[value])
            return None
        seen[value] = node.start_mark.line + 1
        return value

    def questions(self, node, where: str, low: int, high: int) -> tuple[Question, ...] | None:
        items = self.sequence(node, where, low, high)
        if items is None:
            return None
        out = []
        for i, item in enumerate(items):
            here = f"{where}[{i + 1}]"
            fields = self.mapping(item, here, ("text", "source"))
            if fields is None:
                continue
            text = self.text(fields["text"], f"{here}.text") if "text" in fields else None
            source = self.source(fields["source"], f"{here}.source") if "source" in fields else None
            if text and source:
                out.append(Question(text, source))
        return tuple(out)

    def about(self, node, where: str) -> About:
        fields = self.mapping(node, where, (), ("source_name", "source_url"))
        if not fields:
            return About()
        name = self.text(fields["source_name"], f"{where}.source_name") if "source_name" in fields else None
        url = None
        if "source_url" in fields:
            url = self.string(fields["source_url"], f"{where}.source_url")
            if url is not None and not url.startswith("https://"):
                self.add(fields["source_url"], f"{where}.source_url", "p.bad_url")
                url = None
        return About(name, url)


def _short(value: str, limit: int = 40) -> str:
    """A value from the file, cut short enough for a one-line message."""
    value = " ".join(str(value).split())
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _label(kind: str, index: int, node) -> str:
    """'competences[3] (trygt-rum)' — the item as a user can find it in the file."""
    label = f"{kind}[{index + 1}]"
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == "id":
                if isinstance(value, yaml.ScalarNode) and value.value.strip():
                    label += f" ({_short(value.value, 30)})"
                break
    return label


# --- reading a file --------------------------------------------------------------------


def _scan(root) -> tuple[int, list]:
    """One walk over the document as it expands: how many nodes (aliases counted each time
    they are used, stopping past MAX_NODES) and the nodes whose tag is not plain YAML."""
    count, stack, bad = 0, [root], []
    mapping, sequence, safe = yaml.MappingNode, yaml.SequenceNode, _SAFE_TAGS
    while stack:
        node = stack.pop()
        count += 1
        if count > MAX_NODES:
            break
        if node.tag not in safe and node not in bad:
            bad.append(node)
        if node.__class__ is sequence:
            stack.extend(node.value)
        elif node.__class__ is mapping:
            for pair in node.value:
                stack.extend(pair)
    return count, bad


def _compose(path: Path, checker: _Checker, limit: int = MAX_BYTES):
    """Read `path` and compose its single YAML document, or record why not."""
    if path.is_dir():
        checker.add(None, "", "p.is_dir")
        return None
    if path.exists() and not path.is_file():  # a FIFO or a device would block or never end
        checker.add(None, "", "p.not_file")
        return None
    try:
        size = path.stat().st_size
        if size > limit:
            checker.add(None, "", "p.too_big", size=size, limit=limit)
            return None
        with path.open("rb") as handle:
            raw = handle.read(limit + 1)
        if len(raw) > limit:  # grew after stat
            checker.add(None, "", "p.too_big", size=len(raw), limit=limit)
            return None
    except OSError as exc:
        checker.add(None, "", "p.unreadable", reason=exc.strerror or exc.__class__.__name__)
        return None
    return _compose_bytes(raw, checker)


def _compose_bytes(raw: bytes, checker: _Checker):
    """Compose the single YAML document in `raw` (UTF-8), or record why not.

    Shared with answer files (netleder.answers), which may come from stdin;
    `checker.path` names the source in every problem.
    """
    path = checker.path
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        checker.problems.append(Problem(path, line, "", t("p.not_utf8", pos=exc.start)))
        return None
    try:
        nodes = list(yaml.compose_all(text, Loader=_Loader))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        reason = " ".join(str(exc.problem or exc.context or "").split())
        if "nesting depth" in reason:  # libyaml's own bound on nesting
            checker.problems.append(Problem(path, line, "", t("p.too_deep")))
        else:
            checker.problems.append(Problem(path, line, "", t("p.yaml_syntax", reason=reason)))
        return None
    except RecursionError:  # the pure-Python composer recurses once per level
        checker.problems.append(Problem(path, None, "", t("p.too_deep")))
        return None
    except yaml.reader.ReaderError:  # a control character; libyaml counts bytes, so find it here
        found = yaml.reader.Reader.NON_PRINTABLE.search(text)
        line = text.count("\n", 0, found.start()) + 1 if found else None
        char = f"U+{ord(found.group()):04X}" if found else "?"
        checker.problems.append(Problem(path, line, "", t("p.bad_char", char=char)))
        return None
    except yaml.YAMLError as exc:
        reason = " ".join(str(exc).split())[:200]
        checker.problems.append(Problem(path, None, "", t("p.yaml_syntax", reason=reason)))
        return None
    if not nodes or nodes[0] is None:
        checker.add(None, "", "p.empty")
        return None
    if len(nodes) > 1:
        checker.add(nodes[1], "", "p.several_docs")
        return None
    root = nodes[0]
    count, bad = _scan(root)
    if count > MAX_NODES:
        checker.add(root, "", "p.too_complex", limit=MAX_NODES)
        return None
    if bad:
        for node in bad:
            checker.add(node, "", "p.tag", tag=node.tag)
        return None
    return root


# --- the two files ---------------------------------------------------------------------


def check_phases(path: Path, builtin: bool = False) -> tuple[PhaseSet | None, list[Problem]]:
    c = _Checker(path)
    root = _compose(path, c)
    if root is None:
        return None, c.found()
    top = c.mapping(root, "", ("phases",), ("about",))
    if top is None:
        return None, c.found()
    about = c.about(top["about"], "about") if "about" in top else About()
    phases: list[Phase] = []
    items = c.sequence(top["phases"], "phases", 1, 30) if "phases" in top else None
    ids: dict = {}
    numbers: dict = {}
    for i, node in enumerate(items or ()):
        w = _label("phases", i, node)
        fields = c.mapping(
            node,
            w,
            ("id", "source", "title", "purpose", "questions"),
            ("number", "number_source", "tools"),
        )
        if fields is None:
            continue
        pid = c.item_id(fields["id"], f"{w}.id", ids) if "id" in fields else None
        number = None
        number_node = fields.get("number")
        if number_node is not None and number_node.tag != "tag:yaml.org,2002:null":
            number = c.number(number_node, f"{w}.number", numbers)
        number_source = (
            c.source(fields["number_source"], f"{w}.number_source") if "number_source" in fields else None
        )
        source = c.source(fields["source"], f"{w}.source") if "source" in fields else None
        title = c.text(fields["title"], f"{w}.title") if "title" in fields else None
        purpose = c.text(fields["purpose"], f"{w}.purpose") if "purpose" in fields else None
        questions = c.questions(fields["questions"], f"{w}.questions", 1, 6) if "questions" in fields else None
        tools: list[Text] = []
        if "tools" in fields:
            for j, tool in enumerate(c.sequence(fields["tools"], f"{w}.tools", 0, 30) or ()):
                text = c.text(tool, f"{w}.tools[{j + 1}]")
                if text:
                    tools.append(text)
        if pid and source and title and purpose and questions is not None:
            phases.append(
                Phase(pid, number, source, title, purpose, questions, tuple(tools), number_source,
                      node.start_mark.line + 1)
            )
    if c.problems:
        return None, c.found()
    return PhaseSet(about, tuple(phases), path, builtin), []


def check_competences(path: Path, builtin: bool = False) -> tuple[CompetenceSet | None, list[Problem]]:
    c = _Checker(path)
    root = _compose(path, c)
    if root is None:
        return None, c.found()
    top = c.mapping(root, "", ("scale", "competences"), ("about",))
    if top is None:
        return None, c.found()
    about = c.about(top["about"], "about") if "about" in top else About()
    scale: list[ScaleLevel] = []
    if "scale" in top:
        values: dict = {}
        for i, node in enumerate(c.sequence(top["scale"], "scale", 2, 10) or ()):
            w = f"scale[{i + 1}]"
            fields = c.mapping(node, w, ("value", "label"))
            if fields is None:
                continue
            value = c.integer(fields["value"], f"{w}.value") if "value" in fields else None
            label = c.text(fields["label"], f"{w}.label") if "label" in fields else None
            if value is not None and value in values:
                c.add(fields["value"], f"{w}.value", "p.scale_dup", value=value)
                continue
            if value is not None:
                values[value] = True
            if value is not None and label:
                scale.append(ScaleLevel(value, label))
        if values:
            present = sorted(values)
            gaps = (v for v in range(present[0], present[-1]) if v not in values)
            missing = list(itertools.islice(gaps, 6))  # the span may be huge: name a few
            if missing:
                shown = ", ".join(map(str, missing[:5])) + (", …" if len(missing) > 5 else "")
                c.add(top["scale"], "scale", "p.scale_gap", missing=shown)
    competences: list[Competence] = []
    ids: dict = {}
    numbers: dict = {}
    items = c.sequence(top["competences"], "competences", 1, 30) if "competences" in top else None
    for i, node in enumerate(items or ()):
        w = _label("competences", i, node)
        fields = c.mapping(
            node,
            w,
            ("id", "number", "source", "title", "description", "questions"),
        )
        if fields is None:
            continue
        cid = c.item_id(fields["id"], f"{w}.id", ids) if "id" in fields else None
        number = c.number(fields["number"], f"{w}.number", numbers) if "number" in fields else None
        source = c.source(fields["source"], f"{w}.source") if "source" in fields else None
        title = c.text(fields["title"], f"{w}.title") if "title" in fields else None
        description = c.text(fields["description"], f"{w}.description") if "description" in fields else None
        questions = c.questions(fields["questions"], f"{w}.questions", 1, 5) if "questions" in fields else None
        if cid and number and source and title and description and questions is not None:
            competences.append(
                Competence(cid, number, source, title, description, questions, node.start_mark.line + 1)
            )
    if c.problems:
        return None, c.found()
    scale.sort(key=lambda level: level.value)
    return CompetenceSet(about, tuple(scale), tuple(competences), path, builtin), []


def _raise(path: Path, problems: list[Problem], data_dir: Path | None) -> None:
    shown = problems[:8]
    details = [str(p) for p in shown]
    if len(problems) > len(shown):
        details.append(t("content.more", count=len(problems) - len(shown), dir=data_dir or path.parent))
    details.append(t("content.fix_hint"))
    raise ContentError(t("content.invalid", path=path, count=len(problems)), details=details)


def load_phases(data_dir: Path | None = None) -> PhaseSet:
    path, builtin = content_path(data_dir, PHASES_FILE)
    phases, problems = check_phases(path, builtin)
    if problems:
        _raise(path, problems, data_dir)
    return phases


def load_competences(data_dir: Path | None = None) -> CompetenceSet:
    path, builtin = content_path(data_dir, COMPETENCES_FILE)
    competences, problems = check_competences(path, builtin)
    if problems:
        _raise(path, problems, data_dir)
    return competences
