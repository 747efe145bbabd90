"""`netleder delete`: remove reflections, and their text from the database file.
"""

from __future__ import annotations

import sys

from netleder.errors import BadInput
from netleder.feedback import FEEDBACK_ID_PREFIX
from netleder.i18n import t
from netleder.commands.stored import opened

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
    feedback_refs = [ref for ref in refs if ref.strip().lower().startswith(FEEDBACK_ID_PREFIX)]
    refs = [ref for ref in refs if ref not in feedback_refs]
    with opened(lang) as store:
        fids: list[str] | None = []  # feedback from others to delete (None: all of it)
        if everything:
            count = store.count()
            fids = None
            feedback = store.feedback_count()
            if not count and not feedback:
                print(t("delete.none", lang))
                return
            drafts = count - store.count(include_drafts=False)
            described = [t("delete.all", lang, count=count, drafts=drafts, path=store.path)] if count else []
            if feedback:
                described.append(t("fb.delete_all", lang, count=feedback))
            rids = None
        else:
            rids = list(dict.fromkeys(store.resolve(ref) for ref in refs))  # all, before any is deleted
            fids = list(dict.fromkeys(store.resolve_feedback(ref) for ref in feedback_refs))
            described = [t("delete.these", lang, count=len(rids))] if rids else []
            for rid, created, completed, network in store.describe(rids):  # only these, no text read
                key = "store.candidate" if completed else "store.candidate_draft"
                line = "  " + t(key, lang, id=rid, date=human_date(created, lang))
                if network:
                    line += "  " + user_text(network).replace("\n", " ")
                described.append(line)
            if fids:
                described.append(t("fb.delete_these", lang, count=len(fids)))
                described += ["  " + t("fb.giver_line", lang, giver=user_text(f.giver).replace("\n", " "),
                                       date=human_date(f.given_on, lang), id=f.id) for f in store.feedback_list() if f.id in fids]
            count = len(rids)
        if not yes:
            if not sys.stdin.isatty():
                raise BadInput("delete.no_tty")
            for line in described:
                print(line, file=sys.stderr)
            others = store.feedback_count() if fids is None else len(fids)
            question = (t("fb.delete_confirm_both", lang, count=count, feedback=others) if count and others
                        else t("delete.confirm", lang, count=count) if count
                        else t("fb.delete_confirm", lang, count=others))
            if not _confirm(question):
                print(t("delete.kept", lang))
                return
        deleted = store.delete_all() if rids is None else store.delete(rids)
        removed = store.delete_feedback(fids) if fids is None or fids else 0
    if deleted or not removed:
        print(t("delete.done", lang, count=deleted))
    if removed:
        print(t("fb.deleted", lang, count=removed))
