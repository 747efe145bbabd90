"""`netleder phases` and `netleder competences`: the model, on screen or as a handout.
"""

from __future__ import annotations

from pathlib import Path

from netleder.content.loading import load_competences, load_phases
from netleder.errors import BadInput


def _pick(items, key: str | None, not_found: str):
    if key is None:
        return list(items.phases if hasattr(items, "phases") else items.competences)
    found = items.find(key)
    if found is None:
        all_items = items.phases if hasattr(items, "phases") else items.competences
        choices = ", ".join(str(i.number) if i.number else i.id for i in all_items)
        raise BadInput(not_found, value=key, choices=choices)
    return [found]


def phases(folder: Path | None, key: str | None, fmt: str, output, force: bool, lang: str) -> None:
    from netleder import output as out

    if output is not None:
        out.check_output(output, force)
    model = load_phases(folder)
    chosen = _pick(model, key, "not_found.phase")
    if fmt == "text":
        from netleder.formats import terminal as render

        view = render.phases_overview(model, lang) if key is None else render.phase_detail(chosen[0], model, lang)
        out.show(view, output, force, lang=lang)
        return
    from netleder.formats import html, json, markdown

    writer = {"markdown": markdown.phases_markdown, "html": html.phases_html, "json": json.phases_json}[fmt]
    out.emit(writer(model, chosen, lang), output, force, lang=lang)


def competences(folder: Path | None, key: str | None, fmt: str, output, force: bool, lang: str) -> None:
    from netleder import output as out

    if output is not None:
        out.check_output(output, force)
    model = load_competences(folder)
    chosen = _pick(model, key, "not_found.competence")
    if fmt == "text":
        from netleder.formats import terminal as render

        if key is None:
            view = render.competences_overview(model, lang)
        else:
            view = render.competence_detail(chosen[0], model, lang)
        out.show(view, output, force, lang=lang)
        return
    from netleder.formats import html, json, markdown

    writer = {
        "markdown": markdown.competences_markdown,
        "html": html.competences_html,
        "json": json.competences_json,
    }[fmt]
    out.emit(writer(model, chosen, lang), output, force, lang=lang)
