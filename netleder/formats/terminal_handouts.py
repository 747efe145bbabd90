"""The terminal writer for the model's handouts: phases, competences and the one-screen
overview (`netleder phases`, `competences`, `phases --overview`). It lays out the handouts' views
(netleder.views.handouts, netleder.views.phases), the same the HTML and Markdown writers draw.
Its own module so that these commands import neither the reflection views nor their writer
(netleder/formats/terminal.py).
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text

from netleder.content.model import Competence, CompetenceSet, Phase, PhaseSet
from netleder.formats.terminal_layout import KeptText, Rows, plain_bullets
from netleder.views.labels import AUTHORED_MARK, mark_suffix


def heading(text: str) -> RenderableType:
    """A bold title underlined with a rule; the rule is cut to the width, never wrapped."""
    rule = Text("─" * min(len(text), 60), style="dim", no_wrap=True, overflow="crop")
    return Group(Text(text, style="bold"), rule)


def phases(content: PhaseSet, chosen: list[Phase] | None, lang: str, comps: CompetenceSet | None = None) -> RenderableType:
    """All phases as an overview, or one phase in full (with its competences in play, given `comps`)."""
    from netleder.views.handouts import phases_handout

    if chosen is None:  # the short list: no competences in play
        return phases_overview(phases_handout(content, None, lang))
    return phase_detail(phases_handout(content, chosen[:1], lang, comps))


def overview(view) -> RenderableType:
    """The model on one screen: the phases as a flow, top to bottom, each with its one line and
    the competences most in play. Fits 80 columns (and 60): every line wraps under its own."""
    grid = Rows(min_label=2)
    for i, card in enumerate(view.cards):
        if i:
            grid.add_row(Text("↓", style="dim"), "")
        grid.add_row(Text(card.number_label, style="bold cyan"), Text(card.title + mark_suffix(card.authored), style="bold"))
        grid.add_row("", Text(card.brief))
        if card.in_play:
            authored = all(item.authored for item in card.in_play)
            line = KeptText(view.in_play_short + mark_suffix(authored) + ": ", style="italic")
            # a no-break space keeps each number with its title when the line wraps
            line.append(" · ".join(f"{item.number}\u00a0{item.title}{mark_suffix(item.title_authored)}"
                                   f"{'' if authored else mark_suffix(item.authored)}" for item in card.in_play))
            grid.add_row("", line)
    parts: list[RenderableType] = [heading(view.title), Text(""), grid, Text("")]
    if view.in_play_note:
        parts += [Text(view.in_play_note, style="italic"), Text("")]
    parts += _footer(view, view.provenance_line or None)
    return Group(*parts)


def in_play_section(items, label: str) -> list[RenderableType]:
    """A phase's competences in play, each with its reason, as a section of its page."""
    if not items:
        return []
    authored = all(item.authored for item in items)
    parts: list[RenderableType] = [Text(label + mark_suffix(authored), style="bold")]
    grid = Rows()
    for item in items:
        body = Text(item.title + mark_suffix(item.title_authored) + ("" if authored else mark_suffix(item.authored)),
                    style="bold")
        body.append("\n" + item.reason)
        grid.add_row(f"  {item.number}.", body)
    return parts + [Padding(grid, (0, 0, 1, 0), expand=False)]


def competences(content: CompetenceSet, chosen: list[Competence] | None, lang: str, phases: PhaseSet | None = None) -> RenderableType:
    """All competences with the scale, or one competence in full (and, given `phases`, the
    phases in which it is most in play)."""
    from netleder.views.handouts import competences_handout

    if chosen is None:
        return competences_overview(competences_handout(content, None, lang))
    return competence_detail(competences_handout(content, chosen[:1], lang, phases))


def phases_overview(view) -> RenderableType:
    rows = [(p.number_label, p.title + mark_suffix(p.authored), p.purpose) for p in view.phases]
    parts: list[RenderableType] = [heading(view.title), Text(""), _entries(rows)]
    parts += _footer(view)
    return Group(*parts)


def phase_detail(view) -> RenderableType:
    phase = view.phases[0]
    mark = mark_suffix(phase.authored)
    parts: list[RenderableType] = [heading(phase.heading + mark), Text("")]
    # the phase's source covers its purpose and tools: each section says so, not only the title
    parts.append(Text(view.purpose_label + mark, style="bold"))
    parts.append(Padding(Text(phase.purpose), (0, 0, 1, 2), expand=False))
    parts += _questions(view.questions_label, phase.questions, phase.questions_authored)
    parts += in_play_section(phase.in_play, view.in_play_label)
    if view.in_play_note:
        parts += [Text(view.in_play_note, style="italic"), Text("")]
    if phase.tools:
        parts.append(Text(view.tools_label + mark, style="bold"))
        parts.append(plain_bullets(list(phase.tools)))
    parts += _footer(view)
    return Group(*parts)


def competences_overview(view) -> RenderableType:
    rows = [(f"{c.number}.", c.title + mark_suffix(c.authored), c.description) for c in view.competences]
    parts: list[RenderableType] = [heading(view.title), Text("")]
    if view.framing:
        parts += [Text(view.framing, style="italic"), Text("")]
    parts += [_entries(rows), scale_view(view)]
    parts += _footer(view)
    return Group(*parts)


def competence_detail(view) -> RenderableType:
    comp = view.competences[0]
    parts: list[RenderableType] = [heading(view.title + mark_suffix(comp.authored)), Text("")]
    parts.append(Padding(Text(comp.description), (0, 0, 1, 0), expand=False))
    parts += _questions(view.questions_label, comp.questions, comp.questions_authored)
    if view.calling:
        authored = view.calling_authored
        parts.append(Text(view.calling_label + mark_suffix(authored), style="bold"))
        grid = Rows()
        for p in view.calling:
            body = Text(p.label + ("" if authored else mark_suffix(p.authored)), style="bold")
            body.append("\n" + p.reason)
            grid.add_row("  •", body)
        parts.append(Padding(grid, (0, 0, 1, 0), expand=False))
    parts += _footer(view)
    return Group(*parts)


def scale_view(view) -> RenderableType:
    lines = Text(view.scale_heading + (f" {AUTHORED_MARK}" if view.scale_authored else ""), style="bold")
    if view.scale_question is not None:
        lines.append("\n  " + view.scale_question, style="italic")
    for step in view.scale:
        lines.append(f"\n  {step.value}  ")
        lines.append(step.label)
    return Padding(lines, (0, 0, 1, 0), expand=False)


def _questions(title: str, questions, all_authored: bool) -> list[RenderableType]:
    """The heading is marked where every question is the project's, else each question is (and
    neither where the page's line says it once: the view then marks none)."""
    head = Text(title + (f" {AUTHORED_MARK}" if all_authored else ""), style="bold")
    items = [q.text + ("" if all_authored else mark_suffix(q.authored)) for q in questions]
    return [head, _numbered(items)]


def _entries(rows: list[tuple[str, str, str]]) -> RenderableType:
    """Numbered entries with a bold title and a body, the body under the title."""
    grid = Rows()
    for number, title, body in rows:
        grid.add_row(Text(number, style="bold cyan"), Text(title, style="bold"))
        grid.add_row("", Text(body))
        grid.add_row("", "")
    return grid


def _numbered(items: list[str]) -> RenderableType:
    grid = Rows()
    for i, text in enumerate(items, 1):
        grid.add_row(f"  {i}.", Text(text))
    return Padding(grid, (0, 0, 1, 0), expand=False)


def _footer(view, line: str | None = None) -> list[RenderableType]:
    """The source line, then what the mark means (or `line`, the page's own line about it)."""
    parts: list[RenderableType] = []
    if view.source_note is not None:
        parts.append(Text(view.source_note, style="dim"))
    parts.append(Text(line, style="dim italic") if line else Text(view.authored_note, style="dim italic"))
    return parts
