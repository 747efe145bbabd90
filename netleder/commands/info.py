"""`netleder info`: where the data lives, who can read it, what content is in use.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from netleder.errors import ContentError, StoreError
from netleder.store.database import open_store


def _mode(path: Path) -> str | None:
    try:
        return f"{stat.S_IMODE(path.stat().st_mode):04o}"
    except OSError:
        return None


def _problems(path: Path, builtin: bool, index: int) -> int:
    """How many problems the content file has: none for the built-in file while its precompiled
    form was made from it as it is (checked then), else as the YAML is checked now."""
    from netleder.content.loading import builtin_model

    if builtin and builtin_model() is not None:
        return 0
    from netleder.content.schema import check_competences, check_phases

    _, problems = (check_phases, check_competences)[index](path, builtin)
    return len(problems)


def info_data(data_dir: str | None, lang_option: str | None, lang: str) -> dict:
    from netleder import __version__
    from netleder.content.loading import (
        COMPETENCES_FILE,
        PHASES_FILE,
        content_path,
        resolve_data_dir,
    )
    from netleder.store.files import store_path

    if lang_option is not None:
        lang_source = "option"
    elif os.environ.get("NETLEDER_LANG"):
        lang_source = "env"
    else:
        lang_source = "default"
    content: dict = {"folder": None, "source": "builtin", "problem": None, "files": {}}
    folder = None
    try:
        folder, where = resolve_data_dir(data_dir)
        if folder is not None:
            content.update(folder=str(folder), source=where)
    except ContentError as e:
        content.update(problem=e.format(lang)[0], source="--data-dir" if data_dir is not None else "NETLEDER_DATA_DIR")
    if content["problem"] is None:
        for index, name in enumerate((PHASES_FILE, COMPETENCES_FILE)):
            path, builtin = content_path(folder, name)
            content["files"][name] = {"path": str(path), "builtin": builtin, "problems": _problems(path, builtin, index)}
    from netleder.store.files import permissions, read_damage

    path = store_path().absolute()
    store: dict = {"path": str(path), "exists": path.exists(), "reflections": None, "drafts": None,
                   "mode": None, "folder_mode": None, "problem": None, "damaged": [], "damage_found_at": None,
                   "private": None, "files": []}
    if store["exists"]:
        try:
            with open_store() as s:  # opening tightens what the user owns, and refuses the rest
                total = s.count()
                store.update(reflections=total, drafts=s.count_drafts())
        except StoreError as e:
            store["problem"] = e.format(lang)[0]
        store["mode"] = _mode(path)
        damage = read_damage(path)  # what commands met; info itself reads no records
        store.update(damaged=damage.get("ids", []), damage_found_at=damage.get("found_at"))
    else:
        store.update(reflections=0, drafts=0)
    store["folder_mode"] = _mode(path.parent)
    perms = permissions(path)  # after opening: as the files are now
    store.update(private=perms["private"], files=perms["files"])
    return {"version": __version__, "lang": lang, "lang_source": lang_source, "content": content, "store": store}


def check(lang: str) -> int:
    """`netleder check`: the full check of the store (its cost grows with the store, which is
    why no other command does it): SQLite's integrity check and every reflection read. 0 if
    all is well, 1 if anything is damaged (named, with what to do)."""
    import sys

    from netleder.i18n import t
    from netleder.store.database import Store
    from netleder.store.files import clear_damage

    with Store.open(create=False) as store:
        if not store.path.exists():
            print(t("store.none_yet", lang))
            return 0
        found = store.check()
    damaged = found["damaged"]
    if found["sqlite_ok"] and not damaged:
        clear_damage(store.path)
        print(t("check.ok", lang, count=found["readable"], path=store.path))
        return 0
    shown = [i if not i.startswith("?") else t("store.damage_unknown_id", lang) for i in damaged]
    print(t("check.damaged", lang, path=store.path, count=len(damaged), readable=found["readable"]))
    for rid in shown[:50]:
        print(f"  {rid}")
    if len(shown) > 50:
        print("  " + t("store.more", lang, count=len(shown) - 50))
    if not found["sqlite_ok"]:
        print(t("check.sqlite_damaged", lang))
    print(t("store.damage_what_to_do", lang), file=sys.stderr)
    return 1


def info(data_dir: str | None, lang_option: str | None, fmt: str, lang: str) -> None:
    from netleder import output as out
    from netleder.formats import writer

    out.deliver(writer(fmt, "info")(info_data(data_dir, lang_option, lang), lang), lang=lang)
