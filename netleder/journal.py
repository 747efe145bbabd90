"""Glue for the commands that live with saved reflections: history, show, compare, export,
import, delete and info. Like views.py: look up what was asked for, pick the writer, send it out.

Rules every command here keeps:
- Read commands open the store with create=False: they never create a store or a folder.
- Everything the user gave (ids, --output, the import file) is checked before the store is
  changed, and every change is one transaction (Store.save_many, Store.delete): a command
  that fails leaves the store as it was.
- Files with the leader's text in them (show --output, export --output) are owner-only.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

from netleder.errors import BadInput, ContentError, StoreError
from netleder.i18n import t


def _store(create: bool = False):
    from netleder.store import Store

    return Store.open(create=create)


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _phases_for(reflections, folder: Path | None):
    """The phases, for labels; only loaded when some reflection names a phase."""
    if not any(r.phase for r in reflections):
        return None
    from netleder.content import load_phases

    return load_phases(folder)


# --- history ---------------------------------------------------------------------------------


def history_item(r) -> dict:
    from netleder.reflection_json import reflection_overview

    return {**reflection_overview(r), "competences": r.scope}


def history(folder: Path | None, network: str | None, competence: str | None, fmt: str, lang: str) -> None:
    from netleder import output as out

    with _store() as store:
        found = store.list(network=network, include_drafts=True, text=False)
        empty = not found and not store.count()
    if competence is not None:
        _trend(folder, found, competence, network, fmt, lang, empty)
        return
    if fmt == "json":
        out.emit(_dumps({"reflections": [history_item(r) for r in found]}))
        return
    if not found:
        from netleder.render_summary import user_text

        print(t("store.none_yet") if empty else t("history.none_for_network", network=user_text(network)))
        return
    from netleder.render_history import history_view

    out.show(history_view(found, _phases_for(found, folder), lang, network))


def _find_competence(folder: Path | None, reflections, key: str, lang: str) -> tuple[str, str]:
    """(id, title) of a competence named by id or number: in the content, else in a reflection."""
    from netleder.content import load_competences

    comps = load_competences(folder)
    comp = comps.find(key)
    if comp is not None:
        return comp.id, f"{comp.number}. {comp.title(lang)}"
    wanted = key.strip().lower()
    for r in reflections:  # newest first: the latest wording
        for c in r.snapshot.competences:
            if c.id == wanted or str(c.number) == wanted:
                return c.id, f"{c.number}. {c.title(lang)}"
    choices = ", ".join(c.id for c in comps.competences)
    from netleder.store import _safe

    raise BadInput(t("trend.unknown", value=_safe(key), choices=choices))


def _trend(folder, found, key: str, network, fmt: str, lang: str, empty: bool) -> None:
    from netleder import output as out

    cid, title = _find_competence(folder, found, key, lang)
    oldest_first = list(reversed(found))
    points = [(r, r.ratings[cid]) for r in oldest_first if r.ratings.get(cid) is not None]
    if fmt == "json":
        out.emit(_dumps({"competence": cid, "points": [
            {"id": r.id, "created_at": r.created_at, "network": r.network, "complete": r.complete, "value": value}
            for r, value in points
        ]}))
        return
    if not points:
        if empty:
            print(t("store.none_yet"))
        elif not found:
            from netleder.render_summary import user_text

            print(t("history.none_for_network", network=user_text(network)))
        else:
            print(t("trend.none", competence=title))
        return
    from netleder.render_history import trend_view

    out.show(trend_view(title, points, len(found) - len(points), lang))


# --- show ------------------------------------------------------------------------------------


def show(folder: Path | None, ref: str | None, fmt: str, output: str | None, force: bool, lang: str) -> None:
    from netleder import output as out

    if output is not None:
        out.check_output(output, force)
    with _store() as store:
        reflection = store.get(store.resolve(ref if ref is not None else "latest"))
    if fmt == "json":
        from netleder.reflection_json import reflection_to_json

        out.emit(reflection_to_json(reflection), output, force, private=True)
        return
    from netleder.content import load_phases

    phases = load_phases(folder)
    if fmt == "text":
        from netleder.render_summary import summary_view

        out.show(summary_view(reflection, phases, lang), output, force, private=True)
        return
    from netleder import export_reflection as er
    from netleder.content import load_competences

    writer = er.reflection_markdown if fmt == "markdown" else er.reflection_html
    out.emit(writer(reflection, phases, load_competences(folder), lang), output, force, private=True)


# --- compare ---------------------------------------------------------------------------------


def _pick_pair(store, a: str | None, b: str | None, network: str | None) -> tuple[str, str]:
    """(from, to) ids: as given; one given and the newest other complete one, older first;
    or the two newest complete ones (of the network, when given)."""
    from netleder.render_summary import user_text

    def too_few(count: int) -> BadInput:
        if network is not None:
            return BadInput(t("compare.too_few_network", network=user_text(network), count=count))
        return BadInput(t("compare.too_few", count=count))

    if a is not None and b is not None:
        first, second = store.resolve(a), store.resolve(b)
        if first == second:
            from netleder.store import _safe

            raise BadInput(t("compare.same", ref=_safe(a), other=_safe(b), id=first))
        return first, second
    complete = [r.id for r in store.list(network=network, include_drafts=False, text=False)]
    if a is None:
        if len(complete) < 2:
            if not store.count() and network is None:
                raise BadInput(t("store.none_yet"))
            raise too_few(len(complete))
        return complete[1], complete[0]
    chosen = store.resolve(a)
    others = [rid for rid in complete if rid != chosen]
    if not others:
        raise too_few(len(complete))
    newest_first = [r.id for r in store.list(include_drafts=True, text=False)]
    other = others[0]
    return (chosen, other) if newest_first.index(chosen) > newest_first.index(other) else (other, chosen)


def compare(folder: Path | None, a: str | None, b: str | None, network: str | None, fmt: str, lang: str) -> None:
    from netleder import output as out
    from netleder.reflection import compare as changes

    with _store() as store:
        first, second = _pick_pair(store, a, b, network)
        before, after = store.get(first), store.get(second)
    if fmt == "json":
        from netleder.reflection import came_and_went, step_outcomes

        lists = {}
        for key in ("strengths", "growth"):
            came, went, kept = came_and_went(getattr(before.summary(), key), getattr(after.summary(), key))
            lists[key] = {"came": came, "went": went, "kept": kept}
        out.emit(_dumps({
            "from": before.id,
            "to": after.id,
            "changes": {cid: {"from": c.before, "to": c.after, "delta": c.delta}
                        for cid, c in changes(before, after).items()},
            **lists,
            "next_steps": [
                {"competence": o.competence_id, "step": o.step,
                 "status": o.follow_up.status if o.follow_up else None,
                 "note": (o.follow_up.note or None) if o.follow_up else None}
                for o in step_outcomes(before, after)
            ],
        }))
        return
    from netleder.render_history import comparison_view

    out.show(comparison_view(before, after, lang))


# --- export and import -----------------------------------------------------------------------


def export(output: str | None, force: bool) -> None:
    from netleder import output as out
    from netleder.reflection_json import export_to_json

    if output is not None:
        out.check_output(output, force)
    with _store() as store:
        reflections = store.list(include_drafts=True, text=True)
    reflections.reverse()  # oldest first: an import then stores them in the same order
    out.emit(export_to_json(reflections), output, force, private=True)
    if output is not None:
        drafts = sum(1 for r in reflections if not r.complete)
        print(t("export.done", count=len(reflections), drafts=drafts), file=sys.stderr)


def import_(path: str) -> None:
    from netleder.reflection_json import read_export

    reflections = read_export(path)  # checked completely; BadInput lists every problem
    if not reflections:
        print(t("import.done", imported=0, skipped=0))
        return
    with _store(create=True) as store:
        saved, skipped = store.save_many(reflections, skip_existing=True)  # one transaction
    print(t("import.done", imported=saved, skipped=skipped))


# --- delete ----------------------------------------------------------------------------------

YES = ("j", "ja", "y", "yes")


def _confirm(question: str) -> bool:
    """y/N on the terminal (j/ja/y/yes mean yes; anything else, or end of input, means no)."""
    sys.stderr.write(question + " ")
    sys.stderr.flush()
    answer = sys.stdin.readline()
    return answer.strip().lower() in YES


def delete(refs: list[str], everything: bool, yes: bool) -> None:
    from netleder.render_summary import user_text

    if refs and everything:
        raise BadInput(t("delete.ids_and_all"))
    if not refs and not everything:
        raise BadInput(t("delete.nothing_given"))
    with _store() as store:
        if everything:
            count = store.count()
            if not count:
                print(t("delete.none"))
                return
            drafts = count - store.count(include_drafts=False)
            described = [t("delete.all", count=count, drafts=drafts, path=store.path)]
            rids = None
        else:
            rids = list(dict.fromkeys(store.resolve(ref) for ref in refs))  # all, before any is deleted
            wanted = set(rids)
            described = [t("delete.these")]
            for r in store.list(include_drafts=True, text=False):
                if r.id in wanted:
                    key = "store.candidate" if r.complete else "store.candidate_draft"
                    line = "  " + t(key, id=r.id, date=(r.created_at or "")[:10])
                    if r.network:
                        line += "  " + user_text(r.network).replace("\n", " ")
                    described.append(line)
            count = len(rids)
        if not yes:
            if not sys.stdin.isatty():
                raise BadInput(t("delete.no_tty"))
            for line in described:
                print(line, file=sys.stderr)
            if not _confirm(t("delete.confirm", count=count)):
                print(t("delete.kept"))
                return
        deleted = store.delete_all() if rids is None else store.delete(rids)
    print(t("delete.done", count=deleted))


# --- info ------------------------------------------------------------------------------------


def _mode(path: Path) -> str | None:
    try:
        return f"{stat.S_IMODE(path.stat().st_mode):04o}"
    except OSError:
        return None


def info_data(data_dir: str | None, lang_option: str | None, lang: str) -> dict:
    from netleder import __version__
    from netleder import content as c
    from netleder.store import store_path

    if lang_option is not None:
        lang_source = "option"
    elif os.environ.get("NETLEDER_LANG"):
        lang_source = "env"
    else:
        lang_source = "default"
    content: dict = {"folder": None, "source": "builtin", "problem": None, "files": {}}
    folder = None
    try:
        folder, where = c.resolve_data_dir(data_dir)
        if folder is not None:
            content.update(folder=str(folder), source=where)
    except ContentError as e:
        content.update(problem=e.message, source="--data-dir" if data_dir is not None else "NETLEDER_DATA_DIR")
    if content["problem"] is None:
        for name, check in ((c.PHASES_FILE, c.check_phases), (c.COMPETENCES_FILE, c.check_competences)):
            path, builtin = c.content_path(folder, name)
            _, problems = check(path, builtin)
            content["files"][name] = {"path": str(path), "builtin": builtin, "problems": len(problems)}
    path = store_path().absolute()
    store: dict = {"path": str(path), "exists": path.exists(), "reflections": None, "drafts": None,
                   "mode": None, "folder_mode": _mode(path.parent), "problem": None}
    if store["exists"]:
        try:
            with _store() as s:
                total = s.count()
                store.update(reflections=total, drafts=total - s.count(include_drafts=False))
        except StoreError as e:
            store["problem"] = e.message
        store["mode"] = _mode(path)
    else:
        store.update(reflections=0, drafts=0)
    return {"version": __version__, "lang": lang, "lang_source": lang_source, "content": content, "store": store}


def info(data_dir: str | None, lang_option: str | None, fmt: str, lang: str) -> None:
    from netleder import output as out

    data = info_data(data_dir, lang_option, lang)
    if fmt == "json":
        out.emit(_dumps(data))
        return
    import textwrap

    # Plain text, wrapped here at spaces only: a path is never broken across lines, so
    # whoever helps the user can copy it.
    width = out._width()  # COLUMNS, the terminal, or 80
    report: list[str] = []

    def heading(text: str) -> None:
        report.extend([text, "─" * len(text)])

    def line(label: str, value: str, indent: int = 2) -> None:
        text = f"{label}: {value}" if label else value
        report.extend(textwrap.wrap(text, width, initial_indent=" " * indent, subsequent_indent=" " * (indent + 2 * bool(label)),
                                    break_long_words=False, break_on_hyphens=False) or [""])

    content, store = data["content"], data["store"]
    heading(t("info.version", version=data["version"]))
    line(t("info.lang"), f"{t('info.lang.' + lang)} ({lang}, {t('info.lang_from.' + data['lang_source'])})")
    report.append("")
    heading(t("info.content"))
    if content["problem"] is not None:
        line(t("info.content_folder"), t("info.content_broken", message=content["problem"]))
    elif content["folder"] is None:
        line(t("info.content_folder"), t("info.content_builtin"))
    else:
        line(t("info.content_folder"), t("info.content_custom", where=content["source"]))
        line("", content["folder"], 4)
    for name, f in content["files"].items():
        kind = t("info.file_builtin") if f["builtin"] else t("info.file_custom")
        line(name, f"{kind}, " + (t("info.file_ok") if not f["problems"]
                                  else t("info.file_problems", count=f["problems"])))
        line("", f["path"], 4)
    report.append("")
    heading(t("info.store"))
    line(t("info.store_path"), store["path"])
    if not store["exists"]:
        line("", t("info.store_missing"), 4)
    elif store["problem"] is not None:
        line("", t("info.store_problem", message=store["problem"]), 4)
    else:
        line("", t("info.store_counts", count=store["reflections"], drafts=store["drafts"]), 4)
    if store["mode"] is not None and store["problem"] is None:
        private = int(store["mode"], 8) & 0o077 == 0
        line("", t("info.perms_private" if private else "info.perms_open", mode=store["mode"]), 4)
    report.append("")
    heading(t("info.privacy"))
    line("", t("info.privacy_text"))
    out.emit("\n".join(report) + "\n")
