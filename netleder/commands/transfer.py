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
        out.emit(export_chunks({"reflections": reflections(store)}), output, force, private=True, lang=lang)
    if output is not None:
        print(t("export.done", lang, count=counts["all"], drafts=counts["drafts"]), file=sys.stderr)


def import_(path: str, lang: str) -> None:
    from netleder.errors import StoreError
    from netleder.exchange.records import check_export, stream_export

    if not check_export(path):  # the whole file, checked before anything is written
        print(t("import.done", lang, imported=0, skipped=0))
        return
    with opened(lang, create=True) as store:
        if not store.quick_check():  # a bulk write into a damaged file would make it worse
            raise StoreError("store.damaged_no_write_check", path=store.path)
        saved, skipped = store.save_many(stream_export(path), skip_existing=True)  # one transaction
    print(t("import.done", lang, imported=saved, skipped=skipped))
