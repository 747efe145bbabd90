"""`netleder export` and `netleder import`: all reflections to and from one JSON file.

Both stream: export writes one reflection at a time as it reads them from the store, and
import reads the file twice, a record at a time (first to check all of it, then to save it
in one transaction), so memory does not grow with the number of reflections.
"""

from __future__ import annotations

import sys

from netleder.commands.stored import opened
from netleder.i18n import t


def export(output: str | None, force: bool, lang: str) -> None:
    from netleder import output as out
    from netleder.exchange.records import export_chunks, reflection_to_record

    if output is not None:
        out.check_output(output, force)
    counts = {"all": 0, "drafts": 0}

    def reflections(store):
        for r in store.iter_all():  # oldest first: an import then stores them in the same order
            counts["all"] += 1
            counts["drafts"] += not r.complete
            yield reflection_to_record(r)

    with opened(lang) as store:
        sections = {"reflections": reflections(store)}
        feedback = store.feedback_list()[::-1]  # feedback from others (a handful), oldest first
        if feedback:
            from netleder.exchange.feedback import feedback_to_record

            sections["feedback"] = (feedback_to_record(f) for f in feedback)
        out.emit(export_chunks(sections), output, force, private=True, lang=lang)
    if output is not None:
        print(t("export.done", lang, count=counts["all"], drafts=counts["drafts"]), file=sys.stderr)
        if feedback:
            print(t("fb.exported", lang, count=len(feedback)), file=sys.stderr)


def import_(path: str, lang: str) -> None:
    from netleder.errors import StoreError
    from netleder.exchange.records import check_export, stream_export

    feedback: list = []  # feedback from others in the file, checked with the rest
    if not check_export(path, feedback) and not feedback:  # the whole file, before anything is written
        print(imported_words(0, 0, lang))
        return
    with opened(lang, create=True) as store:
        if not store.quick_check():  # a bulk write into a damaged file would make it worse
            raise StoreError("store.damaged_no_write_check", path=store.path)
        saved, skipped = store.save_many(stream_export(path), skip_existing=True)  # one transaction
        given = store.save_feedback(feedback, skip_existing=True) if feedback else None
    print(imported_words(saved, skipped, lang))
    if given is not None:
        print(imported_words(given[0], given[1], lang, feedback=True))


def imported_words(imported: int, skipped: int, lang: str, feedback: bool = False) -> str:
    """What an import did, in sentences: how many are new, and how many were already stored."""
    if imported:
        words = [t("fb.import_done" if feedback else "import.done", lang, imported=imported)]
    else:
        words = [t("fb.import_none_new" if feedback else "import.none_new", lang)]
    if skipped:
        words.append(t("import.skipped", lang, skipped=skipped))
    return " ".join(words)
