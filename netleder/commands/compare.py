"""`netleder compare`: two reflections side by side.
"""

from __future__ import annotations

from pathlib import Path

from netleder.commands.stored import opened
from netleder.errors import BadInput


def _complete_in(store, name: str | None, limit: int, exclude: str | None = None) -> list[str]:
    """The ids of the `limit` newest complete reflections of the network `name` (names matched
    ignoring case and spacing; None: those without a network) that can be read, other than
    `exclude`. Read newest first and only as far as needed."""
    return store.newest_complete_in(name, limit, exclude=exclude)


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
        if network is not None:
            complete = _complete_in(store, network, 2)
        else:  # stay within the newest reflection's network
            newest = store.latest_complete()
            if newest is None and not store.any():
                raise BadInput("store.none_yet")
            complete = [] if newest is None else _complete_in(store, newest.network, 2)
            if newest is not None and len(complete) < 2:
                if newest.network is None:
                    raise BadInput("compare.too_few_no_network", count=len(complete))
                raise BadInput("compare.too_few_newest", network=user_text(newest.network), count=len(complete))
        if len(complete) < 2:
            if network is not None:
                raise BadInput("compare.too_few_network", network=user_text(network), count=len(complete))
            raise BadInput("compare.too_few", count=len(complete))
        return complete[1], complete[0]
    chosen = store.get(store.resolve(a))
    name = network if network is not None else chosen.network
    others = _complete_in(store, name, 1, exclude=chosen.id)
    if not others:
        if name is None:
            raise BadInput("compare.no_other_no_network", id=chosen.id)
        raise BadInput("compare.no_other", id=chosen.id, network=user_text(name))
    return chosen.id, others[0]


def _with_follow_ups_between(store, before, after):
    """`after` with what any reflection between the two (or `after` itself) recorded about
    `before`'s next steps, so that compare reports each step's latest follow-up."""
    import dataclasses

    own = {f.competence_id for f in after.follow_ups if f.from_id == before.id}
    extra = [f for f in store.follow_ups_on(before.id, after.id) if f.competence_id not in own]
    return dataclasses.replace(after, follow_ups=[*after.follow_ups, *extra]) if extra else after


def compare(folder: Path | None, a: str | None, b: str | None, network: str | None, fmt: str, lang: str) -> None:
    from netleder import output as out

    with opened(lang) as store:
        first, second = _pick_pair(store, a, b, network)
        before, after = store.get(first), store.get(second)
        newest_first = [row[0] for row in store.describe([first, second])]  # ties in time: the order of saving
        if newest_first[:1] == [before.id]:
            before, after = after, before
        after = _with_follow_ups_between(store, before, after)
    from netleder.formats import writer

    comps = None
    if fmt == "text":  # the marks and the source line need the content in use
        from netleder.content.loading import load_competences

        comps = load_competences(folder)
    out.deliver(writer(fmt, "comparison")(before, after, lang, comps), lang=lang)
