"""`netleder show`: one saved reflection, in any format.
"""

from __future__ import annotations

from pathlib import Path

from netleder.store.database import open_store


def show(folder: Path | None, ref: str | None, fmt: str, output: str | None, force: bool, lang: str) -> None:
    from netleder import output as out

    if output is not None:
        out.check_output(output, force)
    with open_store() as store:
        reflection = store.get(store.resolve(ref if ref is not None else "latest"))
    if fmt == "json":
        from netleder.formats.json import reflection_to_json

        out.emit(reflection_to_json(reflection), output, force, private=True, lang=lang)
        return
    from netleder.content.loading import load_phases

    phases = load_phases(folder)
    if fmt == "text":
        from netleder.formats.terminal import summary_view

        out.show(summary_view(reflection, phases, lang), output, force, private=True, lang=lang)
        return
    from netleder.content.loading import load_competences
    from netleder.formats.html import reflection_html
    from netleder.formats.markdown import reflection_markdown

    writer = reflection_markdown if fmt == "markdown" else reflection_html
    out.emit(writer(reflection, phases, load_competences(folder), lang), output, force, private=True, lang=lang)
