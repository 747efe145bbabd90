"""The terminal writer: every view drawn with rich (handouts, a reflection's summary,
history, trends, comparisons). Colour only decorates; every view reads in black and white,
piped and with NO_COLOR.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text

from netleder.formats.terminal_layout import (
    Cell,
    KeptText,
    Laid,
    LineTable,
    Pieces,
    Rows,
    Span,
    bullets,
    cell,
    spans_cell,
)
from netleder.i18n import t
from netleder.reflection import Reflection, Snapshot
from netleder.safe_text import user_text
from netleder.views.labels import (
    EMPTY,
    FULL,
    mark_suffix,
)

if TYPE_CHECKING:  # the summary's records: `history` draws none of them, and does without their module
    from netleder.views.summary import Rating, SummaryView

SCREEN_LIMIT = 200_000  # characters of one answer drawn on screen; files get every character


def screen_answer(answer: str, lang: str) -> Text:
    """An answer for the terminal. One of many megabytes (pasted by mistake) would take minutes
    to wrap, so the screen shows its first SCREEN_LIMIT characters and says where the rest is."""
    if len(answer) <= SCREEN_LIMIT:
        return Text(user_text(answer))
    out = Text(user_text(answer[:SCREEN_LIMIT]))
    out.append("\n" + t("summary.cut", lang, count=len(answer) - SCREEN_LIMIT), style="italic")
    return out


def draw_rating(r: Rating) -> Text:
    """`████░ Som regel`: the step on the scale by its label, never as a grade; an unrated
    competence shows an empty bar and says so."""
    bar = Text(FULL * r.filled, style="cyan")
    bar.append(EMPTY * (r.steps - r.filled), style="dim")
    bar.append(" ")
    bar.append(r.label, style="italic" if r.value is None else "bold")
    return bar


def rating_bar(value: int | None, snapshot: Snapshot, lang: str) -> Text:
    from netleder.views.summary import rating_of

    return draw_rating(rating_of(snapshot, "", value, lang))


def ratings_view(reflection: Reflection, lang: str, authored: frozenset = frozenset()) -> RenderableType:
    """Every competence in the reflection with its bar: the wizard's review (`authored`: the ids
    whose titles the project wrote, marked *)."""
    grid = _grid()
    snapshot = reflection.snapshot
    for comp in snapshot.competences:
        grid.add_row(Text(f"{comp.number}.", style="bold"), _titled(comp.title(lang), comp.id in authored, "bold"))
        grid.add_row("", rating_bar(reflection.ratings.get(comp.id), snapshot, lang))
    return grid


def summary(view: SummaryView) -> RenderableType:
    """A reflection's summary (netleder.views.summary) for the terminal."""
    parts: list[RenderableType] = [_header(view)]
    for section in view.sections:
        draw = _SECTIONS[section.key]
        if section.heading:
            body = draw(section.items, view)
            if section.note:
                body = Group(KeptText(section.note, style="italic"), body)  # numbers kept with titles
            parts += _section(section.heading + mark_suffix(section.authored), body)
        else:
            parts.append(Padding(draw(section.items, view), (0, 0, 1, 0)))
    if view.source_note:
        parts.append(Text(view.source_note, style="dim"))
    if view.any_authored:
        parts.append(Text(view.authored_note, style="dim italic"))
    return Laid(Group(*parts))  # drawn as rich draws the group, without its generic machinery


def _titled(title: str, authored: bool, style: str = "") -> Text:
    return Text(title + mark_suffix(authored), style=style)


def _draw_ratings(items, view) -> RenderableType:
    grid = _grid()
    for r in items:
        number, _, name = r.title.partition(" ")
        grid.add_row(Text(number, style="bold"), _titled(name, r.authored, "bold"))
        grid.add_row("", draw_rating(r))
    return grid


def _draw_since_last(items, view) -> RenderableType:
    grid = _grid()
    for m in items:
        number, _, name = m.title.partition(" ")
        grid.add_row(Text(number, style="bold"), _titled(name, m.authored, "bold"))
        line = Text(m.before, style="italic" if m.before_value is None else "")
        line.append(" → ")
        line.append(m.after, style="italic" if m.after_value is None else "bold")
        if m.direction:
            line.append(f"  {ARROWS[m.direction]}", style="bold")
        grid.add_row("", line)
    return grid


def _draw_picked(items, view) -> RenderableType:
    out = []
    for r in items:
        item = _titled(r.title, r.authored)
        item.append(f" ({r.label})", style="dim")
        out.append(item)
    return bullets(out)


def _draw_balance(items, view) -> RenderableType:
    return Text(items[0], style="italic")


def _draw_follow_ups(items, view) -> RenderableType:
    out = []
    for f in items:
        item = Text(user_text(f.step))
        item.append("\n")
        item.append(f.status_label, style="bold" if f.status else "italic")
        if f.note:
            item.append(" – ")
            item.append(user_text(f.note))
        if f.title is not None:
            item.append("\n")
            item.append_text(_titled(f.title, f.authored, "dim"))
        out.append(item)
    return bullets(out)


def _draw_steps(items, view) -> RenderableType:
    out = []
    for s in items:
        item = _titled(s.title, s.authored, "bold")
        item.append("\n")
        item.append(user_text(s.text))
        out.append(item)
    return bullets(out)


def _draw_keep_asking(items, view) -> RenderableType:
    blocks: list[RenderableType] = []
    for block in items:
        blocks.append(_titled(block.title, block.authored, "bold"))
        blocks.append(bullets([_titled(q.text, q.authored) for q in block.questions]))
    return Group(*blocks)


def _draw_answers(items, view) -> RenderableType:
    blocks: list[RenderableType] = []
    for block in items:
        blocks.append(_titled(block.title, block.authored, "bold"))
        grid = _grid()
        for i, q in enumerate(block.questions, 1):
            grid.add_row(Text(f"{i}."), _titled(q.text, q.authored, "italic"))
            if q.answer:
                grid.add_row("", Padding(screen_answer(q.answer, view.lang), (0, 0, 0, 2)))
            else:
                grid.add_row("", Padding(Text(view.no_answer, style="dim"), (0, 0, 0, 2)))
        blocks.append(Padding(grid, (0, 0, 1, 0)))
    return Group(*blocks)


_SECTIONS = {
    "ratings": _draw_ratings, "since_last": _draw_since_last, "strengths": _draw_picked, "highest": _draw_picked, "growth": _draw_picked,
    "balance": _draw_balance, "in_play": _draw_picked,
    "follow_ups": _draw_follow_ups, "next_steps": _draw_steps, "keep_asking": _draw_keep_asking,
    "answers": _draw_answers,
}


def _header(view: SummaryView) -> RenderableType:
    head = Text(view.title, style="bold")
    head.append("\n" + "═" * min(len(head.plain), 60), style="dim")
    lines = [head]
    for fact in view.facts:
        line = Text(f"{fact.label}: ", style="bold")
        line.append(user_text(fact.value) if fact.own else fact.value)
        lines.append(line)
    return Padding(Group(*lines), (0, 0, 1, 0))


def _section(title: str, body: RenderableType) -> list[RenderableType]:
    head = Text(title, style="bold")
    head.append("\n" + "─" * min(len(title), 60), style="dim")
    return [head, Padding(body, (0, 0, 1, 0))]


def _grid() -> Rows:
    return Rows(min_label=3)




def section_heading(text: str) -> Text:
    head = Text(text, style="bold")
    from netleder.output import terminal_width

    # never longer than the terminal is wide (a rule that wraps draws a stray piece on its own line)
    head.append("\n" + "─" * min(cell_len(text), 60, terminal_width()), style="dim")
    return head


ARROWS = {"up": "↑", "down": "↓", "same": "="}  # a movement between steps of a scale, never points


def _when(when, complete: bool, draft: str) -> Cell:
    """A date cell: the date in words, the time under it where needed, and a draft marked."""
    if complete and not when.time:
        return cell(when.date)
    lines = [when.date] + ([when.time] if when.time else []) + ([] if complete else [draft])
    return cell("\n".join(lines))


CHUNK = 500  # rows of a long history drawn (and written) at a time


def history_view(reflections, phases, lang: str, network: str | None = None, comps=None,
                 context=None) -> RenderableType:
    """The reflections as given (newest first): id, date, network, phase, count, strength, growth.
    With `comps`, authored titles carry the mark and a line says what it means.

    With a `context` (views.history.Context), `reflections` is a stream that can be read anew
    (the store, walked in batches): the rows are made once to measure the columns and count
    them, and once more to be drawn, CHUNK at a time, so a history of any length is drawn
    without being held in memory."""
    from netleder.views.history import context_of, history_rows
    from netleder.views.history_page import (
        authored_row,
        draft_label,
        history_columns,
        history_frame,
    )

    if context is None:
        reflections = list(reflections)
        context = context_of(reflections)
    cells: dict = {}  # a leader has a few networks, phases and titles: each cell made once

    def once(kind: str, text: str) -> Cell:
        key = (kind, text)
        if key not in cells:
            cells[key] = cell((user_text(text) if kind == "n" else text) or "–")
        return cells[key]

    draft = draft_label(lang)

    def made(titles: bool = True) -> Iterator[tuple]:
        for row in history_rows(reflections, phases, lang, comps, context, titles):
            yield row, [cell(row.id), _when(row.when, row.complete, draft), once("n", row.network),
                        once("p", row.phase), once("c", row.rated), once("t", row.strength or "–"),
                        once("t", row.growth or "–")]

    def table(chunk: list, measured, head: bool) -> LineTable:
        return LineTable(list(history_columns(lang)), chunk, flex=(2, 3), right=(4,), spill=2, below=(5, 6), tight=(1,),
                         measured=measured, head=head)

    def pieces() -> Iterator[RenderableType]:
        # First the rows are measured and counted (without their strength and growth, which
        # are drawn under the row, not in a column), then drawn a piece at a time.
        measure = table([], None, True).measure()
        count = 0
        for _, row_cells in made(titles=False):
            measure.add(row_cells)
            count += 1
        yield section_heading(history_frame(count, False, lang, network, comps).title)
        yield Text("")
        authored = False

        def drawn() -> Iterator[list[Cell]]:
            nonlocal authored
            for row, row_cells in made():
                authored = authored or authored_row(row)
                yield row_cells

        yield from _chunks(drawn(), lambda chunk, head: table(chunk, measure, head))
        page = history_frame(count, authored, lang, network, comps)  # the notes say what was drawn
        yield Text("")
        yield Text("\n".join((*page.notes, page.hint)), style="dim")

    return Pieces(pieces)


def _chunks(rows: Iterator[list[Cell]], table) -> Iterator[RenderableType]:
    """A table's rows as tables of CHUNK rows laid out alike, the first under the header."""
    head = True
    chunk: list = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == CHUNK:
            yield table(chunk, head)
            head, chunk = False, []
    if chunk or head:
        yield table(chunk, head)


def trend_view(title: str, points, skipped: int, lang: str, context=None) -> RenderableType:
    """One competence's rating per reflection, oldest first: date, id, bar, change, network.

    With a `context`, `points` is a stream that can be read anew, drawn as history_view draws
    one; `skipped` may then be a function giving the number once the points have been read."""
    from netleder.views.history import TrendEnd, context_of, trend_points_with
    from netleder.views.history_page import draft_label, trend_columns, trend_frame

    if context is None:
        points = list(points)
        context = context_of([r for r, _ in points])
    draft = draft_label(lang)
    bars: dict = {}  # (snapshot, value) -> its bar's cell: a few scales, a few steps
    networks: dict = {}

    def made(end: TrendEnd) -> Iterator[list[Cell]]:
        for r, value, p in trend_points_with(points, lang, context, end):
            key = (id(r.snapshot), value)
            if key not in bars:  # the snapshot is kept with its bar: its id is not reused while streaming
                bars[key] = (r.snapshot, spans_cell(_fill_spans(rating_bar(value, r.snapshot, lang))))
            if p.network not in networks:
                networks[p.network] = cell(user_text(p.network))
            yield [_when(p.when, p.complete, draft), cell(p.id, "bold"), bars[key][1],
                   cell(ARROWS.get(p.direction, "")), networks[p.network]]

    def table(chunk: list, measured, head: bool) -> LineTable:
        # the date and the rating wrap between words too once the network has its own line (at 40
        # columns a rating's label, "Almost always", was cut at the edge)
        return LineTable(list(trend_columns(lang)), chunk, flex=(4,), spill=4, tight=(0, 2), measured=measured,
                         head=head)

    def pieces() -> Iterator[RenderableType]:
        measure = table([], None, True).measure()  # first the points are measured
        end = TrendEnd()
        for row_cells in made(end):
            measure.add(row_cells)
        missed = skipped() if callable(skipped) else skipped
        page = trend_frame(end.trend("", title, (), missed, lang), title, missed, lang)
        yield section_heading(page.title)
        yield Text(page.order, style="dim")
        yield Text("")
        yield from _chunks(made(TrendEnd()), lambda chunk, head: table(chunk, measure, head))
        yield Text("")
        yield Text(page.summary)
        if page.trend.note:
            yield Text(page.trend.note, style="dim")
        if page.skipped_note:
            yield Text(page.skipped_note, style="dim")

    return Pieces(pieces)


def _fill_spans(text: Text) -> list[Span]:
    """A rich Text as (text, style) spans covering every character."""
    styles = [""] * len(text.plain)
    for s in text.spans:
        for i in range(s.start, min(s.end, len(styles))):
            styles[i] = str(s.style)
    out: list[Span] = []
    for ch, st in zip(text.plain, styles):
        if out and out[-1][1] == st:
            out[-1] = (out[-1][0] + ch, st)
        else:
            out.append((ch, st))
    return out


def comparison_view(a: Reflection, b: Reflection, lang: str, comps=None) -> RenderableType:
    """Two reflections (netleder.views.comparison.comparison_page), the older first whatever the
    order given."""
    from rich.table import Table  # only here: it costs start-up of every other view

    from netleder.views.comparison import comparison_page

    page = comparison_page(a, b, lang, comps)
    head = section_heading(page.heading)
    if page.network:
        head.append(f"\n{page.network_label}: ", style="bold")
        head.append(user_text(page.network))
    parts: list[RenderableType] = [head, Text("")]

    if page.moved:
        rows = [[cell(m.title), cell(m.then), cell(m.now), cell(ARROWS.get(m.direction, ""), "bold")]
                for m in page.moved]
        parts += [LineTable(list(page.columns), rows, flex=(0,), tight=(1, 2)), Text(page.legend, style="dim")]
    else:
        parts.append(Text(page.none_both, style="italic"))
    for heading, titles in page.only:
        parts += [Text(""), Text(heading, style="bold"), bullets(list(titles))]
    parts.append(Text(""))

    for lines in page.lists:
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True, style="bold")
        grid.add_column()
        for label, titles in lines.rows:
            grid.add_row(label + ":", "\n".join(titles) if titles else lines.none)
        parts += [section_heading(lines.heading), Padding(grid, (0, 0, 0, 2)),
                  Padding(Text(lines.note, style="dim"), (0, 0, 1, 2))]

    parts.append(section_heading(page.steps_heading))
    if not page.steps:
        parts.append(Padding(Text(page.no_steps, style="italic"), (0, 0, 1, 2)))
    else:
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column()
        for step in page.steps:
            item = Text(step.title, style="bold")
            item.append("\n" + user_text(step.step))
            item.append("\n")
            item.append(step.status, style="bold" if step.followed_up else "italic")
            if step.note:
                item.append(" – " + user_text(step.note))
            grid.add_row("•", item)
        parts.append(Padding(grid, (0, 0, 1, 2)))
    if page.source_note is not None:
        parts.append(Text(page.source_note, style="dim"))
    if page.authored_note is not None:
        parts.append(Text(page.authored_note, style="dim italic"))
    return Group(*parts)


def history(reflections, phases, lang: str, network: str | None = None, comps=None, context=None) -> RenderableType:
    return history_view(reflections, phases, lang, network, comps, context)


def trend(cid: str, title: str, points, skipped, lang: str, context=None) -> RenderableType:
    return trend_view(title, points, skipped, lang, context)


def comparison(before: Reflection, after: Reflection, lang: str, comps=None) -> RenderableType:
    return comparison_view(before, after, lang, comps)


# --- feedback from others: the leader's view beside others' (netleder.views.feedback) -------


def _feedback_rating(r: Rating) -> Text:
    """A rating beside others': a missing one is only its words, never an empty bar that reads
    like a low score."""
    return draw_rating(r) if r.value is not None else Text(r.label, style="italic dim")


def _feedback_body(view) -> list[RenderableType]:
    """The rows, the comments and the questions: shared by `feedback show` and the section in
    a reflection's summary."""
    words = view.labels_text
    parts: list[RenderableType] = []
    names = {i: user_text(g.name).replace("\n", " ") for i, g in enumerate(view.givers)}
    for row in view.rows:
        grid = _grid()
        own = _feedback_rating(row.own) if row.own is not None else Text(words.own_not_asked, style="dim")
        grid.add_row(Text(words.you, style="bold"), own)
        for o in row.others:
            if o.rating is None:
                grid.add_row(names[o.giver], Text(words.not_asked, style="dim"))
                continue
            grid.add_row(names[o.giver], _feedback_rating(o.rating))
            if o.comment.strip():
                grid.add_row("", Text(user_text(o.quoted), style="italic"))
        parts += [_titled(row.title, row.authored, "bold"), Padding(grid, (0, 0, 1, 2))]
    parts.append(section_heading(words.apart_heading))
    parts.append(Padding(Text(view.apart_note, style="italic"), (0, 0, 0 if view.apart else 1, 0)))
    if view.apart:
        parts.append(Padding(bullets([user_text(a.question) for a in view.apart]), (0, 0, 1, 0)))
    return parts


def feedback(view) -> RenderableType:
    """`netleder feedback show`: the leader's own ratings beside each giver's."""
    head = Text(view.title, style="bold")
    head.append("\n" + "═" * min(len(view.title), 60), style="dim")
    lines: list[RenderableType] = [head]
    if view.network:
        line = Text(view.labels_text.network + ": ", style="bold")
        line.append(user_text(view.network))
        lines.append(line)
    lines.append(Text(view.reflection_note))
    lines += [Text(user_text(line).replace("\n", " ")) for line in view.giver_lines]
    parts: list[RenderableType] = [Padding(Group(*lines), (0, 0, 1, 0)), *_feedback_body(view)]
    if view.any_authored:
        parts.append(Text(view.labels_text.authored, style="dim italic"))
    parts.append(Text(view.private_note, style="dim"))
    return Group(*parts)


def feedback_list(items, lang: str) -> RenderableType:
    """`netleder feedback`: what has been received, newest first (netleder.views.feedback)."""
    from netleder.views.feedback import received_list

    view = received_list(items, lang)
    if view.empty is not None:
        return Text(view.empty)
    rows = [[cell(r.id), cell(r.date), cell(user_text(r.giver).replace("\n", " ")),
             cell(user_text(r.network).replace("\n", " ")), cell(r.rated)] for r in view.rows]
    table = LineTable(list(view.columns), rows, flex=(2, 3))
    return Group(table, Text(""), Text(view.hint, style="dim"))


def _draw_feedback_section(items, view) -> RenderableType:
    return Group(*_feedback_body(items[0]))


_SECTIONS["feedback"] = _draw_feedback_section


def course(view):
    """`netleder course show` (netleder/formats/course_text.py)."""
    from netleder.formats.course_text import course as draw

    return draw(view)
