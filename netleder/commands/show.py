"""`netleder show`: one saved reflection, in any format."""

from __future__ import annotations

from pathlib import Path

from netleder.store.database import open_store


def show(folder: Path | None, ref: str | None, fmt: str, output: str | None, force: bool, lang: str) -> None:
    from netleder import output as out
    from netleder.content.loading import load_competences, load_phases
    from netleder.formats import writer
    from netleder.views.summary import build_summary

    if output is not None:
        out.check_output(output, force)
    from netleder.commands.feedback import summary_section

    with open_store() as store:
        reflection = store.get(store.resolve(ref if ref is not None else "latest"))
        others = summary_section(store, reflection, folder, lang)  # feedback from others, if any
    view = build_summary(reflection, load_phases(folder), load_competences(folder), lang)
    if others is not None:
        view = view._replace(sections=view.sections + (others,))
    out.deliver(writer(fmt, "summary")(view), output, force, private=True, lang=lang)
