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
from netleder.reflection import FollowUp, Reflection, came_and_went, compare, step_outcomes
from netleder.render_summary import competence_title, follow_up_label, phase_label, rating_bar, user_text

MINUS = "\u2212"  # a real minus sign: "−2" reads better than "-2"
GAP = 2

# A cell is a list of lines; a line is its (text, style) spans and its width in cells,
# measured once when the cell is made.
Span = tuple[str, str]
Line = tuple[list[Span], int]
Cell = list[Line]


def cell(text: str, style: str = "") -> Cell:
    if "\n" not in text:
        return [([(text, style)], cell_len(text))]
    return [([(line, style)], cell_len(line)) for line in text.split("\n")]


def spans_cell(spans: list[Span]) -> Cell:
    return [(spans, _spans_width(spans))]


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
    """Columns of plain cells under a bold header; `flex` columns wrap to fit the width.

    When the terminal is too narrow for the `spill` column to keep SPILL_MIN cells, that
    column moves out of the row onto its own indented line(s) below it.
    """

    headers: list[str]
    rows: list[list[Cell]]
    flex: tuple[int, ...] = ()
    right: tuple[int, ...] = ()
    spill: int | None = None

    SPILL_MIN = 12

    def _widths(self, natural: list[int], cols: list[int], max_width: int) -> dict[int, int]:
        widths = {i: natural[i] for i in cols}
        flex = [i for i in cols if i in self.flex]
        fixed = sum(w for i, w in widths.items() if i not in flex) + GAP * (len(cols) - 1)
        room = max(max_width - fixed, 6 * max(len(flex), 1))
        wanted = sum(natural[i] for i in flex)
        if flex and wanted > room:
            for i in flex:
                widths[i] = max(min(6, natural[i]), room * natural[i] // wanted)
            while sum(widths[i] for i in flex) > room:  # rounding up above: take it back
                widest = max(flex, key=lambda i: widths[i])
                if widths[widest] <= 6:
                    break
                widths[widest] -= 1
        return widths

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        rows = self.rows
        natural = [cell_len(h) for h in self.headers]
        for row in rows:
            for i, c in enumerate(row):
                for _, w in c:
                    if w > natural[i]:
                        natural[i] = w
        cols = list(range(len(self.headers)))
        widths = self._widths(natural, cols, options.max_width)
        spilled = self.spill is not None and widths[self.spill] < min(natural[self.spill], self.SPILL_MIN)
        if spilled:
            cols.remove(self.spill)
            widths = self._widths(natural, cols, options.max_width)
            indent = widths[cols[0]] + GAP
            spill_width = max(options.max_width - indent, 10)
        styles: dict[str, Style | None] = {"": None}

        def style(name: str) -> Style | None:
            if name not in styles:
                styles[name] = console.get_style(name)
            return styles[name]

        def wrap(c: list, width: int) -> list:
            if all(w <= width for _, w in c):
                return c
            out = []
            for line, w in c:
                if w <= width:
                    out.append((line, w))
                    continue
                plain = "".join(text for text, _ in line)
                first_style = line[0][1] if line else ""
                out += [([(part, first_style)], cell_len(part)) for part in _wrap(plain, width)]
            return out

        last = cols[-1]
        layout = [(widths[i], i in self.right, i == last) for i in cols]
        blank = [("", "")]

        def plain_row(cells: list) -> str | None:
            """The common row, every cell one unstyled line, as one string (fast: 1,000 rows)."""
            parts = []
            for (width, right, end), c in zip(layout, cells):
                if len(c) != 1:
                    return None
                spans, w = c[0]
                if len(spans) != 1 or spans[0][1]:
                    return None
                text = spans[0][0]
                parts.append(" " * (width - w) + text if right else text if end else text + " " * (width - w))
            return (" " * GAP).join(parts).rstrip()

        def emit(cells: list) -> RenderResult:
            fast = plain_row(cells)
            if fast is not None:
                yield Segment(fast)
                yield Segment.line()
                return
            for k in range(max(map(len, cells))):
                texts: list[str] = []  # neighbours of one style merged
                kinds: list[str] = []
                for (width, right, end), c in zip(layout, cells):
                    spans, w = c[k] if k < len(c) else (blank, 0)
                    pad = width - w
                    first = True
                    for text, s in spans or blank:
                        if first and right and pad:
                            text = " " * pad + text
                        first = False
                        if kinds and kinds[-1] == s:
                            texts[-1] += text
                        else:
                            texts.append(text)
                            kinds.append(s)
                    if not end:
                        gap = " " * ((0 if right else pad) + GAP)
                        if kinds[-1] == "":
                            texts[-1] += gap
                        else:
                            texts.append(gap)
                            kinds.append("")
                if kinds[-1] == "":  # no trailing spaces
                    texts[-1] = texts[-1].rstrip()
                for text, s in zip(texts, kinds):
                    if text:
                        yield Segment(text, style(s))
                yield Segment.line()

        yield from emit([[([(self.headers[i], "bold")], cell_len(self.headers[i]))] for i in cols])
        yield from emit([[([("─" * widths[i], "dim")], widths[i])] for i in cols])
        flex = self.flex
        for row in rows:
            yield from emit([wrap(row[i], widths[i]) if i in flex else row[i] for i in cols])
            if spilled:
                for line, _ in wrap(row[self.spill], spill_width):
                    if any(text for text, _ in line):
                        yield Segment(" " * indent)
                        yield from (Segment(text, style(s)) for text, s in line if text)
                        yield Segment.line()


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
    where = {rid: i for i, rid in enumerate(everything)}
    for rid in longer:
        i = where[rid]
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
    return phase_label(phase_id, phases, lang, short=True) or "–"


# --- history -------------------------------------------------------------------------------


def history_view(reflections: list[Reflection], phases, lang: str, network: str | None = None) -> RenderableType:
    """The reflections as given (newest first): id, date, network, phase, count, strength, growth."""
    shown = short_ids([r.id for r in reflections])
    legend: dict[tuple[int, str], None] = {}
    rows: list[list[Cell]] = []
    names: dict[str | None, Cell] = {}  # a leader has a few networks and phases: draw each once
    stages: dict[str | None, Cell] = {}
    draft = t("history.draft", lang)
    small: dict = {}  # cells that repeat: counts and competence numbers (per snapshot)
    for r in reflections:
        summary = r.summary()
        snapshot = r.snapshot
        date = cell((r.created_at or "")[:10] if r.complete else f"{(r.created_at or '')[:10]}\n{draft}")
        total = len(snapshot.competences)
        count = str(total) if r.complete else f"{sum(1 for v in r.ratings.values() if v is not None)}/{total}"
        picks = []
        for ids in (summary.strengths, summary.growth):
            key = (id(snapshot), ids[0] if ids else None)
            if key not in small:
                comp = snapshot.competence(ids[0]) if ids else None
                if comp is None:
                    small[key] = cell(ids[0] if ids else "–")
                else:
                    legend[(comp.number, comp.title(lang))] = None
                    small[key] = cell(str(comp.number))
            picks.append(small[key])
        rows.append([
            cell(shown[r.id]), date,
            names.get(r.network) or names.setdefault(r.network, cell(user_text(r.network) or "–")),
            stages.get(r.phase) or stages.setdefault(r.phase, cell(_phase_label(r.phase, phases, lang))),
            small.get(count) or small.setdefault(count, cell(count)), *picks,
        ])
    title = (t("history.heading_network", lang, network=user_text(network), count=len(reflections)) if network
             else t("history.heading", lang, count=len(reflections)))
    table = LineTable(
        [t(f"history.col.{key}", lang) for key in ("id", "date", "network", "phase", "count", "strength", "growth")],
        rows, flex=(2, 3), right=(4, 5, 6), spill=2,
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
        date = cell((r.created_at or "")[:10])
        if not r.complete:
            date += cell(t("history.draft", lang), "italic")
        rows.append([
            date, cell(shown[r.id], "bold"), spans_cell(spans),
            cell("" if before is None else change_text(before, value, lang)),
            cell(user_text(r.network) or ""),
        ])
        before = value
    headers = [t("history.col.date", lang), t("history.col.id", lang), t("show.rating", lang),
               t("compare.change", lang), t("history.col.network", lang)]
    parts: list[RenderableType] = [heading(t("trend.heading", lang, competence=title)),
                                   Text(t("trend.order", lang), style="dim"), Text(""),
                                   LineTable(headers, rows, flex=(4,), spill=4), Text("")]
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

    def number(cid: str) -> int:
        comp = b.snapshot.competence(cid) or a.snapshot.competence(cid)
        return comp.number if comp is not None else 10**6

    rows = []
    for cid, change in sorted(compare(a, b).items(), key=lambda item: number(item[0])):  # stable
        rows.append([
            cell(_title(cid, a, b, lang)),
            cell("—" if change.before is None else str(change.before)),
            cell("—" if change.after is None else str(change.after)),
            cell(change_text(change.before, change.after, lang), "bold"),
        ])
    headers = [t("col.competence", lang), t("compare.then", lang), t("compare.now", lang), t("compare.change", lang)]
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
