"""Light rich layouts for the terminal writer: label/body rows, bullets and a line table
that wraps on word boundaries (much faster than rich's Table for long lists), and `lay_out`:
rich's lines for a tree of texts, rows, paddings and groups without rich's generic machinery.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import cast

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.measure import Measurement
from rich.padding import Padding
from rich.segment import Segment
from rich.style import Style
from rich.text import Text as RichText

NO_BREAK = "\u00a0"
_HELD = "\ue000"  # a one-cell stand-in rich does not take for a space, while a line is wrapped


class KeptText(RichText):
    """Text that never wraps at a no-break space (rich's wrapping takes it for any space): a
    competence's number stays on the line of its title."""

    def wrap(self, console, width, **options):
        held = self.copy()
        held.plain = self.plain.replace(NO_BREAK, _HELD)  # the same length: the styles stay put
        lines = RichText.wrap(held, console, width, **options)
        for line in lines:
            line.plain = line.plain.replace(_HELD, NO_BREAK)
        return lines


class Rows:
    """Rows of a right-aligned label and a body that wraps under itself (a hanging indent).

    A light stand-in for rich's Table.grid, which costs a noticeable share of start-up.
    """

    def __init__(self, min_label: int = 0) -> None:
        self.rows: list[tuple[RichText, RenderableType]] = []
        self.min_label = min_label

    def add_row(self, label: str | RichText, body: RenderableType) -> None:
        self.rows.append((RichText(label) if isinstance(label, str) else label, body))

    def __rich_console__(self, console, options):
        for line, _ in _rows_lines(console, self, options):
            yield from line
            yield _LINE


def _rows_lines(console: Console, rows: Rows, options: ConsoleOptions) -> list[Line_]:
    """A Rows' lines as rich draws them (each its segments and its width), before the cropping or
    padding of whatever holds it."""
    width = max([rows.min_label] + [label.cell_len for label, _ in rows.rows])
    body_options = options.update(width=max(10, options.max_width - width - 1))
    out: list[Line_] = []
    gap = Segment(" ")
    under = Segment(" " * width)  # a blank label, as RichText("") aligned right to `width` renders
    for label, body in rows.rows:
        lines = lay_out(console, body, body_options) if body != "" else [([], 0)]
        for i, (line, used) in enumerate(lines):
            if i:
                segments = [under, gap]
            elif not label.spans:  # (rich renders a text without spans unstyled, its own style too)
                segments = [Segment(" " * (width - label.cell_len) + label.plain), gap]
            else:
                prefix = label.copy()
                prefix.align("right", width)
                segments = [*prefix.render(console), gap]
            segments += line
            out.append((segments, width + 1 + used))
    return out


# --- laying out without rich's generic machinery -------------------------------------------
#
# rich draws a tree of renderables by rendering each into segments, splitting them into lines
# and padding or cropping the lines, once more at every level of the tree: a summary (some 600
# texts in rows, paddings and groups) spends most of `show`'s run in that machinery. `lay_out`
# gives the same lines, segment for segment, for the renderables this writer is built of (rich
# Text, Group, Padding and Rows), made once and padded or cropped by their known widths; for
# anything else, and for what rich treats specially (a height, a style to apply, a text that
# is empty, justified or not ended by a newline), it asks rich itself.

Line_ = tuple[list[Segment], int]  # a drawn line: its segments and its width in cells
_LINE = Segment.line()


def lay_out(console: Console, renderable: RenderableType, options: ConsoleOptions, pad: bool = False,
            style: Style | None = None) -> list[Line_]:
    """`console.render_lines(renderable, options, pad=pad, style=style)`, each line with its width."""
    width = options.max_width
    if options.height is None and not style and width >= 1:
        kind = type(renderable)  # these types exactly: a subclass may draw itself otherwise
        lines: list[Line_] | None = None
        if kind is RichText or kind is KeptText:
            lines = _text_lines(console, cast(RichText, renderable), options)
        elif kind is Rows:
            lines = _rows_lines(console, cast(Rows, renderable), options)
        elif kind is Padding:
            lines = _padding_lines(console, cast(Padding, renderable), options)
        elif kind is Group:
            lines = _group_lines(console, cast(Group, renderable), options)
        if lines is not None:
            return [_fit(line, width, style, pad) for line in lines]
    return [(line, Segment.get_line_length(line)) for line in console.render_lines(renderable, options, pad=pad,
                                                                                   style=style)]


def _fit(line: Line_, width: int, style: Style | None, pad: bool) -> Line_:
    """Segment.adjust_line_length, by the width already known."""
    segments, used = line
    if used < width:
        return (segments + [Segment(" " * (width - used), style)], width) if pad else line
    if used > width:
        return Segment.adjust_line_length(segments, width, style=style, pad=pad), width
    return line


def _text_lines(console: Console, text: RichText, options: ConsoleOptions) -> list[Line_] | None:
    """Text.__rich_console__'s lines (wrapped, joined, rendered and split), or None where
    they would not be all of one text's lines ended by a newline."""
    plain = text.plain
    justify = text.justify or options.justify or "default"
    if not plain or text.end != "\n" or justify != "default":
        return None
    width = options.max_width
    if "\n" not in plain and "\t" not in plain:
        used = cell_len(plain)
        if used <= width:  # one line, as it is: what wrapping would give
            if not text.spans:  # (rich joins a text's lines into one whose spans carry the text's style)
                style = console.get_style(text.style, default=_NULL) if text.style else None
                return [([Segment(plain, style)], used)]
            return [(list(_NEWLINE.join([text]).render(console)), used)]
    tab_size = console.tab_size if text.tab_size is None else text.tab_size
    overflow = text.overflow or options.overflow or "fold"
    wrapped = text.wrap(console, width, justify=justify, overflow=overflow, tab_size=tab_size or 8,
                        no_wrap=bool(text.no_wrap if text.no_wrap is not None else options.no_wrap))
    segments = _NEWLINE.join(wrapped).render(console, end="\n")
    return [(line, Segment.get_line_length(line))
            for line in Segment.split_and_crop_lines(segments, width, pad=False, include_new_lines=False)]


_NEWLINE = RichText("\n")
_NULL = Style.null()


def _padding_lines(console: Console, padding: Padding, options: ConsoleOptions) -> list[Line_] | None:
    """Padding.__rich_console__'s lines."""
    style = console.get_style(padding.style)
    if style:
        return None
    left, right = padding.left, padding.right
    if padding.expand:
        width = options.max_width
    else:
        width = min(Measurement.get(console, options, padding.renderable).maximum + left + right, options.max_width)
    inner = lay_out(console, padding.renderable, options.update_width(width - left - right), pad=True, style=style)
    blank = ([Segment(" " * width, style)] if width else [], width)
    left_segment = Segment(" " * left, style) if left else None
    right_segment = Segment(" " * right, style) if right else None
    lines = [blank] * padding.top
    for line, used in inner:
        if left_segment is not None:
            line = [left_segment, *line]
        if right_segment is not None:
            line = [*line, right_segment]
        lines.append((line, used + left + right))
    lines += [blank] * padding.bottom
    return lines


def _group_lines(console: Console, group: Group, options: ConsoleOptions) -> list[Line_] | None:
    """Group.__rich_console__'s lines: its renderables' lines one after another (each ends on a
    new line: rich Text, Padding, Rows and Group do)."""
    lines: list[Line_] = []
    for part in group.renderables:
        kind = type(part)
        if kind is RichText or kind is KeptText:
            if cast(RichText, part).end != "\n":
                return None
        elif kind is not Rows and kind is not Padding and kind is not Group:
            return None
        lines += lay_out(console, part, options)
    return lines


class Laid:
    """A renderable drawn through `lay_out`: the same lines as rich draws, made faster."""

    def __init__(self, inner: RenderableType) -> None:
        self.inner = inner

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for line, _ in lay_out(console, self.inner, options):
            yield from line
            yield _LINE

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self.inner)


def bullets(items: Sequence[str | RichText], min_label: int = 3) -> RenderableType:
    grid = Rows(min_label)
    for text in items:
        grid.add_row("•", RichText(text) if isinstance(text, str) else text)
    return grid


def plain_bullets(items: list[str]) -> RenderableType:
    return Padding(bullets(items), (0, 0, 1, 0), expand=False)


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
    """Words into lines of at most `width` cells; a word longer than a whole line is cut (it
    cannot fit otherwise). Linear in the length of the text: each character is measured once."""
    from rich.cells import get_character_cell_size

    width = max(width, 1)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line: list[str] = []  # the words of the line being filled
        used = 0  # its width in cells
        for word in paragraph.split():
            size = cell_len(word)
            if size > width:  # longer than a line: on lines of its own, cut where it must be
                if line:
                    lines.append(" ".join(line))
                    line, used = [], 0
                start, run = 0, 0
                for i, ch in enumerate(word):
                    w = get_character_cell_size(ch)
                    if run + w > width and i > start:
                        lines.append(word[start:i])
                        start, run = i, 0
                    run += w
                line, used = [word[start:]], run
            elif not line:
                line, used = [word], size
            elif used + 1 + size <= width:
                line.append(word)
                used += 1 + size
            else:
                lines.append(" ".join(line))
                line, used = [word], size
        lines.append(" ".join(line))
    return lines or [""]


class LineTable:
    """Columns of plain cells under a bold header; `flex` columns wrap to fit the width.

    When the terminal is too narrow for the `spill` column to keep SPILL_MIN cells, that
    column moves out of the row onto its own indented line(s) below it. If the row is still too
    wide, or a flex column would have to cut a word, the `tight` columns wrap between words too
    (nothing is cut at the terminal's edge). The `below` columns
    are always drawn so, each after its header ("Styrke: ..."), and only where they hold text.

    (A plain class, not a dataclass: making a dataclass costs every start that imports this
    module, `show` too, more than half a millisecond.)
    """

    def __init__(self, headers: list[str], rows: list[list[Cell]], flex: tuple[int, ...] = (),
                 right: tuple[int, ...] = (), spill: int | None = None, below: tuple[int, ...] = (),
                 tight: tuple[int, ...] = (), measured: Measure | None = None, head: bool = True) -> None:
        self.headers = headers
        self.rows = rows
        self.flex = flex
        self.right = right
        self.spill = spill
        self.below = below
        self.tight = tight  # columns that wrap (between words) only when the row is too wide otherwise
        # Drawn in pieces (a long history): the sizes of every row, measured beforehand
        # (`measure`), and whether this piece starts with the header
        self.measured = measured
        self.head = head

    SPILL_MIN = 12

    def measure(self) -> Measure:
        """An empty measure of this table's columns, for rows added one by one."""
        return Measure(self)

    def _measured(self) -> Measure:
        if self.measured is not None:
            return self.measured
        found = Measure(self)
        for row in self.rows:
            found.add(row)
        return found

    def _longest_words(self) -> dict[int, int]:
        """The longest word in each flex column: a column narrowed below it would cut a word."""
        return self._measured().longest

    def _widths(self, natural: list[int], cols: list[int], max_width: int,
                flexible: tuple[int, ...] | None = None) -> dict[int, int]:
        widths = {i: natural[i] for i in cols}
        flex = [i for i in cols if i in (self.flex if flexible is None else flexible)]
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
            if len(flex) > 1:  # where one column would cut a word, take room from one that has some
                longest = self._longest_words()
                for i in flex:
                    while widths[i] < min(longest[i], natural[i]):
                        donor = max((j for j in flex if j != i and widths[j] > max(longest[j], 6)),
                                    key=lambda j: widths[j] - longest[j], default=None)
                        if donor is None:
                            break
                        widths[donor] -= 1
                        widths[i] += 1
        return widths

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        rows = self.rows
        natural = self._measured().natural
        cols = [i for i in range(len(self.headers)) if i not in self.below]
        widths = self._widths(natural, cols, options.max_width)
        spill = self.spill
        spilled = False
        if spill is not None:
            longest = self._longest_words().get(spill, 0) if spill in self.flex else 0
            # too narrow to keep SPILL_MIN cells or its longest word whole, or no room for it at all
            spilled = (widths[spill] < min(natural[spill], max(self.SPILL_MIN, longest))
                       or sum(widths.values()) + GAP * (len(cols) - 1) > options.max_width)
            if spilled:  # on its own line(s)
                cols.remove(spill)
                widths = self._widths(natural, cols, options.max_width)
        if self.tight:  # still too wide, or a flex column would cut a word: the tight columns wrap too
            words = self._longest_words()
            if (sum(widths.values()) + GAP * (len(cols) - 1) > options.max_width
                    or any(widths[i] < min(words[i], natural[i]) for i in cols if i in self.flex)):
                widths = self._widths(natural, cols, options.max_width, (*self.flex, *self.tight))
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

        if self.head:
            yield from emit([[([(self.headers[i], "bold")], cell_len(self.headers[i]))] for i in cols])
            yield from emit([[([("─" * widths[i], "dim")], widths[i])] for i in cols])
        flex = (*self.flex, *self.tight)  # (a tight column's lines fit as they are unless it was narrowed)
        below_lines: dict = {}  # (column, cell id) -> (the cell, kept alive so its id stays its own; lines)
        for row in rows:
            yield from emit([wrap(row[i], widths[i]) if i in flex else row[i] for i in cols])
            if spill is not None and spilled:
                for line, _ in wrap(row[spill], spill_width):
                    if any(text for text, _ in line):
                        yield Segment(" " * indent)
                        yield from (Segment(text, style(s)) for text, s in line if text)
                        yield Segment.line()
            for i in self.below:
                key = (i, id(row[i]))  # a cell repeated across rows (the same title) is wrapped once
                if key not in below_lines:
                    plain = " ".join("".join(text for text, _ in line) for line, _ in row[i]).strip()
                    label = self.headers[i] + ": "
                    parts = _wrap(plain, max(spill_width - cell_len(label), 10)) if plain else []
                    pad = " " * indent
                    below_lines[key] = (row[i], [
                        [Segment(pad + label, style("bold")), Segment(part + "\n")] if k == 0 else
                        [Segment(pad + " " * cell_len(label) + part + "\n")]
                        for k, part in enumerate(parts)])
                for line in below_lines[key][1]:
                    yield from line


class Measure:
    """The sizes a LineTable lays its columns out by, gathered row by row: each column's widest
    line, and each flex column's longest word. A cell met again (the same object: a network or
    a title repeated down a history) is measured once."""

    def __init__(self, table: LineTable) -> None:
        self.natural = [cell_len(h) for h in table.headers]
        self.flex = (*table.flex, *table.tight)
        # a header's words count too: a column narrowed below one would run into the next
        self.longest = {i: max((cell_len(w) for w in table.headers[i].split()), default=0) for i in self.flex}
        self._seen: dict[int, Cell] = {}  # id -> the cell, kept so that its id stays its own
        self._repeated = table.flex  # the columns whose cells recur down a long view (networks, titles)

    def add(self, row: list[Cell]) -> None:
        natural = self.natural
        for i, c in enumerate(row):
            for _, w in c:
                natural[i] = max(natural[i], w)
        for i in self.flex:
            c = row[i]
            if i in self._repeated:  # kept only where cells repeat: a date's cell is new in every row
                if id(c) in self._seen:
                    continue
                self._seen[id(c)] = c
            for line, _ in c:
                for word in "".join(text for text, _ in line).split():
                    self.longest[i] = max(self.longest[i], cell_len(word))


class Pieces:
    """A long view (a history of many thousand reflections) drawn piece after piece: the output
    edge writes each piece as it is made (netleder.output.show), so the whole is never in
    memory. Drawn as one renderable, it is the pieces one after another."""

    def __init__(self, make: Callable[[], Iterable[RenderableType]]) -> None:
        self.make = make

    def pieces(self) -> Iterable[RenderableType]:
        return self.make()

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield from self.make()
