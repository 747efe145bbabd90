"""`netleder show`: one saved reflection, in any format."""

from __future__ import annotations

from pathlib import Path

from netleder.commands.stored import opened


def ask_name_once(lang: str) -> None:
    """The first time a printout for the talk is made in a terminal, ask for the leader's name
    (optional: Enter gives none). Never asked again; `netleder settings` changes it."""
    import sys

    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        return
    from netleder.store.settings import name_asked, set_leader_name

    if name_asked():
        return
    from netleder.errors import Interrupted
    from netleder.i18n import t
    from netleder.wizard.prompts import Cancelled, Prompter

    try:
        name = Prompter(lang).text(t("talk.ask_name", lang), instruction=t("talk.ask_name_hint", lang))
    except Cancelled:
        raise Interrupted("interrupted") from None  # nothing kept: asked again next time
    set_leader_name(name)


def show(folder: Path | None, ref: str | None, fmt: str, output: str | None, force: bool, lang: str,
         open_: bool = False) -> None:
    from netleder import output as out
    from netleder.content.loading import load_competences, load_phases
    from netleder.formats import writer
    from netleder.views.summary import build_summary

    if open_:
        from netleder.delivery import check_open
        from netleder.errors import BadInput

        check_open(open_, fmt)
        if output is None:  # a reflection is never left behind in a temporary file
            raise BadInput("open.show_needs_output")
    if output is not None:
        out.check_output(output, force)
    from netleder.summary_context import feedback_section, predecessor

    with opened(lang) as store:
        if ref is None or ref.strip().lower() == "latest":
            reflection = store.latest()  # the newest that can be read
        else:
            reflection = store.get(store.resolve(ref))
        previous = predecessor(store, reflection)
        others = feedback_section(store, reflection, folder, lang)  # feedback from others, if any
    leader = None
    if fmt in ("html", "markdown", "pdf"):  # the printouts for the talk carry the leader's name
        from netleder.store.settings import leader_name

        ask_name_once(lang)
        leader = leader_name()
    view = build_summary(reflection, load_phases(folder), load_competences(folder), lang, previous, leader)
    if others is not None:
        view = view._replace(sections=view.sections + (others,))
    result = writer(fmt, "summary")(view)
    if open_ and output is not None:  # (--open without --output was refused above)
        from netleder.browser import open_page

        open_page(out.write_file(output, result, force, private=True, lang=lang), lang)
        return
    out.deliver(result, output, force, private=True, lang=lang)
