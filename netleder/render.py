"""Rich renderables for the terminal: the model (phases, competences).

Colour and bold are decoration only: every renderable reads the same in black and white,
piped, with NO_COLOR or at 60 columns (numbers, headings and markers are text).
Reflection views (summary, history, comparison) live in render_summary.py and render_history.py.
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.segment import Segment
from rich.text import Text as RichText

from netleder.content import Competence, CompetenceSet, Phase, PhaseSet
from netleder.i18n import t

AUTHORED_MARK = "†"


def mark(source: str) -> str:
    return f" {AUTHORED_MARK}" if source == "authored" else ""


def heading(text: str) -> RenderableType:
    """A bold title underlined with a rule; the rule is cut to the width, never wrapped."""
    rule = RichText("─" * min(len(text), 60), style="dim", no_wrap=True, overflow="crop")
    return Group(RichText(text, style="bold"), rule)


def _number(value: int | None) -> str:
    return f"{value}." if value is not None else t("phase.unnumbered")


def authored_key(builtin: bool, short: bool = False) -> str:
    """Who wrote the texts marked †: the netleder project (built-in content), or whoever wrote
    a custom content file (it marks them `source: authored`)."""
    if short:
        return "print.authored_short" if builtin else "print.authored_short_custom"
    return "footer.authored" if builtin else "footer.authored_custom"


def authored_note(lang: str, builtin: bool = True) -> RichText:
    return RichText(t(authored_key(builtin), lang, mark=AUTHORED_MARK), style="dim italic")


def source_note(about, lang: str) -> RichText | None:
    if about.source_name is None:
        return None
    return RichText(t("footer.source", lang, source=about.source_name(lang)), style="dim")


def phases_overview(content: PhaseSet, lang: str) -> RenderableType:
    rows = [
        (_number(p.number), p.title(lang) + mark(p.source), p.purpose(lang)) for p in content.phases
    ]
    parts: list[RenderableType] = [heading(t("phases.heading", lang)), RichText(""), _entries(rows)]
    parts += _footer(content.about, lang, content.builtin)
    return Group(*parts)


def phase_detail(phase: Phase, content: PhaseSet, lang: str) -> RenderableType:
    label = t("phase.label", lang, number=phase.number) + ": " if phase.number else ""
    parts: list[RenderableType] = [heading(f"{label}{phase.title(lang)}{mark(phase.source)}"), RichText("")]
    parts.append(RichText(t("phase.purpose", lang), style="bold"))
    parts.append(Padding(RichText(phase.purpose(lang)), (0, 0, 1, 2), expand=False))
    parts += _questions(t("phase.questions", lang), phase.questions, lang)
    parts.append(RichText(t("phase.tools", lang), style="bold"))
    if phase.tools:
        parts.append(_bullets([tool(lang) for tool in phase.tools]))
    else:
        parts.append(Padding(RichText(t("phase.no_tools", lang), style="italic"), (0, 0, 1, 2), expand=False))
    parts += _footer(content.about, lang, content.builtin)
    return Group(*parts)


def competences_overview(content: CompetenceSet, lang: str) -> RenderableType:
    count = len(content.competences)
    title = t("competences.heading", lang) if count == 10 else t("competences.heading_n", lang, count=count)
    rows = [
        (_number(c.number), c.title(lang) + mark(c.source), c.description(lang)) for c in content.competences
    ]
    parts: list[RenderableType] = [heading(title), RichText(""), _entries(rows)]
    parts.append(scale_view(content, lang))
    parts += _footer(content.about, lang, content.builtin)
    return Group(*parts)


def competence_detail(comp: Competence, content: CompetenceSet, lang: str) -> RenderableType:
    label = t("competence.label", lang, number=comp.number)
    parts: list[RenderableType] = [heading(f"{label}: {comp.title(lang)}{mark(comp.source)}"), RichText("")]
    parts.append(Padding(RichText(comp.description(lang)), (0, 0, 1, 0), expand=False))
    parts += _questions(t("competence.questions", lang), comp.questions, lang)
    parts += _footer(content.about, lang, content.builtin)
    return Group(*parts)


def scale_view(content: CompetenceSet, lang: str) -> RenderableType:
    lines = RichText(t("scale.heading", lang), style="bold")
    for level in content.scale:
        lines.append(f"\n  {level.value}  ")
        lines.append(level.label(lang))
    return Padding(lines, (0, 0, 1, 0), expand=False)


def questions_marked(questions) -> tuple[bool, list[str]]:
    """Whether to mark the heading (all authored) instead of each question."""
    return all(q.source == "authored" for q in questions), [q.source for q in questions]


def _questions(title: str, questions, lang: str) -> list[RenderableType]:
    all_authored, _ = questions_marked(questions)
    head = RichText(title + (f" {AUTHORED_MARK}" if all_authored else ""), style="bold")
    items = [q.text(lang) + ("" if all_authored else mark(q.source)) for q in questions]
    return [head, _numbered(items)]


class Rows:
    """Rows of a right-aligned label and a body that wraps under itself (a hanging indent).

    A light stand-in for rich's Table.grid, which costs a noticeable share of start-up.
    """

    def __init__(self, min_label: int = 0) -> None:
        self.rows: list[tuple[RichText, RenderableType]] = []
        self.min_label = min_label

    def add_row(self, label: "str | RichText", body: "RenderableType") -> None:
        self.rows.append((RichText(label) if isinstance(label, str) else label, body))

    def __rich_console__(self, console, options):
        width = max([self.min_label] + [label.cell_len for label, _ in self.rows])
        body_options = options.update(width=max(10, options.max_width - width - 1))
        for label, body in self.rows:
            lines = console.render_lines(body, body_options, pad=False) if body != "" else [[]]
            for i, line in enumerate(lines):
                prefix = label.copy() if i == 0 else RichText("")
                prefix.align("right", width)
                yield from prefix.render(console)
                yield Segment(" ")
                yield from line
                yield Segment.line()


def _entries(rows: list[tuple[str, str, str]]) -> RenderableType:
    """Numbered entries with a bold title and a body, the body under the title."""
    grid = Rows()
    for number, title, body in rows:
        grid.add_row(RichText(number, style="bold cyan"), RichText(title, style="bold"))
        grid.add_row("", RichText(body))
        grid.add_row("", "")
    return grid


def _numbered(items: list[str]) -> RenderableType:
    grid = Rows()
    for i, text in enumerate(items, 1):
        grid.add_row(f"  {i}.", RichText(text))
    return Padding(grid, (0, 0, 1, 0), expand=False)


def bullets(items: "list[str | RichText]", min_label: int = 3) -> RenderableType:
    grid = Rows(min_label)
    for text in items:
        grid.add_row("•", RichText(text) if isinstance(text, str) else text)
    return grid


def _bullets(items: list[str]) -> RenderableType:
    return Padding(bullets(items), (0, 0, 1, 0), expand=False)


def _footer(about, lang: str, builtin: bool = True) -> list[RenderableType]:
    parts: list[RenderableType] = []
    note = source_note(about, lang)
    if note is not None:
        parts.append(note)
    parts.append(authored_note(lang, builtin))
    return parts
