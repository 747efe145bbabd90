"""`netleder phases` and `netleder competences`: the model, on screen or as a handout."""

from __future__ import annotations

from pathlib import Path

from netleder.content.loading import load_competences, load_phases
from netleder.delivery import check_open, deliver
from netleder.errors import BadInput
from netleder.safe_text import short


def _pick(items: tuple, key: str | None, find, not_found: str) -> list | None:
    """The item `key` names (a number or an id), or None for all of them."""
    return None if key is None else [_find(items, key, find, not_found)]


def _find(items: tuple, key: str, find, not_found: str):
    """The item `key` names (a number or an id); BadInput naming the choices if none."""
    found = find(key)
    if found is None:
        from netleder.views.labels import choices

        raise BadInput(not_found, value=short(key), choices=choices(items))
    return found


def _handout(document: str, model, items: tuple, key: str | None, not_found: str, fmt: str, output,
             force: bool, lang: str, open_: bool = False) -> None:
    from netleder.formats import writer

    chosen = _pick(items, key, model.find, not_found)
    deliver(writer(fmt, document)(model, chosen, lang), output, force, lang, open_, document)


def _check_output(output, force: bool) -> None:
    if output is not None:  # before any work is done
        from netleder.output import check_output

        check_output(output, force)


def phases(folder: Path | None, key: str | None, fmt: str, output, force: bool, lang: str,
           overview: bool = False, open_: bool = False) -> None:
    from netleder.formats import writer

    if overview and key is not None:
        raise BadInput("overview.option_with_phase", value=short(key))
    check_open(open_, fmt)
    _check_output(output, force)
    if overview or key is not None or fmt != "text":
        # the competences in play are shown: both files, checked against each other
        from netleder.content.loading import load_model

        model, comps = load_model(folder)
    else:  # the short list on screen shows no competences: one file is enough
        model, comps = load_phases(folder), None
    if overview:
        from netleder.views.phases import overview as overview_view

        deliver(writer(fmt, "overview")(overview_view(model, comps, lang)), output, force, lang, open_, "overview")
        return
    chosen = _pick(model.phases, key, model.find, "not_found.phase")
    deliver(writer(fmt, "phases")(model, chosen, lang, comps), output, force, lang, open_, "phases")


def competences(folder: Path | None, key: str | None, fmt: str, output, force: bool, lang: str,
                open_: bool = False) -> None:
    from netleder.formats import writer

    check_open(open_, fmt)
    _check_output(output, force)
    if key is None or fmt == "json":
        model = load_competences(folder)
        _handout("competences", model, model.competences, key, "not_found.competence", fmt, output, force, lang,
                 open_)
        return
    # one competence: with the phases in which it is most in play
    from netleder.content.loading import load_model

    phases, model = load_model(folder)
    chosen = _pick(model.competences, key, model.find, "not_found.competence")
    deliver(writer(fmt, "competences")(model, chosen, lang, phases), output, force, lang, open_, "competence")


def worksheet(folder: Path | None, phase_key: str | None, competence_keys: list[str], fmt: str, output,
              force: bool, lang: str, open_: bool = False) -> None:
    """Sheets to fill in by hand: with a phase its key questions and competences in play first;
    the competences asked for, else the phase's competences in play, else all of them."""
    from netleder.content.loading import load_model
    from netleder.formats import writer
    from netleder.views.worksheet import worksheet as worksheet_view

    check_open(open_, fmt)
    _check_output(output, force)
    if phase_key is not None:
        phases, comps = load_model(folder)
        phase = _find(phases.phases, phase_key, phases.find, "not_found.phase")
    else:
        phases, comps, phase = None, load_competences(folder), None
    chosen = None
    if competence_keys:
        chosen = []
        for key in competence_keys:
            comp = _find(comps.competences, key, comps.find, "not_found.competence")
            if comp not in chosen:
                chosen.append(comp)
    view = worksheet_view(comps, chosen, phases, phase, lang)
    deliver(writer(fmt, "worksheet")(view), output, force, lang, open_, "worksheet")
