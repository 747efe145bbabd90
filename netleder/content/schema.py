"""The two content schemas: phases.yaml and competences.yaml, checked node by node.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import yaml

from netleder.content.model import (
    About,
    Competence,
    CompetenceSet,
    InPlay,
    Phase,
    PhaseSet,
    ScaleLevel,
    Text,
)
from netleder.content.yaml_check import ID_RE, Checker, Problem, compose_file
from netleder.safe_text import short


def _label(kind: str, index: int, node) -> str:
    """'competences[3] (trygt-rum)' — the item as a user can find it in the file."""
    label = f"{kind}[{index + 1}]"
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == "id":
                if isinstance(value, yaml.ScalarNode) and value.value.strip():
                    label += f" ({short(value.value, 30)})"
                break
    return label


def check_phases(path: Path, builtin: bool = False) -> tuple[PhaseSet | None, list[Problem]]:
    c = Checker(path)
    root = compose_file(path, c)
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
            ("number", "number_source", "tools", "in_brief", "in_play"),
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
        in_brief = c.text(fields["in_brief"], f"{w}.in_brief") if "in_brief" in fields else None
        in_play = _in_play(c, fields["in_play"], f"{w}.in_play") if "in_play" in fields else ()
        if pid and source and title and purpose and questions is not None:
            phases.append(
                Phase(pid, number, source, title, purpose, questions, tuple(tools), number_source,
                      node.start_mark.line + 1, in_brief, in_play)
            )
    if c.problems:
        return None, c.found()
    return PhaseSet(about, tuple(phases), path, builtin), []


def _in_play(c: Checker, node, where: str) -> tuple[InPlay, ...]:
    """A phase's competences in play: [{competence: id, source, reason: {da, en}}, …].

    The ids are checked here for form and repeats; whether they name a competence in the
    competence set in use is checked across the two files (content/crosscheck.py)."""
    out: list[InPlay] = []
    seen: set = set()
    for i, item in enumerate(c.sequence(node, where, 0, 10) or ()):
        w = f"{where}[{i + 1}]"
        fields = c.mapping(item, w, ("competence", "source", "reason"))
        if fields is None:
            continue
        cid = None
        if "competence" in fields:
            value = c.string(fields["competence"], f"{w}.competence")
            if value is not None and not ID_RE.match(value):
                c.add(fields["competence"], f"{w}.competence", "p.bad_id", value=short(value))
            elif value is not None and value in seen:
                c.add(fields["competence"], f"{w}.competence", "p.in_play_dup", id=value)
            elif value is not None:
                cid = value
                seen.add(value)
        source = c.source(fields["source"], f"{w}.source") if "source" in fields else None
        reason = c.text(fields["reason"], f"{w}.reason") if "reason" in fields else None
        if cid and source and reason:
            out.append(InPlay(cid, source, reason, item.start_mark.line + 1))
    return tuple(out)


def check_competences(path: Path, builtin: bool = False) -> tuple[CompetenceSet | None, list[Problem]]:
    c = Checker(path)
    root = compose_file(path, c)
    if root is None:
        return None, c.found()
    top = c.mapping(root, "", ("scale", "competences"), ("about",))
    if top is None:
        return None, c.found()
    about = c.about(top["about"], "about") if "about" in top else About()
    scale: list[ScaleLevel] = []
    scale_source = scale_question = None
    if "scale" in top:
        levels_node, levels_where = top["scale"], "scale"
        if isinstance(top["scale"], yaml.MappingNode):
            # The full form: {source, question, levels}; the short form is the list of levels.
            form = c.mapping(top["scale"], "scale", ("levels",), ("source", "question")) or {}
            if "source" in form:
                scale_source = c.source(form["source"], f"{levels_where}.source")
            if "question" in form:
                scale_question = c.text(form["question"], f"{levels_where}.question")
            levels_node, levels_where = form.get("levels"), f"{levels_where}.levels"
        values: dict = {}
        for i, node in enumerate((c.sequence(levels_node, levels_where, 2, 10) if levels_node is not None else None) or ()):
            w = f"{levels_where}[{i + 1}]"
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
                c.add(levels_node, levels_where, "p.scale_gap", missing=shown)
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
            ("observed",),
        )
        if fields is None:
            continue
        cid = c.item_id(fields["id"], f"{w}.id", ids) if "id" in fields else None
        number = c.number(fields["number"], f"{w}.number", numbers) if "number" in fields else None
        source = c.source(fields["source"], f"{w}.source") if "source" in fields else None
        title = c.text(fields["title"], f"{w}.title") if "title" in fields else None
        description = c.text(fields["description"], f"{w}.description") if "description" in fields else None
        questions = c.questions(fields["questions"], f"{w}.questions", 1, 5) if "questions" in fields else None
        observed = c.text(fields["observed"], f"{w}.observed") if "observed" in fields else None
        if cid and number and source and title and description and questions is not None:
            competences.append(
                Competence(cid, number, source, title, description, questions, node.start_mark.line + 1, observed)
            )
    if c.problems:
        return None, c.found()
    scale.sort(key=lambda level: level.value)
    return CompetenceSet(about, tuple(scale), tuple(competences), path, builtin, scale_source, scale_question), []
