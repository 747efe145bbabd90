"""`netleder delete`: remove reflections, and their text from the database file.
"""

from __future__ import annotations

import sys

from netleder.errors import BadInput
from netleder.i18n import t
from netleder.store.database import open_store

YES = ("j", "ja", "y", "yes")


def _confirm(question: str) -> bool:
    """y/N on the terminal (j/ja/y/yes mean yes; anything else, or end of input, means no)."""
    sys.stderr.write(question + " ")
    sys.stderr.flush()
    answer = sys.stdin.readline()
    return answer.strip().lower() in YES


def delete(refs: list[str], everything: bool, yes: bool, lang: str) -> None:
    from netleder.safe_text import user_text
    from netleder.views.labels import human_date

    if refs and everything:
        raise BadInput("delete.ids_and_all")
    if not refs and not everything:
        raise BadInput("delete.nothing_given")
    with open_store() as store:
        if everything:
            count = store.count()
            if not count:
                print(t("delete.none", lang))
                return
            drafts = count - store.count(include_drafts=False)
            described = [t("delete.all", lang, count=count, drafts=drafts, path=store.path)]
            rids = None
        else:
            rids = list(dict.fromkeys(store.resolve(ref) for ref in refs))  # all, before any is deleted
            wanted = set(rids)
            described = [t("delete.these", lang)]
            for r in store.list(include_drafts=True, text=False):
                if r.id in wanted:
                    key = "store.candidate" if r.complete else "store.candidate_draft"
                    line = "  " + t(key, lang, id=r.id, date=human_date(r.created_at, lang))
                    if r.network:
                        line += "  " + user_text(r.network).replace("\n", " ")
                    described.append(line)
            count = len(rids)
        if not yes:
            if not sys.stdin.isatty():
                raise BadInput("delete.no_tty")
            for line in described:
                print(line, file=sys.stderr)
            if not _confirm(t("delete.confirm", lang, count=count)):
                print(t("delete.kept", lang))
                return
        deleted = store.delete_all() if rids is None else store.delete(rids)
    print(t("delete.done", lang, count=deleted))
