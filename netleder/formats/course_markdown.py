"""The course view as Markdown: a table of counts per competence and step of the scale, then
where the group is strongest and most wants to grow, and questions for the talk."""

from __future__ import annotations

from netleder.formats.markdown import md_escape
from netleder.views.course import CourseView
from netleder.views.labels import mark_suffix


def _cell(text: str) -> str:
    return md_escape(text).replace("\n", " ")


def course(view: CourseView) -> str:
    out = [f"# {md_escape(view.title)}", ""]
    if view.subtitle:
        out += [md_escape(view.subtitle), ""]
    out += [md_escape(view.responses_line), "", f"**{md_escape(view.anonymity)}**", ""]
    out += [f"## {md_escape(view.labels['distribution'])}", ""]
    header = [view.labels["competence"], *(label for _, label in view.scale), view.labels["answers"]]
    out.append("| " + " | ".join(_cell(h) for h in header) + " |")
    out.append("|" + "---|" + "--:|" * (len(header) - 1))
    for row in view.rows:
        title = _cell(f"{row.number}. {row.title}{mark_suffix(row.authored)}")
        if row.n is None:
            cells = [f"*{_cell(view.labels['too_few'])}*"] + [""] * len(view.scale)
        else:
            cells = [str(step.given) for step in row.steps] + [str(row.n)]
        out.append("| " + " | ".join([title, *cells]) + " |")
    out.append("")
    for heading, items, none in ((view.labels["strongest"], view.strongest, view.labels["none_strong"]),
                                 (view.labels["growth"], view.growth, view.labels["none_growth"])):
        out += [f"## {md_escape(heading)}", ""]
        if items:
            out += [f"- **{md_escape(i.title + mark_suffix(i.authored))}**: {md_escape(i.sentence)}" for i in items]
        else:
            out.append(md_escape(none))
        out.append("")
    out += [f"## {md_escape(view.labels['questions'])}", ""]
    out += [f"{i}. {md_escape(q)}" for i, q in enumerate(view.questions, 1)]
    out.append("")
    if view.notes:
        out += [f"## {md_escape(view.labels['notes'])}", ""]
        out += [f"- {md_escape(note)}" for note in view.notes]
        out.append("")
    out += ["---", ""]
    for line in view.footer:
        out += [md_escape(line), ""]
    return "\n".join(out)
