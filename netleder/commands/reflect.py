"""`netleder reflect` and `netleder edit`: glue between the command line, the wizard or answer
file, and the store."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from netleder.errors import BadInput
from netleder.i18n import t

if TYPE_CHECKING:
    from netleder.reflection import Reflection


def _scope_ids(comps, keys: list[str]) -> list[str] | None:
    """The competence ids named by --competence (ids or numbers), in content order."""
    if not keys:
        return None
    wanted = []
    for key in keys:
        found = comps.find(key)
        if found is None:
            from netleder.safe_text import short
            from netleder.views.labels import choices

            raise BadInput("not_found.competence", value=short(key), choices=choices(comps.competences))
        wanted.append(found.id)
    return [c.id for c in comps.competences if c.id in wanted]


def run(folder: Path | None, answers: str | None, fmt: str, resume: bool, fresh: bool,
        competence_keys: list[str], lang: str, draft: str | None = None) -> None:
    from netleder.content.loading import load_competences, load_phases

    if resume and fresh:
        raise BadInput("reflect.resume_and_fresh")
    if draft is not None and not resume:
        from netleder.safe_text import short

        raise BadInput("reflect.id_without_resume", id=short(draft))
    comps = load_competences(folder)
    phases = load_phases(folder)
    scope = _scope_ids(comps, competence_keys)
    reflection: Reflection | None
    if answers is not None:
        if competence_keys:
            raise BadInput("answers.with_competence")
        if resume or fresh:
            raise BadInput("answers.with_draft")
        # The network's previous complete reflection's next steps are what `follow_up:` reports on. The
        # file is checked completely before the store is opened for writing: a bad file saves
        # nothing and creates no store.
        from netleder.commands.stored import opened
        from netleder.exchange.answers import load_answers
        from netleder.store.database import Store

        with opened(lang) as store:  # the follow-up is on this network's previous steps
            reflection = load_answers(answers, comps, phases, lang, previous=store.latest_complete_of)
        if store.damaged:  # never write into a store found damaged
            from netleder.errors import StoreError

            raise StoreError("store.damaged_no_write", path=store.path, count=len(store.damaged))
        with Store.open() as store:
            reflection = dataclasses.replace(reflection, id=store.unused_id())
            store.save_whole(reflection)
            where = store.path
            last = _last_time(store, reflection)
        _report(reflection, phases, comps, fmt, where, lang, last)
        return
    from netleder.store.database import Store

    resume_id = None
    if draft is not None:  # an unknown or finished one is said before anything is asked
        with Store.open(create=False) as store:
            resume_id = store.resolve(draft)
            if store.get(resume_id).complete:
                raise BadInput("reflect.resume_complete", id=resume_id)
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise no_terminal("reflect.no_tty", "reflect")
    from netleder.wizard.conversation import run_wizard

    with Store.open(defer=True) as store:  # a new store is made by the first answer
        reflection = run_wizard(store, comps, phases, lang, scope=scope, resume=resume, resume_id=resume_id,
                                fresh=fresh)
        where = store.path
        last = _last_time(store, reflection) if reflection is not None else None
    if reflection is not None:
        _report(reflection, phases, comps, fmt, where, lang, last, ended_wizard=True)


def no_terminal(key: str, command: str) -> BadInput:
    """The error for a prompt without a terminal. Under Git Bash (mintty sets MSYSTEM) and on
    Windows it also says how to start netleder through winpty, which gives Python a console."""
    import os

    details = []
    if os.name == "nt" or os.environ.get("MSYSTEM"):
        from netleder.errors import msg

        details.append(msg("terminal.winpty", command=command))
    return BadInput(key, details=details)


def edit(folder: Path | None, ref: str | None, lang: str) -> None:
    """`netleder edit [ID]`: a reflection (the latest by default) in the wizard's review."""
    from netleder.content.loading import load_competences, load_phases
    from netleder.store.database import Store

    comps = load_competences(folder)
    phases = load_phases(folder)
    with Store.open(create=False) as store:
        rid = store.resolve(ref if ref is not None else "latest")  # unknown ids before the terminal check
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise no_terminal("edit.no_tty", "edit")
    from netleder.wizard.conversation import run_wizard

    with Store.open() as store:
        reflection = run_wizard(store, comps, phases, lang, edit_id=rid)
        where = store.path
        last = _last_time(store, reflection) if reflection is not None else None
    if reflection is not None:
        _report(reflection, phases, comps, "text", where, lang, last, ended_wizard=True)


def _last_time(store, reflection):
    """The reflection before this one in the same network, for the summary's "last time → now"."""
    from netleder.summary_context import predecessor

    return predecessor(store, reflection)


def _report(reflection, phases, comps, fmt: str, where: Path, lang: str, last=None, ended_wizard: bool = False) -> None:
    from netleder import output
    from netleder.formats import writer
    from netleder.views.summary import build_summary

    view = build_summary(reflection, phases, comps, reflection.lang if fmt == "text" else lang, last)
    output.deliver(writer(fmt, "summary")(view), lang=lang)
    if fmt == "text" and ended_wizard:
        # The most useful part last on screen: the full text is above, the overview below it.
        from netleder.formats.terminal_overview import overview

        output.deliver(overview(view, t("reflect.overview", view.lang)), lang=lang)
    if fmt == "text":
        print(t("reflect.saved", lang, id=reflection.id, path=where), file=sys.stderr)
        if ended_wizard:
            print(t("reflect.see_again", lang, id=reflection.id), file=sys.stderr)
