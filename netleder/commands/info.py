"""`netleder info`: where the data lives, who can read it, what content is in use.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from netleder.errors import ContentError, StoreError
from netleder.i18n import t
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
    from netleder.store.files import what_is_there

    try:
        place = what_is_there(path.parent)
        found = what_is_there(path) if place == "dir" else None
        if "broken" in (place, found):  # a link that leads nowhere: never "no reflections yet"
            raise StoreError("store.broken_link", path=path.parent if place == "broken" else path)
        if place in ("file", "other"):  # a file, a FIFO or a device where the folder should be
            raise StoreError("store.dir_not_dir", path=path.parent)
        if found == "other":
            raise StoreError("store.not_a_file", path=path)
        exists = path.exists()
    except OSError as e:  # the store's place cannot be reached (a name too long, say): as every command says it
        raise StoreError("store.unreadable", path=path, reason=e) from None
    store: dict = {"path": str(path), "exists": exists, "reflections": None, "drafts": None,
                   "mode": None, "folder_mode": None, "problem": None, "damaged": [], "damage_found_at": None,
                   "private": None, "files": []}
    if store["exists"]:
        try:
            with open_store() as s:  # opening tightens what the user owns, and refuses the rest
                total = s.count()
                store.update(reflections=total, drafts=s.count_drafts())
        except StoreError as e:
            if e.key in ("store.not_a_file", "store.broken_link"):  # nothing to report on: as every command says
                raise
            store["problem"] = e.format(lang)[0]
        store["mode"] = _mode(path)
        damage = read_damage(path)  # what commands met; info itself reads no records
        store.update(damaged=damage.get("ids", []), damage_found_at=damage.get("found_at"))
    else:
        store.update(reflections=0, drafts=0)
    store["folder_mode"] = _mode(path.parent)
    perms = permissions(path)  # after opening: as the files are now
    from netleder.owner_files import tightened_so_far

    # what others could read until this run tightened it (said once on stderr at the run's end)
    tightened = [{"path": str(p), "mode": mode} for p, mode in tightened_so_far()]
    store.update(private=perms["private"], files=perms["files"], was_open=tightened)
    # Stated only as checked: whether only the user can reach the folder and the files now,
    # whether others could until just now, and on Windows that it was not checked at all.
    key = ("info.privacy_text_unchecked" if perms["private"] is None else "info.privacy_text_open"
           if not perms["private"] else "info.privacy_text_tightened" if tightened else "info.privacy_text")
    privacy = t(key, lang)
    return {"version": __version__, "lang": lang, "lang_source": lang_source, "content": content, "store": store,
            "privacy": privacy}


def check(lang: str) -> int:
    """`netleder check`: the full check of the store (its cost grows with the store, which is
    why no other command does it): SQLite's integrity check and every reflection read. 0 if
    all is well, 1 if anything is damaged (named, with what to do)."""
    import sys

    from netleder.commands.stored import current_contents, split_damage
    from netleder.i18n import t
    from netleder.store.database import Store
    from netleder.store.files import clear_damage

    with Store.open(create=False) as store:
        if not store.path.exists():
            print(t("store.none_yet", lang))
            return 0
        store.current_content = current_contents  # an intact copy of damaged shared texts, if any
        found = store.check()
    damaged, lost = found["damaged"], found["texts_lost"]
    if found["sqlite_ok"] and not damaged:
        clear_damage(store.path)
        if not lost:
            print(t("check.ok", lang, count=found["readable"], path=store.path))
            return 0
    if lost:  # readable, every answer intact, but without the texts of that time
        print(t("check.texts_lost", lang, path=store.path, count=len(lost), readable=found["readable"]))
        for rid in list(lost)[:50]:
            print(f"  {rid}")
        if len(lost) > 50:
            print("  " + t("store.more", lang, count=len(lost) - 50))
        if not damaged and found["sqlite_ok"]:
            return 1
    reflections, feedback = split_damage(list(damaged))
    for ids, key, readable in ((reflections, "check.damaged", found["readable"]),
                               (feedback, "check.feedback_damaged", found["feedback_readable"])):
        if not ids:
            continue
        shown = [i if not i.startswith("?") else t("store.damage_unknown_id", lang) for i in ids]
        print(t(key, lang, path=store.path, count=len(ids), readable=readable))
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
