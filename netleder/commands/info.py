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


def info_data(data_dir: str | None, lang_option: str | None, lang: str) -> dict:
    from netleder import __version__
    from netleder.content.loading import (
        COMPETENCES_FILE,
        PHASES_FILE,
        content_path,
        resolve_data_dir,
    )
    from netleder.content.schema import check_competences, check_phases
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
        for name, check in ((PHASES_FILE, check_phases), (COMPETENCES_FILE, check_competences)):
            path, builtin = content_path(folder, name)
            _, problems = check(path, builtin)
            content["files"][name] = {"path": str(path), "builtin": builtin, "problems": len(problems)}
    from netleder.store.files import permissions, read_damage

    path = store_path().absolute()
    store: dict = {"path": str(path), "exists": path.exists(), "reflections": None, "drafts": None,
                   "mode": None, "folder_mode": None, "problem": None, "damaged": [], "damage_found_at": None,
                   "private": None, "files": []}
    if store["exists"]:
        try:
            with open_store() as s:  # opening tightens what the user owns, and refuses the rest
                total = s.count()
                store.update(reflections=total, drafts=total - s.count(include_drafts=False))
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


def info(data_dir: str | None, lang_option: str | None, fmt: str, lang: str) -> None:
    from netleder import output as out
    from netleder.formats import writer

    out.deliver(writer(fmt, "info")(info_data(data_dir, lang_option, lang), lang), lang=lang)
