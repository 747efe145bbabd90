"""A bounded, strict YAML reader: compose nodes safely and collect every problem.

Used by the content schemas and by the answers file: no tags, no duplicate keys, no
unknown keys, bounded size, nesting and alias expansion; every problem carries its file,
line, item and field.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

import yaml

from netleder.content.model import MAX_INT, About, Question, Text
from netleder.errors import Msg, library_reason, msg
from netleder.i18n import LANGS, t
from netleder.safe_text import safe_link, short

SOURCES = ("handbook", "authored")


MAX_BYTES = 1024 * 1024  # a content file is a few kilobytes; refuse megabytes


MAX_NODES = 20_000  # bounds alias expansion ("billion laughs") and silly documents


ID_RE = re.compile(r"^[a-z][a-z0-9-]{0,39}$")


LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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


class Problem(NamedTuple):
    path: Path | Msg  # the file, or a name for it (standard input)
    line: int | None
    where: str  # item and field, e.g. "competences[3] (trygt-rum) › title"
    message: Msg

    def format(self, lang: str) -> str:
        """"competences.yaml, linje 12: competences[3] (trygt-rum) › title: …" in `lang`."""
        parts = [self.path.name if isinstance(self.path, Path) else self.path.format(lang)]
        if self.line:
            parts.append(t("content.loc.line", lang, line=self.line))
        head = ", ".join(parts)
        return f"{head}: {self.where + ': ' if self.where else ''}{self.message.format(lang)}"


class Checker:
    """Walks YAML nodes, converts them to values and collects every problem."""

    def __init__(self, path: Path | Msg) -> None:
        self.path = path  # the file, or a name for it (standard input)
        self.problems: list[Problem] = []
        self._constructor = yaml.constructor.SafeConstructor()

    def add(self, node, where: str, message: str, /, **params) -> None:
        line = node.start_mark.line + 1 if node is not None else None
        self.problems.append(Problem(self.path, line, where, msg(message, **params)))

    def found(self) -> list[Problem]:
        """The problems from the top of the file down (the walk finds them out of order)."""
        return sorted(self.problems, key=lambda p: p.line or 0)

    # kinds of node
    def kind(self, node) -> Msg | str:
        if isinstance(node, yaml.MappingNode):
            return msg("t.mapping")
        if isinstance(node, yaml.SequenceNode):
            return msg("t.list")
        tag = node.tag.rsplit(":", 1)[-1]
        return {
            "str": msg("t.text"),
            "int": msg("t.number"),
            "float": msg("t.number"),
            "bool": msg("t.bool"),
            "null": msg("t.null"),
            "timestamp": msg("t.date"),
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
                shown = short(key) if key is not None else self.kind(key_node)
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
        values: dict[str, str] = {}
        for lang in LANGS:
            if lang not in fields:
                self.add(node, where, "p.missing_lang", language=lang)
                continue
            value = self.string(fields[lang], f"{where}.{lang}")
            if value is not None:
                values[lang] = value
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
            value = self._constructor.construct_yaml_int(node)
        except ValueError:  # "0x_", or more digits than Python converts
            self.add(node, where, "p.bad_int", value=short(node.value))
            return None
        if not -MAX_INT <= value <= MAX_INT:  # 10**20 would overflow the database later
            self.add(node, where, "p.int_range", value=short(node.value), limit=MAX_INT)
            return None
        return value

    def source(self, node, where: str) -> str | None:
        value = self.string(node, where)
        if value is not None and value not in SOURCES:
            self.add(node, where, "p.bad_source", value=short(value))
            return None
        return value

    def item_id(self, node, where: str, seen: dict) -> str | None:
        value = self.string(node, where)
        if value is None:
            return None
        if not ID_RE.match(value):
            self.add(node, where, "p.bad_id", value=short(value))
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
            if url is not None and (not url.startswith("https://") or safe_link(url) != url):
                self.add(fields["source_url"], f"{where}.source_url", "p.bad_url")
                url = None
        return About(name, url)




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


def compose_file(path: Path, checker: Checker, limit: int = MAX_BYTES):
    """Read `path` and compose its single YAML document, or record why not."""
    try:
        if path.is_dir():
            checker.add(None, "", "p.is_dir")
            return None
        if path.exists() and not path.is_file():  # a FIFO or a device would block or never end
            checker.add(None, "", "p.not_file")
            return None
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
        checker.add(None, "", "p.unreadable", reason=exc)
        return None
    return compose_bytes(raw, checker)


def compose_bytes(raw: bytes, checker: Checker):
    """Compose the single YAML document in `raw` (UTF-8), or record why not.

    Shared with answer files (netleder.answers), which may come from stdin;
    `checker.path` names the source in every problem.
    """
    path = checker.path
    line: int | None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        checker.problems.append(Problem(path, line, "", msg("p.not_utf8", pos=exc.start)))
        return None
    try:
        nodes = list(yaml.compose_all(text, Loader=LOADER))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        reason = " ".join(str(exc.problem or exc.context or "").split())
        if "nesting depth" in reason:  # libyaml's own bound on nesting
            checker.problems.append(Problem(path, line, "", msg("p.too_deep")))
        else:
            checker.problems.append(Problem(path, line, "", msg("p.yaml_syntax", reason=library_reason("yaml", reason))))
        return None
    except RecursionError:  # the pure-Python composer recurses once per level
        checker.problems.append(Problem(path, None, "", msg("p.too_deep")))
        return None
    except yaml.reader.ReaderError:  # a control character; libyaml counts bytes, so find it here
        found = yaml.reader.Reader.NON_PRINTABLE.search(text)
        line = text.count("\n", 0, found.start()) + 1 if found else None
        char = f"U+{ord(found.group()):04X}" if found else "?"
        checker.problems.append(Problem(path, line, "", msg("p.bad_char", char=char)))
        return None
    except yaml.YAMLError as exc:
        reason = " ".join(str(exc).split())[:200]
        checker.problems.append(Problem(path, None, "", msg("p.yaml_syntax", reason=library_reason("yaml", reason))))
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
