"""The terminal writer for `netleder info`: plain text, no rich (nothing in it is styled)."""

from __future__ import annotations

from netleder.i18n import t


def info(data: dict, lang: str) -> str:
    """`netleder info` as plain text, wrapped at spaces only: a path is never broken across
    lines, so whoever helps the user can copy it."""
    from netleder.feedback import FEEDBACK_ID_PREFIX
    from netleder.output import terminal_width, wrap

    width = terminal_width()  # COLUMNS, the terminal, or 80
    report: list[str] = []

    def title(text: str) -> None:
        report.extend([text, "─" * len(text)])

    def line(label: str, value: str, indent: int = 2) -> None:
        text = f"{label}: {value}" if label else value
        report.extend(wrap(text, width, " " * indent, " " * (indent + 2 * bool(label))))  # commands kept whole

    content, store = data["content"], data["store"]
    title(t("info.version", lang, version=data["version"]))
    line(t("info.lang", lang), f"{t('info.lang.' + lang, lang)} ({lang}, {t('info.lang_from.' + data['lang_source'], lang)})")
    report.append("")
    title(t("info.content", lang))
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
    title(t("info.store", lang))
    line(t("info.store_path", lang), store["path"])
    if not store["exists"]:
        line("", t("info.store_missing", lang), 4)
    elif store["problem"] is not None:
        line("", t("info.store_problem", lang, message=store["problem"]), 4)
    else:
        line("", t("info.store_counts", lang, count=store["reflections"], drafts=store["drafts"]), 4)
    feedback = [i for i in store["damaged"] if i.startswith(FEEDBACK_ID_PREFIX)]
    reflections = [i for i in store["damaged"] if not i.startswith(FEEDBACK_ID_PREFIX)]
    for ids, key in ((reflections, "info.damaged"), (feedback, "info.feedback_damaged")):
        if ids:
            shown = [i if not i.startswith("?") else t("store.damage_unknown_id", lang) for i in ids[:10]]
            line("", t(key, lang, count=len(ids), ids=", ".join(shown)), 4)
    if store["mode"] is not None:
        private = store["private"]  # None: not checked on this system (Windows), never guessed from the mode
        key = "info.perms_unchecked" if private is None else "info.perms_private" if private else "info.perms_open"
        line("", t(key, lang, mode=store["mode"]), 4)
        for f in store["files"]:
            if f["private"] is False:
                line("", t("info.perms_file_open", lang, path=f["path"], mode=f["mode"]), 6)
    report.append("")
    title(t("info.privacy", lang))
    line("", data["privacy"])
    return "\n".join(report) + "\n"
