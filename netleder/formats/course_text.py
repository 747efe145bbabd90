"""The course view on the terminal (rich): per competence, the count on each step of the scale;
then where the group is strongest and most wants to grow, and questions for the talk."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text

from netleder.views.course import CourseView
from netleder.views.labels import mark_suffix


def _heading(text: str) -> RenderableType:
    return Group(Text(text, style="bold"), Text("─" * min(len(text), 60), style="dim", no_wrap=True, overflow="crop"))


def course(view: CourseView) -> RenderableType:
    head = Text(view.title, style="bold")
    head.append("\n" + "═" * min(len(view.title), 60), style="dim")
    parts: list[RenderableType] = [head]
    if view.subtitle:
        parts.append(Text(view.subtitle))
    parts.append(Text(view.responses_line))
    parts.append(Padding(Text(view.anonymity, style="italic"), (0, 0, 1, 0)))
    parts.append(_heading(view.labels["distribution"]))
    for row in view.rows:
        title = Text(f"{row.number}. {row.title}{mark_suffix(row.authored)}", style="bold")
        if row.n is None:
            line = Text(view.labels["too_few"], style="italic")
        else:
            line = Text()
            for i, step in enumerate(row.steps):
                if i:
                    line.append("  ·  ", style="dim")
                line.append(f"{step.label} ")
                line.append(str(step.given), style="bold")
            line.append(f"   ({row.rated_by})", style="dim")
        parts.append(Padding(Group(title, Padding(line, (0, 0, 0, 3))), (0, 0, 0, 0)))
    parts.append(Text(""))
    for heading, items, none in ((view.labels["strongest"], view.strongest, view.labels["none_strong"]),
                                 (view.labels["growth"], view.growth, view.labels["none_growth"])):
        parts.append(_heading(heading))
        if items:
            for item in items:
                line = Text("• ")
                line.append(item.title + mark_suffix(item.authored), style="bold")
                line.append(": " + item.sentence)
                parts.append(line)
        else:
            parts.append(Text(none, style="italic"))
        parts.append(Text(""))
    parts.append(_heading(view.labels["questions"]))
    parts += [Text(f"{i}. {q}") for i, q in enumerate(view.questions, 1)]
    if view.notes:
        parts.append(Text(""))
        parts.append(_heading(view.labels["notes"]))
        parts += [Text("• " + note) for note in view.notes]
    parts.append(Text(""))
    parts += [Text(line, style="dim") for line in view.footer]
    return Group(*parts)
