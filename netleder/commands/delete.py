"""`netleder delete`: remove reflections, and their text from the database file.
"""

from __future__ import annotations

import sys
from contextlib import ExitStack

from netleder.commands.stored import opened
from netleder.errors import BadInput, StoreError
from netleder.feedback import FEEDBACK_ID_PREFIX
from netleder.i18n import t
from netleder.store.settings import settings_path

YES = ("j", "ja", "y", "yes")


def _confirm(question: str) -> bool:
    """y/N on the terminal (j/ja/y/yes mean yes; anything else, or end of input, means no)."""
    sys.stderr.write(question + " ")
    sys.stderr.flush()
    answer = sys.stdin.readline()
    return answer.strip().lower() in YES


def _forget_settings(lang: str) -> None:
    """`delete --all` deletes the leader's settings (the name on the printout) too."""
    path = settings_path()
    try:
        path.unlink()
    except FileNotFoundError:
        return
    except OSError as e:
        raise StoreError("settings.delete_failed", path=path, reason=e) from None
    print(t("delete.settings_deleted", lang))


def _hold_drafts(store, rids: list[str] | None, held: ExitStack, lang: str) -> None:
    """Take the wizard's lock on every draft about to be deleted (all drafts with None), so that no
    wizard has it open while it goes and none can open it before the delete is done. A draft open
    in a wizard right now is not deleted: StoreError says where it is open."""
    from netleder.reflection import now_iso
    from netleder.store.locks import DraftBusy, DraftLock
    from netleder.views.labels import where_open

    wanted = None if rids is None else set(rids)
    for draft in store.drafts():
        if wanted is not None and draft.id not in wanted:
            continue
        try:
            lock = DraftLock.acquire(store.folder, draft.id, now_iso())
        except DraftBusy as busy:
            raise StoreError("delete.draft_open", id=draft.id, where=where_open(busy.holder, lang)) from None
        except OSError:
            continue  # no lock can be made in this folder (read-only): nor can a wizard hold one
        held.callback(lock.release)


def delete(refs: list[str], everything: bool, yes: bool, lang: str) -> None:
    from netleder.dates import human_date
    from netleder.safe_text import user_text

    if refs and everything:
        raise BadInput("delete.ids_and_all")
    if not refs and not everything:
        raise BadInput("delete.nothing_given")
    feedback_refs = [ref for ref in refs if ref.strip().lower().startswith(FEEDBACK_ID_PREFIX)]
    refs = [ref for ref in refs if ref not in feedback_refs]
    with opened(lang) as store, ExitStack() as held:
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
            settings = settings_path()
            if settings.exists():  # the leader's name for the printout is theirs too
                described.append(t("delete.settings_too", lang, path=settings))
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
        if rids is None or rids:
            _hold_drafts(store, rids, held, lang)
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
        if everything:
            _forget_settings(lang)
    if deleted or not removed:
        print(t("delete.done", lang, count=deleted))
    if removed:
        print(t("fb.deleted", lang, count=removed))
