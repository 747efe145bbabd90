"""The course view as JSON, for those who want to do their own analysis:

    {"responses": 12, "course": "…" | null, "scale": [{"value": 1, "label": "Sjældent"}, …],
     "competences": [{"id": "…", "title": "…", "n": 12, "counts": {"1": 0, "2": 3, …}}, …
                     {"id": "…", "title": "…", "too_few": true}],   # rated by fewer than 3
     "strongest": [{"id": "…", "count": 7, "of": 12, "values": [4, 5]}, …], "growth": […],
     "repeated": 1, "notes": ["…"]}

A competence rated by fewer than 3 has neither `n` nor `counts`."""

from __future__ import annotations

from netleder.formats.json import dumps
from netleder.views.course import CourseView


def course_dict(view: CourseView) -> dict:
    rows = []
    for row in view.rows:
        item: dict = {"id": row.id, "title": row.title}
        if row.n is None:
            item["too_few"] = True
        else:
            item["n"] = row.n
            item["counts"] = {str(step.value): step.given for step in row.steps}
        rows.append(item)

    def highlights(items) -> list[dict]:
        return [{"id": i.id, "count": i.said, "of": i.of, "values": list(i.values), "text": i.sentence} for i in items]

    return {
        "responses": view.responses,
        "course": view.course_name or None,
        "scale": [{"value": value, "label": label} for value, label in view.scale],
        "competences": rows,
        "strongest": highlights(view.strongest),
        "growth": highlights(view.growth),
        "questions": list(view.questions),
        "notes": list(view.notes),
    }


def course(view: CourseView) -> str:
    return dumps(course_dict(view))
