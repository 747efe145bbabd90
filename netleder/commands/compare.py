"""`netleder compare`: two reflections side by side.
"""

from __future__ import annotations

from pathlib import Path

from netleder.errors import BadInput
from netleder.store.database import open_store


def _complete_in(store, name: str | None) -> list:
    """The complete reflections of the network `name` (the store matches names ignoring case and
    spacing), newest first; for None, those without a network."""
    if name is not None:
        return store.list(network=name, include_drafts=False, text=False)
    return [r for r in store.list(include_drafts=False, text=False) if r.network is None]


def _pick_pair(store, a: str | None, b: str | None, network: str | None) -> tuple[str, str]:
    """The two ids to compare (in any order: the view puts the older first).

    Both given: those two. One given: it and the newest other complete reflection of its
    network (or of --network). None given: the two newest complete reflections of --network,
    or else of the newest complete reflection's network. Reflections without a network count
    as one group of their own.
    """
    from netleder.safe_text import user_text

    if a is not None and b is not None:
        first, second = store.resolve(a), store.resolve(b)
        if first == second:
            from netleder.safe_text import short

            raise BadInput("compare.same", ref=short(a), other=short(b), id=first)
        return first, second
    if network is not None and store.count():
        network = store.match_network(network)  # lists the known names when none matches
    if a is None:
        complete = store.list(network=network, include_drafts=False, text=False)  # newest first
        if not complete:
            if not store.count() and network is None:
                raise BadInput("store.none_yet")
        elif network is None:  # stay within the newest reflection's network
            name = complete[0].network
            complete = _complete_in(store, name)
            if len(complete) < 2:
                if name is None:
                    raise BadInput("compare.too_few_no_network", count=len(complete))
                raise BadInput("compare.too_few_newest", network=user_text(name), count=len(complete))
        if len(complete) < 2:
            if network is not None:
                raise BadInput("compare.too_few_network", network=user_text(network), count=len(complete))
            raise BadInput("compare.too_few", count=len(complete))
        return complete[1].id, complete[0].id
    chosen = store.get(store.resolve(a))
    name = network if network is not None else chosen.network
    others = [r.id for r in _complete_in(store, name) if r.id != chosen.id]
    if not others:
        if name is None:
            raise BadInput("compare.no_other_no_network", id=chosen.id)
        raise BadInput("compare.no_other", id=chosen.id, network=user_text(name))
    return chosen.id, others[0]


def compare(folder: Path | None, a: str | None, b: str | None, network: str | None, fmt: str, lang: str) -> None:
    from netleder import output as out

    with open_store() as store:
        first, second = _pick_pair(store, a, b, network)
        before, after = store.get(first), store.get(second)
    from netleder.formats import writer

    comps = None
    if fmt == "text":  # the marks and the source line need the content in use
        from netleder.content.loading import load_competences

        comps = load_competences(folder)
    out.deliver(writer(fmt, "comparison")(before, after, lang, comps), lang=lang)
