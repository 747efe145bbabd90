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


class _Again:
    """The reflections of a history as a stream that can be read anew (the writer reads them
    once to measure the rows and once to draw them): never all in memory at once."""

    def __init__(self, store, network: str | None, oldest_first: bool = False) -> None:
        self.store, self.network, self.oldest_first = store, network, oldest_first

    def __iter__(self):
        return self.store.stream(self.network, oldest_first=self.oldest_first, text=False)


# more than this many rows on screen, and history says how to see fewer
MANY = 50


def parse_limit(value: str | None) -> int | None:
    """--limit: a whole number from 1 (BadInput otherwise)."""
    if value is None:
        return None
    text = value.strip()
    if not text.isdigit() or int(text) < 1:
        from netleder.safe_text import short

        raise BadInput("history.limit_bad", value=short(value))
    return int(text)


def history(folder: Path | None, network: str | None, competence: str | None, fmt: str, lang: str,
            output: str | None = None, force: bool = False, limit: int | None = None) -> None:
    from netleder import output as out

    if output is not None:
        out.check_output(output, force)
    with opened(lang) as store:
        if network is not None and store.any():
            network = store.match_network(network)  # lists the known names when none matches
        if limit is not None:  # the newest `limit` only: read through the time index
            found = store.newest(limit, network, text=False)
        elif fmt in ("text", "json"):  # streamed: written as read from the store, never all in memory
            if competence is None:
                _stream(store, folder, network, fmt, lang, output, force)
            else:
                _trend_stream(store, folder, competence, network, fmt, lang, output, force)
            return
        else:
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


def _stream(store, folder: Path | None, network: str | None, fmt: str, lang: str, output: str | None,
            force: bool) -> None:
    """The whole history as text or JSON, read from the store in batches while it is written:
    memory stays flat however many reflections there are."""
    import sys

    from netleder import output as out
    from netleder.formats import writer
    from netleder.views.history import Context

    shown = _Counted(_Again(store, network))
    if fmt == "json":  # every reflection as it is read (an empty list when there are none)
        out.deliver(writer(fmt, "history")(shown, None, lang, network, context=Context({}, {}, {})), output, force,
                    private=True, lang=lang)
        return
    if not store.has_any(network):
        from netleder.safe_text import user_text

        print(t("store.none_yet", lang) if not store.any() else
              t("history.none_for_network", lang, network=user_text(network)))
        return
    from netleder.content.loading import load_competences, load_phases

    phases = load_phases(folder) if store.any_phase(network) else None
    comps = load_competences(folder)  # which titles are authored, for the mark
    out.deliver(writer(fmt, "history")(shown, phases, lang, network, comps=comps, context=_context(store, network)),
                output, force, private=True, lang=lang)
    if output is None and shown.count > MANY:
        # on stderr: what is printed stays the history; the hint is for the one reading it
        print(t("history.fewer", lang, count=shown.count, limit=20), file=sys.stderr)


def _context(store, network: str | None, rated: str | None = None):
    """What each row needs to know of the others shown (views.history.Context), from a light
    walk of the store: the prefixes long ids are shown by, and the days shared."""
    from netleder.views.history import Context, day_counts, long_prefixes

    return Context(long_prefixes(store.sorted_ids(network, rated)) if store.any_long_id() else {},
                   day_counts(store.stamps(network, rated)), {})


class _Counted:
    """A stream read anew each time, that remembers how many it gave the last time through."""

    def __init__(self, inner) -> None:
        self.inner, self.count = inner, 0

    def __iter__(self):
        self.count = 0
        for item in self.inner:
            self.count += 1
            yield item


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


class _Points:
    """A trend's points as a stream read anew each time (oldest first): (reflection, rating) of
    each reflection that rated the competence; counts the others as it goes."""

    def __init__(self, reflections, cid: str) -> None:
        self.reflections, self.cid, self.skipped = reflections, cid, 0

    def __iter__(self):
        self.skipped = 0
        for r in self.reflections:
            value = r.ratings.get(self.cid)
            if value is None:
                self.skipped += 1
            else:
                yield r, value


def _trend_stream(store, folder: Path | None, key: str, network: str | None, fmt: str, lang: str,
                  output: str | None, force: bool) -> None:
    """One competence's trend as text or JSON, read from the store in batches while it is written."""
    from netleder import output as out
    from netleder.formats import writer

    cid, title = _find_competence(folder, _Again(store, network), key, lang)
    points = _Points(_Again(store, network, oldest_first=True), cid)
    if fmt == "json":  # every point as it is read (an empty list when there are none)
        from netleder.views.history import Context

        out.deliver(writer(fmt, "trend")(cid, title, points, 0, lang, context=Context({}, {}, {})), output, force,
                    private=True, lang=lang)
        return
    if next(iter(points), None) is None:
        from netleder.safe_text import user_text

        if not store.any():
            print(t("store.none_yet", lang))
        elif not store.has_any(network):
            print(t("history.none_for_network", lang, network=user_text(network)))
        else:
            print(t("trend.none", lang, competence=title))
        return
    out.deliver(writer(fmt, "trend")(cid, title, points, lambda: points.skipped, lang,
                                     context=_context(store, network, cid)), output, force, private=True, lang=lang)
