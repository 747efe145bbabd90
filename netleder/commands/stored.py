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
    try:
        yield store
    finally:
        store.close()
    warn_damage(store, lang)


def warn_damage(store: Store, lang: str) -> None:
    if not store.damaged:
        return
    shown = [rid if not rid.startswith("?") else t("store.damage_unknown_id", lang) for rid in store.damaged]
    if len(shown) > 10:
        shown = shown[:10] + [t("store.more", lang, count=len(shown) - 10)]
    print(t("store.damage_found", lang, count=len(store.damaged), path=store.path, ids=", ".join(shown)),
          file=sys.stderr)
    print(t("store.damage_what_to_do", lang), file=sys.stderr)
