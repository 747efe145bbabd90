"""`netleder compare`: two reflections side by side.
"""

from __future__ import annotations

from pathlib import Path

from netleder.errors import BadInput
from netleder.store.database import open_store


def _pick_pair(store, a: str | None, b: str | None, network: str | None) -> tuple[str, str]:
    """(from, to) ids: as given; one given and the newest other complete one, older first;
    or the two newest complete ones (of the network, when given)."""
    from netleder.safe_text import user_text

    def too_few(count: int) -> BadInput:
        if network is not None:
            return BadInput("compare.too_few_network", network=user_text(network), count=count)
        return BadInput("compare.too_few", count=count)

    if a is not None and b is not None:
        first, second = store.resolve(a), store.resolve(b)
        if first == second:
            from netleder.safe_text import short

            raise BadInput("compare.same", ref=short(a), other=short(b), id=first)
        return first, second
    if network is not None and store.count():
        network = store.match_network(network)  # lists the known names when none matches
    complete = [r.id for r in store.list(network=network, include_drafts=False, text=False)]
    if a is None:
        if len(complete) < 2:
            if not store.count() and network is None:
                raise BadInput("store.none_yet")
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

    with open_store() as store:
        first, second = _pick_pair(store, a, b, network)
        before, after = store.get(first), store.get(second)
    from netleder.formats import writer

    comps = None
    if fmt == "text":  # the marks and the source line need the content in use
        from netleder.content.loading import load_competences

        comps = load_competences(folder)
    out.deliver(writer(fmt, "comparison")(before, after, lang, comps), lang=lang)
