"""What `netleder info` says, computed once in the user's language from the facts
netleder.commands.info gathers (the JSON writer gives the facts as they are): sections with a
title and lines of a label and a value. The terminal writer (netleder/formats/terminal_info.py)
only lays them out. Pure.
"""

from __future__ import annotations

from typing import NamedTuple

from netleder.i18n import t


class InfoLine(NamedTuple):
    label: str  # "" for a line of its own under the one before
    value: str
    indent: int = 2


class InfoSection(NamedTuple):
    title: str
    lines: tuple[InfoLine, ...]


def info_view(data: dict, lang: str) -> tuple[InfoSection, ...]:
    """The report's sections: version and language, content, the reflections' store, privacy."""
    content, store = data["content"], data["store"]
    language = f"{t('info.lang.' + lang, lang)} ({lang}, {t('info.lang_from.' + data['lang_source'], lang)})"
    head = InfoSection(t("info.version", lang, version=data["version"]), (InfoLine(t("info.lang", lang), language),))

    folder = t("info.content_folder", lang)
    lines: list[InfoLine] = []
    if content["problem"] is not None:
        lines.append(InfoLine(folder, t("info.content_broken", lang, message=content["problem"])))
    elif content["folder"] is None:
        lines.append(InfoLine(folder, t("info.content_builtin", lang)))
    else:
        lines += [InfoLine(folder, t("info.content_custom", lang, where=content["source"])),
                  InfoLine("", content["folder"], 4)]
    for name, f in content["files"].items():
        kind = t("info.file_builtin", lang) if f["builtin"] else t("info.file_custom", lang)
        state = t("info.file_ok", lang) if not f["problems"] else t("info.file_problems", lang, count=f["problems"])
        lines += [InfoLine(name, f"{kind}, {state}"), InfoLine("", f["path"], 4)]
    content_section = InfoSection(t("info.content", lang), tuple(lines))

    lines = [InfoLine(t("info.store_path", lang), store["path"])]
    if not store["exists"]:
        lines.append(InfoLine("", t("info.store_missing", lang), 4))
    elif store["problem"] is not None:
        lines.append(InfoLine("", t("info.store_problem", lang, message=store["problem"]), 4))
    else:
        lines.append(InfoLine("", t("info.store_counts", lang, count=store["reflections"], drafts=store["drafts"]), 4))
    if store["damaged"]:
        shown = [i if not i.startswith("?") else t("store.damage_unknown_id", lang) for i in store["damaged"][:10]]
        lines.append(InfoLine("", t("info.damaged", lang, count=len(store["damaged"]), ids=", ".join(shown)), 4))
    if store["mode"] is not None:
        private = store["private"] if store["private"] is not None else int(store["mode"], 8) & 0o077 == 0
        lines.append(InfoLine("", t("info.perms_private" if private else "info.perms_open", lang, mode=store["mode"]), 4))
        lines += [InfoLine("", t("info.perms_file_open", lang, path=f["path"], mode=f["mode"]), 6)
                  for f in store["files"] if f["private"] is False]
    store_section = InfoSection(t("info.store", lang), tuple(lines))
    return head, content_section, store_section, InfoSection(t("info.privacy", lang), (InfoLine("", data["privacy"]),))
