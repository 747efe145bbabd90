"""The JSON writers: handouts, a reflection's summary, history. Text is never altered
(ensure_ascii=False); the terminal-safety of JSON is the output edge's job.
"""

from __future__ import annotations

import json

from netleder.content.model import Competence, CompetenceSet, Phase, PhaseSet
from netleder.reflection import Reflection, follow_up_to_dict


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


def reflection_to_dict(r: Reflection) -> dict:
    """The reflection as the issue-3 JSON, competences by id in the reflection's order.

    Unrated competences are left out of "ratings"; empty next steps out of "next_steps".
    """
    return {
        **reflection_overview(r),
        "answers": {cid: list(r.answers[cid]) for cid in _in_scope_order(r, r.answers)},
        "next_steps": {cid: r.next_steps[cid] for cid in _in_scope_order(r, r.next_steps) if r.next_steps[cid]},
        "follow_ups": [follow_up_to_dict(f) for f in r.follow_ups],
    }


def reflection_to_json(r: Reflection) -> str:
    return json.dumps(reflection_to_dict(r), ensure_ascii=False, indent=2) + "\n"


def _phase_json(p: Phase, lang: str) -> dict:
    return {
        "id": p.id,
        "number": p.number,
        "title": p.title(lang),
        "purpose": p.purpose(lang),
        "questions": [q.text(lang) for q in p.questions],
        "tools": [tool(lang) for tool in p.tools],
        "source": p.source,
    }


def _competence_json(c: Competence, lang: str) -> dict:
    return {
        "id": c.id,
        "number": c.number,
        "title": c.title(lang),
        "description": c.description(lang),
        "questions": [q.text(lang) for q in c.questions],
        "source": c.source,
    }


def dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def phases_json(content: PhaseSet, phases: list[Phase], lang: str) -> str:
    return dumps({"phases": [_phase_json(p, lang) for p in phases]})


def competences_json(content: CompetenceSet, comps: list[Competence], lang: str) -> str:
    return dumps(
        {
            "scale": [{"value": s.value, "label": s.label(lang)} for s in content.scale],
            "competences": [_competence_json(c, lang) for c in comps],
        }
    )
