"""`netleder export` and `netleder import`: all reflections to and from one JSON file.
"""

from __future__ import annotations

import sys

from netleder.i18n import t
from netleder.store.database import open_store


def export(output: str | None, force: bool, lang: str) -> None:
    from netleder import output as out
    from netleder.exchange.records import export_to_json

    if output is not None:
        out.check_output(output, force)
    with open_store() as store:
        reflections = store.list(include_drafts=True, text=True)
    reflections.reverse()  # oldest first: an import then stores them in the same order
    out.emit(export_to_json(reflections), output, force, private=True, lang=lang)
    if output is not None:
        drafts = sum(1 for r in reflections if not r.complete)
        print(t("export.done", lang, count=len(reflections), drafts=drafts), file=sys.stderr)


def import_(path: str, lang: str) -> None:
    from netleder.exchange.records import read_export

    reflections = read_export(path)  # checked completely; BadInput lists every problem
    if not reflections:
        print(t("import.done", lang, imported=0, skipped=0))
        return
    with open_store(create=True) as store:
        saved, skipped = store.save_many(reflections, skip_existing=True)  # one transaction
    print(t("import.done", lang, imported=saved, skipped=skipped))
