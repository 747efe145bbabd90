"""The terminal writer for the model's handouts: phases, competences and the one-screen
overview (`netleder phases`, `competences`, `phases --overview`). Its own module so that these
commands import neither the reflection views nor their writer (netleder/formats/terminal.py).
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text

from netleder.content.model import Competence, CompetenceSet, Phase, PhaseSet
from netleder.formats.terminal_layout import KeptText, Rows, plain_bullets
from netleder.i18n import t
from netleder.views.labels import (
    AUTHORED_MARK,
    authored_key,
    competences_framing,
    mark,
    mark_suffix,
    questions_marked,
    source_key,
)
from netleder.views.provenance import questions_said_once, scale_said_once


def heading(text: str) -> RenderableType:
    """A bold title underlined with a rule; the rule is cut to the width, never wrapped."""
    rule = Text("─" * min(len(text), 60), style="dim", no_wrap=True, overflow="crop")
    return Group(Text(text, style="bold"), rule)


def _number(value: int | None, lang: str) -> str:
    return f"{value}." if value is not None else t("phase.unnumbered", lang)


def authored_note(lang: str, builtin: bool = True) -> Text:
    return Text(t(authored_key(builtin), lang, mark=AUTHORED_MARK), style="dim italic")


def source_note(about, lang: str, builtin: bool = True) -> Text | None:
    if about.source_name is None:
        return None
    return Text(t(source_key(builtin), lang, source=about.source_name(lang)), style="dim")


def phases(content: PhaseSet, chosen: list[Phase] | None, lang: str, comps: CompetenceSet | None = None) -> RenderableType:
    """All phases as an overview, or one phase in full (with its competences in play, given `comps`)."""
    return phases_overview(content, lang) if chosen is None else phase_detail(chosen[0], content, lang, comps)


def overview(view) -> RenderableType:
    """The model on one screen: the phases as a flow, top to bottom, each with its one line and
    the competences most in play. Fits 80 columns (and 60): every line wraps under its own."""
    lang = view.lang
    grid = Rows(min_label=2)
    for i, card in enumerate(view.cards):
        if i:
            grid.add_row(Text("↓", style="dim"), "")
        grid.add_row(Text(_number(card.number, lang).rstrip("."), style="bold cyan"),
                     Text(card.title + mark_suffix(card.authored), style="bold"))
        grid.add_row("", Text(card.brief))
        if card.in_play:
            authored = all(item.authored for item in card.in_play)
            line = KeptText(t("in_play.short", lang) + mark_suffix(authored) + ": ", style="italic")
            # a no-break space keeps each number with its title when the line wraps
            line.append(" · ".join(f"{item.number}\u00a0{item.title}{mark_suffix(item.title_authored)}"
                                   f"{'' if authored else mark_suffix(item.authored)}" for item in card.in_play))
            grid.add_row("", line)
    parts: list[RenderableType] = [heading(view.title), Text(""), grid, Text("")]
    if view.in_play_note:
        parts += [Text(view.in_play_note, style="italic"), Text("")]
    parts += _footer(view.about, lang, view.builtin, view.provenance_line or None)
    return Group(*parts)


def in_play_section(items, lang: str) -> list[RenderableType]:
    """A phase's competences in play, each with its reason, as a section of its page."""
    if not items:
        return []
    authored = all(item.authored for item in items)
    parts: list[RenderableType] = [Text(t("in_play.heading", lang) + mark_suffix(authored), style="bold")]
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
    return competences_overview(content, lang) if chosen is None else competence_detail(chosen[0], content, lang, phases)


def phases_overview(content: PhaseSet, lang: str) -> RenderableType:
    rows = [
        (_number(p.number, lang), p.title(lang) + mark(p.source), p.purpose(lang)) for p in content.phases
    ]
    parts: list[RenderableType] = [heading(t("phases.heading", lang)), Text(""), _entries(rows)]
    parts += _footer(content.about, lang, content.builtin)
    return Group(*parts)


def phase_detail(phase: Phase, content: PhaseSet, lang: str, comps: CompetenceSet | None = None) -> RenderableType:
    label = t("phase.label", lang, number=phase.number) + ": " if phase.number else ""
    parts: list[RenderableType] = [heading(f"{label}{phase.title(lang)}{mark(phase.source)}"), Text("")]
    # the phase's source covers its purpose and tools: each section says so, not only the title
    parts.append(Text(t("phase.purpose", lang) + mark(phase.source), style="bold"))
    parts.append(Padding(Text(phase.purpose(lang)), (0, 0, 1, 2), expand=False))
    parts += _questions(t("phase.questions", lang), phase.questions, lang)
    from netleder.views.phases import in_play_items, in_play_note  # not needed by the short list

    parts += in_play_section(in_play_items(phase, content, comps, lang), lang)
    note = in_play_note(content, comps, lang) if phase.in_play else None
    if note:
        parts += [Text(note, style="italic"), Text("")]
    if phase.tools:
        parts.append(Text(t("phase.tools", lang) + mark(phase.source), style="bold"))
        parts.append(plain_bullets([tool(lang) for tool in phase.tools]))
    parts += _footer(content.about, lang, content.builtin)
    return Group(*parts)


def competences_overview(content: CompetenceSet, lang: str) -> RenderableType:
    count = len(content.competences)
    title = t("competences.heading", lang) if count == 10 else t("competences.heading_n", lang, count=count)
    rows = [
        (_number(c.number, lang), c.title(lang) + mark(c.source), c.description(lang)) for c in content.competences
    ]
    parts: list[RenderableType] = [heading(title), Text("")]
    framing = competences_framing(content, lang)
    if framing:
        parts += [Text(framing, style="italic"), Text("")]
    parts += [_entries(rows), scale_view(content, lang)]
    parts += _footer(content.about, lang, content.builtin)
    return Group(*parts)


def competence_detail(comp: Competence, content: CompetenceSet, lang: str, phases: PhaseSet | None = None) -> RenderableType:
    label = t("competence.label", lang, number=comp.number)
    parts: list[RenderableType] = [heading(f"{label}: {comp.title(lang)}{mark(comp.source)}"), Text("")]
    parts.append(Padding(Text(comp.description(lang)), (0, 0, 1, 0), expand=False))
    parts += _questions(t("competence.questions", lang), comp.questions, lang, questions_said_once(content))
    from netleder.views.phases import phases_calling_on

    calling = phases_calling_on(comp.id, phases, content, lang)
    if calling:
        authored = all(p.authored for p in calling)
        parts.append(Text(t("in_play.phases", lang) + mark_suffix(authored), style="bold"))
        grid = Rows()
        for p in calling:
            body = Text(p.label + ("" if authored else mark_suffix(p.authored)), style="bold")
            body.append("\n" + p.reason)
            grid.add_row("  •", body)
        parts.append(Padding(grid, (0, 0, 1, 0), expand=False))
    parts += _footer(content.about, lang, content.builtin)
    return Group(*parts)


def scale_view(content: CompetenceSet, lang: str) -> RenderableType:
    marked = content.scale_source == "authored" and not scale_said_once(content)  # else said in the line
    lines = Text(t("scale.heading", lang) + (f" {AUTHORED_MARK}" if marked else ""),
                 style="bold")
    if content.scale_question is not None:
        lines.append("\n  " + content.scale_question(lang), style="italic")
    for level in content.scale:
        lines.append(f"\n  {level.value}  ")
        lines.append(level.label(lang))
    return Padding(lines, (0, 0, 1, 0), expand=False)


def _questions(title: str, questions, lang: str, said_once: bool = False) -> list[RenderableType]:
    """`said_once`: the questions are the project's in full and the page's line says so (no mark)."""
    all_authored, _ = questions_marked(questions)
    head = Text(title + (f" {AUTHORED_MARK}" if all_authored and not said_once else ""), style="bold")
    items = [q.text(lang) + ("" if all_authored else mark(q.source)) for q in questions]
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


def _footer(about, lang: str, builtin: bool = True, line: str | None = None) -> list[RenderableType]:
    parts: list[RenderableType] = []
    note = source_note(about, lang, builtin)
    if note is not None:
        parts.append(note)
    parts.append(Text(line, style="dim italic") if line else authored_note(lang, builtin))
    return parts
