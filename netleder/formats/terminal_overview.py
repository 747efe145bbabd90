"""The overview a wizard ends with: ratings one line each, strengths, growth areas and next
steps, small enough to stay in view on a 40-row terminal under the full summary."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text

from netleder.formats.terminal import draw_rating
from netleder.formats.terminal_layout import bullets
from netleder.safe_text import user_text
from netleder.views.labels import mark_suffix
from netleder.views.summary import SummaryView

STEP_WIDTH = 160  # characters of a next step in the overview (the full text is above)


def overview(view: SummaryView, title: str) -> RenderableType:
    parts: list[RenderableType] = []
    head = Text(f"{title} – {view.title}", style="bold")
    head.append("\n" + "═" * min(len(head.plain), 60), style="dim")
    parts.append(head)
    for fact in view.facts:
        if fact.key == "network":
            parts.append(Text(f"{fact.label}: {user_text(fact.value) if fact.own else fact.value}"))
    width = max((r.steps for s in view.sections if s.key == "ratings" for r in s.items), default=0)
    labels = max((len(r.label) for s in view.sections if s.key == "ratings" for r in s.items), default=0)
    marked = False  # whether anything shown here carries the authored mark
    for section in view.sections:
        shown = section.items if section.key in ("ratings", "strengths", "highest", "growth", "next_steps") else ()
        marked = marked or section.authored or any(item.authored for item in shown)
        if section.key == "ratings":
            parts.append(Text(section.heading + mark_suffix(section.authored), style="bold"))
            for r in section.items:
                line = draw_rating(r)
                line.pad_right(width + 1 + labels - len(line.plain) + 1)
                line.append(r.title + mark_suffix(r.authored))
                parts.append(line)
        elif section.key in ("strengths", "highest", "growth"):
            line = Text(section.heading + mark_suffix(section.authored) + ": ", style="bold")
            line.append(", ".join(r.title + mark_suffix(r.authored) for r in section.items))
            parts.append(line)
        elif section.key == "balance":
            parts.append(Text(section.items[0], style="italic"))
        elif section.key == "next_steps":
            parts.append(Text(section.heading + ":", style="bold"))
            steps = []
            for s in section.items:
                step = " ".join(s.text.split())
                step = step if len(step) <= STEP_WIDTH else step[: STEP_WIDTH - 1] + "…"
                item = Text(s.title + mark_suffix(s.authored) + ": ", style="bold")
                item.append(user_text(step), style="")
                steps.append(item)
            parts.append(bullets(steps, min_label=1))  # a wrapped step hangs under its own text
    if marked:
        parts.append(Text(view.authored_note, style="dim italic"))
    return Group(Text(""), *parts)
