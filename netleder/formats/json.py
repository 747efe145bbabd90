"""The JSON writers: handouts, a reflection's summary, history. Text is never altered
(ensure_ascii=False); the terminal-safety of JSON is the output edge's job.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from netleder.content.model import Competence, CompetenceSet, Phase, PhaseSet
from netleder.reflection import Reflection
from netleder.safe_text import json_safe
from netleder.views.phases import OverviewView, in_play_items, in_play_note
from netleder.views.summary import SummaryView


def _in_scope_order(r: Reflection, mapping: dict) -> list[str]:
    return [cid for cid in r.scope if cid in mapping] + [cid for cid in mapping if cid not in r.scope]


def reflection_overview(r: Reflection) -> dict:
    """What a reflection is at a glance (no answer texts): used by `history` and below."""
    summary = r.summary()
    return {
        "id": r.id,
        "created_at": r.created_at,
        "completed_at": r.completed_at,
        "complete": r.complete,
        "lang": r.lang,
        "network": r.network,
        "network_type": r.network_type,
        "phase": r.phase,
        "ratings": {cid: r.ratings[cid] for cid in _in_scope_order(r, r.ratings) if r.ratings[cid] is not None},
        "strengths": list(summary.strengths),
        "growth": list(summary.growth),
    }


def summary_dict(view: SummaryView) -> dict:
    """A reflection's summary (netleder.views.summary) as data: the same sections in the same
    order as every other format, with ids and numbers where the others show labels."""
    out = reflection_overview(view.reflection)
    del out["ratings"], out["strengths"], out["growth"]
    out["facts"] = {fact.key: fact.value for fact in view.facts}
    out["sections"] = [section.key for section in view.sections]
    out["rating_labels"] = {r.cid: r.label for r in view.sections[0].items if r.value is not None}
    for section in view.sections:
        out.update(_JSON_SECTIONS[section.key](section.items))
    out["previous"] = view.previous.id if view.previous is not None else None
    for key, empty in (("ratings", {}), ("since_last", {}), ("strengths", []), ("highest", []), ("growth", []),
                       ("in_play", []), ("follow_ups", []),
                       ("next_steps", {}), ("keep_asking", {}), ("answers", {})):
        out.setdefault(key, empty)  # every key is always there, empty where the section is not
    return out


def summary(view: SummaryView) -> str:
    return dumps(summary_dict(view))


def _ratings(items) -> dict:
    return {"ratings": {r.cid: r.value for r in items if r.value is not None}}


_JSON_SECTIONS = {
    "ratings": _ratings,
    "strengths": lambda items: {"strengths": [r.cid for r in items]},
    "highest": lambda items: {"highest": [r.cid for r in items]},
    "growth": lambda items: {"growth": [r.cid for r in items]},
    "balance": lambda items: {"balance": items[0]},
    "in_play": lambda items: {"in_play": [r.cid for r in items]},
    "since_last": lambda items: {"since_last": {
        m.cid: {"from": m.before_value, "to": m.after_value, "direction": m.direction or None} for m in items}},
    "follow_ups": lambda items: {"follow_ups": [
        {"competence": f.cid, "step": f.step, "status": f.status or None, "note": f.note, "from": f.from_id}
        for f in items]},
    "next_steps": lambda items: {"next_steps": {s.cid: s.text for s in items}},
    "keep_asking": lambda items: {"keep_asking": {
        b.cid: [{"text": q.text, "authored": q.authored or q.source == "authored"} for q in b.questions]
        for b in items}},
    "answers": lambda items: {"answers": {b.cid: [q.answer for q in b.questions] for b in items}},
}


def _in_play_json(items) -> list[dict]:
    return [{"competence": i.cid, "number": i.number, "title": i.title, "reason": i.reason,
             "source": i.source or ("authored" if i.authored else "handbook")} for i in items]


def _phase_json(p: Phase, lang: str, content: PhaseSet | None = None, comps: CompetenceSet | None = None) -> dict:
    out = {
        "id": p.id,
        "number": p.number,
        "title": p.title(lang),
        "purpose": p.purpose(lang),
        "questions": [{"text": q.text(lang), "source": q.source} for q in p.questions],
        "tools": [tool(lang) for tool in p.tools],
        "source": p.source,
        "in_brief": p.brief(lang),
    }
    if content is not None:
        out["in_play"] = _in_play_json(in_play_items(p, content, comps, lang))
    return out


def _competence_json(c: Competence, lang: str) -> dict:
    return {
        "id": c.id,
        "number": c.number,
        "title": c.title(lang),
        "description": c.description(lang),
        "questions": [{"text": q.text(lang), "source": q.source} for q in c.questions],
        "source": c.source,
    }


def dumps(data) -> str:
    """Readable JSON (æ, ø, å as they are); control characters, C1 ones such as U+009B too,
    written as \\u escapes, so no text in it can steer a terminal (safe_text.json_safe)."""
    from netleder.safe_text import json_safe

    return json_safe(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"


def phases(content: PhaseSet, phases: list[Phase] | None, lang: str, comps: CompetenceSet | None = None) -> str:
    phases = list(content.phases) if phases is None else phases
    out: dict = {"phases": [_phase_json(p, lang, content, comps) for p in phases]}
    out["in_play_used"] = in_play_note(content, comps, lang) is None
    return dumps(out)


def overview(view: OverviewView) -> str:
    """The model on one page as data: the phases in order, one line each, the competences in play."""
    return dumps({
        "title": view.title,
        "phases": [{"id": c.id, "number": c.number, "title": c.title, "in_brief": c.brief,
                    "source": "authored" if c.authored else "handbook", "in_play": _in_play_json(c.in_play)}
                   for c in view.cards],
        "in_play_used": view.in_play_note is None,
        "note": view.in_play_note,
    })


def competences(content: CompetenceSet, comps: list[Competence] | None, lang: str) -> str:
    comps = list(content.competences) if comps is None else comps
    return dumps(
        {
            "scale": [{"value": s.value, "label": s.label(lang)} for s in content.scale],
            "scale_source": content.scale_source,
            "scale_question": content.scale_question(lang) if content.scale_question is not None else None,
            "competences": [_competence_json(c, lang) for c in comps],
        }
    )


def info(data: dict, lang: str) -> str:
    return dumps(data)


def history(reflections, phases, lang: str, network: str | None = None, comps=None,
            context=None) -> str | Iterator[str]:
    """With a `context` (a history read from the store as a stream), the JSON in pieces, one
    reflection at a time: the same text as the whole, never all in memory."""
    items = ({**reflection_overview(r), "competences": r.scope} for r in reflections)
    if context is not None:
        return dumps_listed({}, "reflections", items)
    return dumps({"reflections": list(items)})


def trend(cid: str, title: str, points, skipped, lang: str, context=None) -> str | Iterator[str]:
    items = ({"id": r.id, "created_at": r.created_at, "network": r.network, "complete": r.complete, "value": value}
             for r, value in points)
    if context is not None:
        return dumps_listed({"competence": cid}, "points", items)
    return dumps({"competence": cid, "points": list(items)})


def dumps_listed(head: dict, key: str, items: Iterable) -> Iterator[str]:
    """dumps({**head, key: list(items)}) in pieces, an item at a time: the same text."""
    opening = dumps({**head, key: []})  # ... "key": []\n}\n
    before = opening[: -len("]\n}\n")]
    written = False
    for item in items:
        text = json_safe(json.dumps(item, ensure_ascii=False, indent=2)).replace("\n", "\n    ")
        yield (before if not written else ",") + "\n    " + text
        written = True
    yield "\n  ]\n}\n" if written else opening


def comparison(before: Reflection, after: Reflection, lang: str, comps=None) -> str:
    """Two reflections compared (netleder.views.comparison): "from" is always the older one;
    "changes" holds only competences rated in both, "only_before"/"only_after" the others."""
    from netleder.views.comparison import build_comparison

    view = build_comparison(before, after)
    return dumps({
        "from": view.before.id,
        "to": view.after.id,
        "from_created_at": view.before.created_at,
        "to_created_at": view.after.created_at,
        "same_scale": view.same_scale,
        "changes": {m.cid: {"from": m.before, "to": m.after, "direction": m.direction or None} for m in view.moved},
        "only_before": list(view.only_before),
        "only_after": list(view.only_after),
        **{key: {"came": list(lists.came), "went": list(lists.went), "kept": list(lists.kept)}
           for key, lists in (("strengths", view.strengths), ("growth", view.growth))},
        "next_steps": [
            {"competence": o.competence_id, "step": o.step,
             "status": o.follow_up.status if o.follow_up else None,
             "note": (o.follow_up.note or None) if o.follow_up else None}
            for o in view.steps
        ],
    })


# --- feedback from others: the leader's view beside others' (netleder.views.feedback) -------


def feedback_dict(view) -> dict:
    """The side-by-side view as data: values and positions on the scale (numbers), labels."""
    def rating(r):
        if r is None:
            return None
        return {"value": r.value, "label": r.label, "position": r.filled or None, "steps": r.steps}

    return {
        "network": view.network,
        "reflections": list(view.used),
        "givers": [{"id": g.fid, "giver": g.name, "date": g.given_on} for g in view.givers],
        "competences": [
            {"id": row.cid, "title": row.title, "own": rating(row.own), "own_from": row.own_from,
             "others": [{"feedback": view.givers[o.giver].fid, "rating": rating(o.rating), "comment": o.comment}
                        for o in row.others]}
            for row in view.rows
        ],
        "apart": [{"competence": a.cid, "feedback": view.givers[a.giver].fid, "own": a.own.value,
                   "other": a.other.value, "steps": a.steps, "question": a.question} for a in view.apart],
    }


def feedback(view) -> str:
    return dumps(feedback_dict(view))


def feedback_list(items, lang: str) -> str:
    return dumps({"feedback": [
        {"id": f.id, "giver": f.giver, "date": f.given_on, "received_at": f.received_at, "network": f.network,
         "lang": f.lang, "ratings": f.rated(), "competences": f.snapshot.ids} for f in items]})


_JSON_SECTIONS["feedback"] = lambda items: {"feedback": feedback_dict(items[0])}


def course(view) -> str:
    """`netleder course show` (netleder/formats/course_json.py)."""
    from netleder.formats.course_json import course as draw

    return draw(view)
