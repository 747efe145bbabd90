"""`netleder history`: the saved reflections, and one competence's trend (`--competence`).
"""

from __future__ import annotations

from pathlib import Path

from netleder.commands.stored import opened
from netleder.errors import BadInput
from netleder.i18n import t


def _phases_for(reflections, folder: Path | None):
    """The phases, for labels; only loaded when some reflection names a phase."""
    if not any(r.phase for r in reflections):
        return None
    from netleder.content.loading import load_phases

    return load_phases(folder)


def history(folder: Path | None, network: str | None, competence: str | None, fmt: str, lang: str,
            output: str | None = None, force: bool = False) -> None:
    from netleder import output as out

    if output is not None:
        out.check_output(output, force)
    with opened(lang) as store:
        if network is not None and store.any():
            network = store.match_network(network)  # lists the known names when none matches
        found = store.reflections(network=network, include_drafts=True, text=False)
        empty = not found and not store.any()
    if competence is not None:
        _trend(folder, found, competence, network, fmt, lang, empty, output, force)
        return
    if not found and fmt == "text":
        from netleder.safe_text import user_text

        print(t("store.none_yet", lang) if empty else t("history.none_for_network", lang, network=user_text(network)))
        return
    from netleder.formats import writer

    phases = _phases_for(found, folder) if fmt in ("text", "html", "pdf") else None  # labels only these show
    comps = None
    if fmt in ("text", "html", "pdf") and found:  # which titles are authored, for the mark
        from netleder.content.loading import load_competences

        comps = load_competences(folder)
    out.deliver(writer(fmt, "history")(found, phases, lang, network, comps=comps), output, force, private=True,
                lang=lang)


def _find_competence(folder: Path | None, reflections, key: str, lang: str) -> tuple[str, str]:
    """(id, title) of a competence named by id or number: in the content, else in a reflection."""
    from netleder.content.loading import load_competences

    comps = load_competences(folder)
    comp = comps.find(key)
    if comp is not None:
        return comp.id, f"{comp.number}. {comp.title(lang)}"
    wanted = key.strip().lower()
    for r in reflections:  # newest first: the latest wording
        for c in r.snapshot.competences:
            if c.id == wanted or str(c.number) == wanted:
                return c.id, f"{c.number}. {c.title(lang)}"
    from netleder.safe_text import short
    from netleder.views.labels import choices

    raise BadInput("trend.unknown", value=short(key), choices=choices(comps.competences))


def _trend(folder, found, key: str, network, fmt: str, lang: str, empty: bool, output: str | None = None,
           force: bool = False) -> None:
    from netleder import output as out

    cid, title = _find_competence(folder, found, key, lang)
    oldest_first = list(reversed(found))
    points = [(r, r.ratings[cid]) for r in oldest_first if r.ratings.get(cid) is not None]
    if not points and fmt == "text":
        if empty:
            print(t("store.none_yet", lang))
        elif not found:
            from netleder.safe_text import user_text

            print(t("history.none_for_network", lang, network=user_text(network)))
        else:
            print(t("trend.none", lang, competence=title))
        return
    from netleder.formats import writer

    out.deliver(writer(fmt, "trend")(cid, title, points, len(found) - len(points), lang), output, force,
                private=True, lang=lang)
