"""`netleder compare`: two reflections side by side.
"""

from __future__ import annotations

from pathlib import Path

from netleder.errors import BadInput
from netleder.formats.json import dumps
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
    from netleder.reflection import compare as changes

    with open_store() as store:
        first, second = _pick_pair(store, a, b, network)
        before, after = store.get(first), store.get(second)
    if fmt == "json":
        from netleder.reflection import came_and_went, step_outcomes

        lists = {}
        for key in ("strengths", "growth"):
            came, went, kept = came_and_went(getattr(before.summary(), key), getattr(after.summary(), key))
            lists[key] = {"came": came, "went": went, "kept": kept}
        out.emit(dumps({
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
        }), lang=lang)
        return
    from netleder.formats.terminal import comparison_view

    out.show(comparison_view(before, after, lang), lang=lang)
