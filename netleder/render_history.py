"""Rich views of reflections over time: the history list, a competence's trend, a comparison.

Pure: takes Reflections (and the phases, for labels) and a language; no store, no prompts.
What is computed (strengths, growth areas, changes) comes from netleder.reflection.

Rules of the drawing (as in render_summary):
- Every change is a sign and a number (`↑ +1`, `↓ −2`, `= 0`, `ny`, `—`) and every rating a
  bar with its number, so everything reads in black and white, piped and with NO_COLOR.
- The leader's own text (network names, next steps, notes) is a rich Text made safe with
  render_summary.user_text, never markup.
- The history and the trend are laid out by `LineTable`, a small column layout that yields
  segments directly: rich's Table measures every cell and takes ~0.4 s for 1,000 rows, which
  is more than `netleder history` may spend (benchmarks/bench.py: ≤ 1.5 × one reflection).
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.padding import Padding
from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Text

from netleder.i18n import t
from netleder.reflection import FollowUp, Reflection, compare
from netleder.render_summary import competence_title, follow_up_label, rating_bar, user_text

MINUS = "\u2212"  # a real minus sign: "−2" reads better than "-2"
GAP = 2

# A cell is a list of lines; a line is a list of (text, style) spans.
Span = tuple[str, str]
Cell = list[list[Span]]


def cell(text: str, style: str = "") -> Cell:
    return [[(line, style)] for line in (text.split("\n") if text else [""])]


def _spans_width(spans: list[Span]) -> int:
    return sum(cell_len(text) for text, _ in spans)


def _wrap(text: str, width: int) -> list[str]:
    """Words into lines of at most `width` cells; a word longer than that is cut."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            while cell_len(word) > width:
                if line:
                    lines.append(line)
                    line = ""
                cut = width
                while cell_len(word[:cut]) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            if not line:
                line = word
            elif cell_len(line) + 1 + cell_len(word) <= width:
                line += " " + word
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines or [""]


@dataclass
class LineTable:
    """Columns of plain cells under a bold header; `flex` columns wrap to fit the width."""

    headers: list[str]
    rows: list[list[Cell]]
    flex: tuple[int, ...] = ()
    right: tuple[int, ...] = ()

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        n = len(self.headers)
        natural = [cell_len(h) for h in self.headers]
        for row in self.rows:
            for i, c in enumerate(row):
                for line in c:
                    w = _spans_width(line)
                    if w > natural[i]:
                        natural[i] = w
        widths = list(natural)
        fixed = sum(w for i, w in enumerate(widths) if i not in self.flex) + GAP * (n - 1)
        room = max(options.max_width - fixed, 6 * max(len(self.flex), 1))
        wanted = sum(natural[i] for i in self.flex)
        if self.flex and wanted > room:
            for i in self.flex:
                widths[i] = max(6, room * natural[i] // wanted)
        styles: dict[str, Style] = {}

        def style(name: str) -> Style | None:
            if not name:
                return None
            if name not in styles:
                styles[name] = console.get_style(name)
            return styles[name]

        def emit(lines_per_col: list[list[list[Span]]]) -> RenderResult:
            height = max(len(c) for c in lines_per_col)
            for k in range(height):
                out: list[Segment] = []
                for i, c in enumerate(lines_per_col):
                    spans = c[k] if k < len(c) else []
                    pad = widths[i] - _spans_width(spans)
                    last = i == n - 1
                    if i in self.right and pad > 0:
                        out.append(Segment(" " * pad))
                    out.extend(Segment(text, style(s)) for text, s in spans if text)
                    if not last:
                        out.append(Segment(" " * ((pad if i not in self.right else 0) + GAP)))
                while out and out[-1].text.isspace():  # no trailing spaces
                    out.pop()
                yield from out
                yield Segment.line()

        yield from emit([[[(h, "bold")]] for h in self.headers])
        yield from emit([[[("─" * widths[i], "dim")]] for i in range(n)])
        for row in self.rows:
            cols = []
            for i, c in enumerate(row):
                if i in self.flex:
                    wrapped: list[list[Span]] = []
                    for line in c:
                        plain = "".join(text for text, _ in line)
                        first_style = line[0][1] if line else ""
                        wrapped += [[(part, first_style)] for part in _wrap(plain, widths[i])]
                    cols.append(wrapped)
                else:
                    cols.append(c)
            yield from emit(cols)


def heading(text: str) -> Text:
    head = Text(text, style="bold")
    head.append("\n" + "─" * min(cell_len(text), 60), style="dim")
    return head


def change_text(before: int | None, after: int | None, lang: str) -> str:
    """`↑ +1`, `↓ −2`, `= 0`; `ny` when only `after` is rated; `—` when `after` is not."""
    if after is None:
        return "—"
    if before is None:
        return t("compare.new", lang)
    delta = after - before
    if delta > 0:
        return f"↑ +{delta}"
    if delta < 0:
        return f"↓ {MINUS}{-delta}"
    return "= 0"


def short_ids(ids: list[str]) -> dict[str, str]:
    """Ids as shown: netleder's own (6 characters) in full, longer ones cut to a unique prefix."""
    out = {rid: rid for rid in ids if len(rid) <= 8}
    longer = sorted(rid for rid in ids if len(rid) > 8)
    everything = sorted(ids)
    for rid in longer:
        i = everything.index(rid)
        neighbours = [everything[j] for j in (i - 1, i + 1) if 0 <= j < len(everything)]
        common = max((_common(rid, other) for other in neighbours), default=0)
        out[rid] = rid[: max(6, common + 1)]
    return out


def _common(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _phase_label(phase_id: str | None, phases, lang: str) -> str:
    if not phase_id:
        return "–"
    phase = phases.find(phase_id) if phases is not None else None
    if phase is None:
        return phase_id
    return str(phase.number) if phase.number else phase.title(lang)


# --- history -------------------------------------------------------------------------------


def history_view(reflections: list[Reflection], phases, lang: str, network: str | None = None) -> RenderableType:
    """The reflections as given (newest first): id, date, network, phase, count, strength, growth."""
    shown = short_ids([r.id for r in reflections])
    legend: dict[tuple[int, str], None] = {}
    rows: list[list[Cell]] = []
    for r in reflections:
        summary = r.summary()
        snapshot = r.snapshot
        date: Cell = [[((r.created_at or "")[:10], "")]]
        if not r.complete:
            date.append([(t("history.draft", lang), "italic")])
        total = len(snapshot.competences)
        count = str(total) if r.complete else f"{sum(1 for v in r.ratings.values() if v is not None)}/{total}"
        picks = []
        for ids in (summary.strengths, summary.growth):
            comp = snapshot.competence(ids[0]) if ids else None
            if comp is None:
                picks.append(cell(ids[0] if ids else "–"))
            else:
                legend[(comp.number, comp.title(lang))] = None
                picks.append(cell(str(comp.number)))
        rows.append([
            cell(shown[r.id], "bold"), date, cell(user_text(r.network) or "–"),
            cell(_phase_label(r.phase, phases, lang)), cell(count), *picks,
        ])
    title = (t("history.heading_network", lang, network=user_text(network), count=len(reflections)) if network
             else t("history.heading", lang, count=len(reflections)))
    table = LineTable(
        [t(f"history.col.{key}", lang) for key in ("id", "date", "network", "phase", "count", "strength", "growth")],
        rows, flex=(2, 3), right=(4, 5, 6),
    )
    parts: list[RenderableType] = [heading(title), Text(""), table, Text("")]
    notes = Text(t("history.count_note", lang), style="dim")
    if legend:
        notes.append("\n" + t("history.legend", lang), style="dim")
        for number, name in sorted(legend):
            notes.append(f"\n  {number}. {name}", style="dim")
    notes.append("\n" + t("history.hint", lang), style="dim")
    parts.append(notes)
    return Group(*parts)


# --- trend ---------------------------------------------------------------------------------


def trend_view(title: str, points: list[tuple[Reflection, int]], skipped: int, lang: str) -> RenderableType:
    """One competence's rating per reflection, oldest first: date, id, bar, change, network."""
    shown = short_ids([r.id for r, _ in points])
    rows: list[list[Cell]] = []
    before = None
    for r, value in points:
        spans = _fill_spans(rating_bar(value, r.snapshot, lang))
        date: Cell = [[((r.created_at or "")[:10], "")]]
        if not r.complete:
            date.append([(t("history.draft", lang), "italic")])
        rows.append([
            date, cell(shown[r.id], "bold"), [spans],
            cell("" if before is None else change_text(before, value, lang)),
            cell(user_text(r.network) or ""),
        ])
        before = value
    headers = [t("history.col.date", lang), t("history.col.id", lang), t("show.rating", lang),
               t("compare.change", lang), t("history.col.network", lang)]
    parts: list[RenderableType] = [heading(t("trend.heading", lang, competence=title)),
                                   Text(t("trend.order", lang), style="dim"), Text(""),
                                   LineTable(headers, rows, flex=(4,)), Text("")]
    first, last = points[0][1], points[-1][1]
    parts.append(Text(t("trend.summary", lang, first=first, last=last,
                        change=change_text(first, last, lang) if len(points) > 1 else "= 0")))
    if skipped:
        parts.append(Text(t("trend.skipped", lang, count=skipped), style="dim"))
    return Group(*parts)


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


# --- comparison ----------------------------------------------------------------------------


@dataclass(frozen=True)
class StepOutcome:
    competence_id: str
    step: str
    follow_up: FollowUp | None


def step_outcomes(a: Reflection, b: Reflection) -> list[StepOutcome]:
    """A's next steps with how they went: B's follow-ups whose from_id is A's id.

    A follow-up in B on a step of A's that A no longer lists (say A was edited) is kept, with
    the step as the follow-up recorded it.
    """
    mine = {f.competence_id: f for f in b.follow_ups if f.from_id == a.id}
    out = [StepOutcome(cid, step, mine.pop(cid, None)) for cid, step in a.next_steps.items() if step]
    out += [StepOutcome(cid, f.step, f) for cid, f in mine.items()]
    return out


def came_and_went(before: tuple[str, ...], after: tuple[str, ...]) -> tuple[list[str], list[str], list[str]]:
    """(came, went, kept), each in its own reflection's order."""
    return ([c for c in after if c not in before], [c for c in before if c not in after],
            [c for c in after if c in before])


def _title(cid: str, a: Reflection, b: Reflection, lang: str) -> str:
    snapshot = b.snapshot if b.snapshot.competence(cid) is not None else a.snapshot
    return competence_title(snapshot, cid, lang)


def _describe(r: Reflection, lang: str) -> str:
    text = f"{(r.created_at or '')[:10]} ({r.id}"
    if not r.complete:
        text += ", " + t("history.draft", lang)
    return text + ")"


def comparison_view(a: Reflection, b: Reflection, lang: str) -> RenderableType:
    parts: list[RenderableType] = []
    head = heading(t("compare.heading", lang, before=_describe(a, lang), after=_describe(b, lang)))
    networks = [user_text(r.network) for r in (a, b)]
    if any(networks):
        head.append(f"\n{t('summary.network', lang)}: ", style="bold")
        head.append(networks[0] if networks[0] == networks[1] else f"{networks[0] or '–'} → {networks[1] or '–'}")
    parts += [head, Text("")]

    rows = []
    for cid, change in compare(a, b).items():
        rows.append([
            cell(_title(cid, a, b, lang)),
            cell("—" if change.before is None else str(change.before)),
            cell("—" if change.after is None else str(change.after)),
            cell(change_text(change.before, change.after, lang), "bold"),
        ])
    headers = [t("summary.ratings", lang), t("compare.then", lang), t("compare.now", lang), t("compare.change", lang)]
    parts += [LineTable(headers, rows, flex=(0,), right=(1, 2)), Text(t("compare.legend", lang), style="dim"),
              Text("")]

    sa, sb = a.summary(), b.summary()
    for key, before, after in (("compare.strengths", sa.strengths, sb.strengths),
                               ("compare.growth", sa.growth, sb.growth)):
        came, went, kept = came_and_went(before, after)
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True, style="bold")
        grid.add_column()
        for label, ids in (("compare.came", came), ("compare.went", went), ("compare.kept", kept)):
            names = [_title(cid, a, b, lang) for cid in ids]
            grid.add_row(t(label, lang) + ":", "\n".join(names) if names else t("compare.none", lang))
        parts += [heading(t(key, lang)), Padding(grid, (0, 0, 1, 2))]

    date = (a.created_at or "")[:10]
    outcomes = step_outcomes(a, b)
    parts.append(heading(t("compare.steps", lang, date=date)))
    if not outcomes:
        parts.append(Padding(Text(t("compare.no_steps", lang, date=date), style="italic"), (0, 0, 1, 2)))
    else:
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column()
        for o in outcomes:
            item = Text(_title(o.competence_id, a, b, lang), style="bold")
            item.append("\n" + user_text(o.step))
            item.append("\n")
            if o.follow_up is None:
                item.append(t("compare.no_follow_up", lang), style="italic")
            else:
                item.append(follow_up_label(o.follow_up.status, lang), style="bold")
                if o.follow_up.note:
                    item.append(" – " + user_text(o.follow_up.note))
            grid.add_row("•", item)
        parts.append(Padding(grid, (0, 0, 1, 2)))
    return Group(*parts)
