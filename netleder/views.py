"""Glue for the model commands: look up what was asked for, pick the writer, send it out.

Kept out of cli.py so the shell stays thin, and out of render/export so those stay pure.
"""

from __future__ import annotations

import sys
from pathlib import Path

from netleder import content as c
from netleder.errors import BadInput
from netleder.i18n import t


def _pick(items, key: str | None, not_found: str):
    if key is None:
        return list(items.phases if hasattr(items, "phases") else items.competences)
    found = items.find(key)
    if found is None:
        all_items = items.phases if hasattr(items, "phases") else items.competences
        choices = ", ".join(str(i.number) if i.number else i.id for i in all_items)
        raise BadInput(t(not_found, value=key, choices=choices))
    return [found]


def phases(folder: Path | None, key: str | None, fmt: str, output, force: bool, lang: str) -> None:
    from netleder import output as out

    if output is not None:
        out.check_output(output, force)
    model = c.load_phases(folder)
    chosen = _pick(model, key, "not_found.phase")
    if fmt == "text":
        from netleder import render

        view = render.phases_overview(model, lang) if key is None else render.phase_detail(chosen[0], model, lang)
        out.show(view, output, force)
        return
    from netleder import export

    writer = {"markdown": export.phases_markdown, "html": export.phases_html, "json": export.phases_json}[fmt]
    out.emit(writer(model, chosen, lang), output, force)


def competences(folder: Path | None, key: str | None, fmt: str, output, force: bool, lang: str) -> None:
    from netleder import output as out

    if output is not None:
        out.check_output(output, force)
    model = c.load_competences(folder)
    chosen = _pick(model, key, "not_found.competence")
    if fmt == "text":
        from netleder import render

        if key is None:
            view = render.competences_overview(model, lang)
        else:
            view = render.competence_detail(chosen[0], model, lang)
        out.show(view, output, force)
        return
    from netleder import export

    writer = {
        "markdown": export.competences_markdown,
        "html": export.competences_html,
        "json": export.competences_json,
    }[fmt]
    out.emit(writer(model, chosen, lang), output, force)


def validate(folder: Path | None) -> int:
    """Check a content folder; print OK with counts, or every problem. Returns the exit code."""
    shown = str(folder) if folder is not None else t("validate.builtin_dir")
    if folder is not None and not any((folder / n).exists() for n in (c.PHASES_FILE, c.COMPETENCES_FILE)):
        raise BadInput(t("content.dir_empty", path=folder))
    problems: list = []
    lines: list[str] = []
    path, builtin = c.content_path(folder, c.PHASES_FILE)
    phases, found = c.check_phases(path, builtin)
    problems += found
    if builtin and folder is not None:
        lines.append(t("validate.builtin", name=c.PHASES_FILE))
    elif phases is not None:
        lines.append(t("validate.phases", count=len(phases.phases),
                       questions=sum(len(p.questions) for p in phases.phases)))
    path, builtin = c.content_path(folder, c.COMPETENCES_FILE)
    comps, found = c.check_competences(path, builtin)
    problems += found
    if builtin and folder is not None:
        lines.append(t("validate.builtin", name=c.COMPETENCES_FILE))
    elif comps is not None:
        lines.append(t("validate.competences", count=len(comps.competences),
                       questions=sum(len(x.questions) for x in comps.competences),
                       low=comps.scale[0].value, high=comps.scale[-1].value))
    if problems:
        print(t("validate.failed", count=len(problems), dir=shown), file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return 2
    print(t("validate.ok", dir=shown))
    for line in lines:
        print(line)
    return 0
