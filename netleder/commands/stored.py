"""Opening the store for a command, and telling the user about damaged records it met.

Every command that reads reflections opens the store through `opened`: on leaving, any
reflection found damaged (and skipped) is named on stderr with what to do, and noted beside
the store so that `netleder info` can report it without reading every record.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from netleder.i18n import t
from netleder.store.database import Store


@contextmanager
def opened(lang: str, *, create: bool = False) -> Iterator[Store]:
    store = Store.open(create=create)
    warn_open_before(lang)  # before the command's own output
    store.current_content = current_contents
    try:
        yield store
    finally:
        store.close()
    warn_damage(store, lang)


def current_contents() -> list:
    """The content in use and the built-in one, as snapshots: where a stored reflection's
    snapshot cannot be read, an intact copy with the same digest, or else today's titles."""
    from netleder.content.loading import load_competences, resolve_data_dir
    from netleder.errors import ContentError
    from netleder.reflection import Snapshot

    found = []
    try:
        folder, _ = resolve_data_dir(None)
        if folder is not None:
            found.append(Snapshot.from_content(load_competences(folder)))
    except ContentError:
        pass
    found.append(Snapshot.from_content(load_competences()))
    return found


def warn_open_before(lang: str) -> None:
    """Say once which files others could read until netleder tightened them just now (what was
    tightened since the last look; what no command said, the run's end says: cli.edge)."""
    from netleder.owner_files import was_open

    for path, mode in was_open():
        print(t("store.was_open", lang, path=path, mode=mode), file=sys.stderr)


def warn_damage(store: Store, lang: str) -> None:
    if store.texts_lost:
        print(t("store.texts_lost", lang, count=len(store.texts_lost), path=store.path,
                ids=_listed(list(store.texts_lost), lang)), file=sys.stderr)
    if not store.damaged:
        return
    reflections, feedback = split_damage(list(store.damaged))
    if reflections:
        print(t("store.damage_found", lang, count=len(reflections), path=store.path,
                ids=_listed(reflections, lang)), file=sys.stderr)
    if feedback:
        print(t("store.feedback_damage_found", lang, count=len(feedback), path=store.path,
                ids=_listed(feedback, lang)), file=sys.stderr)
    print(t("store.damage_what_to_do", lang), file=sys.stderr)


def split_damage(ids: list[str]) -> tuple[list[str], list[str]]:
    """Damaged records apart: (reflections, with those of no readable id; feedback from others)."""
    from netleder.feedback import FEEDBACK_ID_PREFIX

    feedback = [i for i in ids if i.startswith(FEEDBACK_ID_PREFIX)]
    return [i for i in ids if not i.startswith(FEEDBACK_ID_PREFIX)], feedback


def _listed(ids: list[str], lang: str) -> str:
    shown = [rid if not rid.startswith("?") else t("store.damage_unknown_id", lang) for rid in ids]
    if len(shown) > 10:
        shown = shown[:10] + [t("store.more", lang, count=len(shown) - 10)]
    return ", ".join(shown)
