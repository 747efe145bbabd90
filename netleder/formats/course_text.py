"""The course view on the terminal (rich): per competence, the count on each step of the scale;
then where the group is strongest and most wants to grow, and questions for the talk."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text

from netleder.formats.terminal_layout import NO_BREAK, KeptText, Rows, bullets
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
            # a step's label and its count never part at the end of a line
            line = KeptText()
            for i, step in enumerate(row.steps):
                if i:
                    line.append("  ·  ", style="dim")
                line.append(step.label.replace(" ", NO_BREAK) + NO_BREAK)
                line.append(str(step.given), style="bold")
            line.append("   " + row.rated_by.replace(" ", NO_BREAK).join("()"), style="dim")
        parts.append(Padding(Group(title, Padding(line, (0, 0, 0, 3))), (0, 0, 0, 0)))
    parts.append(Text(""))
    for heading, items, none in ((view.labels["strongest"], view.strongest, view.labels["none_strong"]),
                                 (view.labels["growth"], view.growth, view.labels["none_growth"])):
        parts.append(_heading(heading))
        if items:
            found = []
            for item in items:
                line = Text(item.title + mark_suffix(item.authored), style="bold")
                line.append(": " + item.sentence)
                found.append(line)
            parts.append(bullets(found, min_label=1))
        else:
            parts.append(Text(none, style="italic"))
        parts.append(Text(""))
    parts.append(_heading(view.labels["questions"]))
    questions = Rows()
    for i, question in enumerate(view.questions, 1):
        questions.add_row(f"{i}.", Text(question))
    parts.append(questions)
    if view.notes:
        parts.append(Text(""))
        parts.append(_heading(view.labels["notes"]))
        parts.append(bullets(list(view.notes), min_label=1))
    parts.append(Text(""))
    parts += [Text(line, style="dim") for line in view.footer]
    return Group(*parts)
