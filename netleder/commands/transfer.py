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
        feedback = store.feedback_list()[::-1]  # feedback from others, oldest first
    reflections.reverse()  # oldest first: an import then stores them in the same order
    out.emit(export_to_json(reflections, feedback), output, force, private=True, lang=lang)
    if output is not None:
        drafts = sum(1 for r in reflections if not r.complete)
        print(t("export.done", lang, count=len(reflections), drafts=drafts), file=sys.stderr)
        if feedback:
            print(t("fb.exported", lang, count=len(feedback)), file=sys.stderr)


def import_(path: str, lang: str) -> None:
    from netleder.exchange.records import read_export

    feedback: list = []  # feedback from others in the file, checked with the rest
    reflections = read_export(path, feedback)  # checked completely; BadInput lists every problem
    if not reflections and not feedback:
        print(t("import.done", lang, imported=0, skipped=0))
        return
    with open_store(create=True) as store:
        saved, skipped = store.save_many(reflections, skip_existing=True)  # one transaction
        given = store.save_feedback(feedback, skip_existing=True) if feedback else None
    print(t("import.done", lang, imported=saved, skipped=skipped))
    if given is not None:
        print(t("fb.import_done", lang, imported=given[0], skipped=given[1]))
