"""`netleder phases` and `netleder competences`: the model, on screen or as a handout."""

from __future__ import annotations

from pathlib import Path

from netleder.content.loading import load_competences, load_phases
from netleder.errors import BadInput
from netleder.safe_text import short


def _pick(items: tuple, key: str | None, find, not_found: str) -> list | None:
    """The item `key` names (a number or an id), or None for all of them."""
    if key is None:
        return None
    found = find(key)
    if found is None:
        choices = ", ".join(str(i.number) if i.number else i.id for i in items)
        raise BadInput(not_found, value=short(key), choices=choices)
    return [found]


def _handout(document: str, model, items: tuple, key: str | None, not_found: str, fmt: str, output,
             force: bool, lang: str) -> None:
    from netleder import output as out
    from netleder.formats import writer

    chosen = _pick(items, key, model.find, not_found)
    out.deliver(writer(fmt, document)(model, chosen, lang), output, force, lang=lang)


def _check_output(output, force: bool) -> None:
    if output is not None:  # before any work is done
        from netleder.output import check_output

        check_output(output, force)


def phases(folder: Path | None, key: str | None, fmt: str, output, force: bool, lang: str,
           overview: bool = False) -> None:
    from netleder import output as out
    from netleder.formats import writer

    if overview and key is not None:
        raise BadInput("overview.option_with_phase", value=short(key))
    _check_output(output, force)
    if overview or key is not None or fmt != "text":
        # the competences in play are shown: both files, checked against each other
        from netleder.content.loading import load_model

        model, comps = load_model(folder)
    else:  # the short list on screen shows no competences: one file is enough
        model, comps = load_phases(folder), None
    if overview:
        from netleder.views.phases import overview as overview_view

        out.deliver(writer(fmt, "overview")(overview_view(model, comps, lang)), output, force, lang=lang)
        return
    chosen = _pick(model.phases, key, model.find, "not_found.phase")
    out.deliver(writer(fmt, "phases")(model, chosen, lang, comps), output, force, lang=lang)


def competences(folder: Path | None, key: str | None, fmt: str, output, force: bool, lang: str) -> None:
    _check_output(output, force)
    model = load_competences(folder)
    _handout("competences", model, model.competences, key, "not_found.competence", fmt, output, force, lang)
