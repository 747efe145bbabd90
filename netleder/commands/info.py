"""`netleder info`: where the data lives, who can read it, what content is in use.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from netleder.errors import ContentError, StoreError
from netleder.formats.json import dumps
from netleder.i18n import t
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
    path = store_path().absolute()
    store: dict = {"path": str(path), "exists": path.exists(), "reflections": None, "drafts": None,
                   "mode": None, "folder_mode": _mode(path.parent), "problem": None}
    if store["exists"]:
        try:
            with open_store() as s:
                total = s.count()
                store.update(reflections=total, drafts=total - s.count(include_drafts=False))
        except StoreError as e:
            store["problem"] = e.format(lang)[0]
        store["mode"] = _mode(path)
    else:
        store.update(reflections=0, drafts=0)
    return {"version": __version__, "lang": lang, "lang_source": lang_source, "content": content, "store": store}


def info(data_dir: str | None, lang_option: str | None, fmt: str, lang: str) -> None:
    from netleder import output as out

    data = info_data(data_dir, lang_option, lang)
    if fmt == "json":
        out.emit(dumps(data), lang=lang)
        return
    import textwrap

    # Plain text, wrapped here at spaces only: a path is never broken across lines, so
    # whoever helps the user can copy it.
    width = out.terminal_width()  # COLUMNS, the terminal, or 80
    report: list[str] = []

    def heading(text: str) -> None:
        report.extend([text, "─" * len(text)])

    def line(label: str, value: str, indent: int = 2) -> None:
        text = f"{label}: {value}" if label else value
        report.extend(textwrap.wrap(text, width, initial_indent=" " * indent, subsequent_indent=" " * (indent + 2 * bool(label)),
                                    break_long_words=False, break_on_hyphens=False) or [""])

    content, store = data["content"], data["store"]
    heading(t("info.version", lang, version=data["version"]))
    line(t("info.lang", lang), f"{t('info.lang.' + lang, lang)} ({lang}, {t('info.lang_from.' + data['lang_source'], lang)})")
    report.append("")
    heading(t("info.content", lang))
    if content["problem"] is not None:
        line(t("info.content_folder", lang), t("info.content_broken", lang, message=content["problem"]))
    elif content["folder"] is None:
        line(t("info.content_folder", lang), t("info.content_builtin", lang))
    else:
        line(t("info.content_folder", lang), t("info.content_custom", lang, where=content["source"]))
        line("", content["folder"], 4)
    for name, f in content["files"].items():
        kind = t("info.file_builtin", lang) if f["builtin"] else t("info.file_custom", lang)
        line(name, f"{kind}, " + (t("info.file_ok", lang) if not f["problems"]
                                  else t("info.file_problems", lang, count=f["problems"])))
        line("", f["path"], 4)
    report.append("")
    heading(t("info.store", lang))
    line(t("info.store_path", lang), store["path"])
    if not store["exists"]:
        line("", t("info.store_missing", lang), 4)
    elif store["problem"] is not None:
        line("", t("info.store_problem", lang, message=store["problem"]), 4)
    else:
        line("", t("info.store_counts", lang, count=store["reflections"], drafts=store["drafts"]), 4)
    if store["mode"] is not None and store["problem"] is None:
        private = int(store["mode"], 8) & 0o077 == 0
        line("", t("info.perms_private" if private else "info.perms_open", lang, mode=store["mode"]), 4)
    report.append("")
    heading(t("info.privacy", lang))
    line("", t("info.privacy_text", lang))
    out.emit("\n".join(report) + "\n", lang=lang)
