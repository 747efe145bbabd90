"""`netleder show`: one saved reflection, in any format."""

from __future__ import annotations

from pathlib import Path

from netleder.commands.stored import opened


def show(folder: Path | None, ref: str | None, fmt: str, output: str | None, force: bool, lang: str) -> None:
    from netleder import output as out
    from netleder.content.loading import load_competences, load_phases
    from netleder.formats import writer
    from netleder.views.summary import build_summary

    if output is not None:
        out.check_output(output, force)
    from netleder.commands.feedback import summary_section

    with opened(lang) as store:
        if ref is None or ref.strip().lower() == "latest":
            reflection = store.latest()  # the newest that can be read
        else:
            reflection = store.get(store.resolve(ref))
        others = summary_section(store, reflection, folder, lang)  # feedback from others, if any
    view = build_summary(reflection, load_phases(folder), load_competences(folder), lang)
    if others is not None:
        view = view._replace(sections=view.sections + (others,))
    out.deliver(writer(fmt, "summary")(view), output, force, private=True, lang=lang)
