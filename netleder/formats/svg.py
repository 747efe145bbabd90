"""The charts as inline SVG: the model's diagram (the one-page overview), one competence's trend
(history --competence), the feedback radar and the course's chart (course show). Geometry only: every label arrives in the view,
already in the user's language; the pages that hold the charts are templates
(netleder/templates/).

SVG is built here as text, so each text node and attribute value that carries words passes
through `_escaped` (markupsafe's escape, the one the templates use); numbers are formatted
here and need none. Each function returns `Markup`, so a template puts it in as it is.
Imported only when a page is written (markupsafe comes with jinja2).
"""

from __future__ import annotations

import math
from itertools import pairwise

from markupsafe import Markup, escape

from netleder.views.labels import AUTHORED_MARK, mark_suffix


def _escaped(text: object) -> str:
    """Words in an SVG text node or attribute value: escaped (the one escape of this module)."""
    return str(escape(text))  # the one escape here: markupsafe's, as the templates'


# The diagram is drawn in millimetres (one user unit = 1 mm at full width). Text in SVG does not
# wrap by itself, so lines are broken here by an estimate of the text's width (an average
# glyph is about half the font size wide in Helvetica/Arial/Liberation Sans; CHAR is on the
# generous side, so a line never runs out of its box).
_W = 178.0  # the printable width of A4 with the handouts' margins
_BOX_X = 17.0
_PAD = 3.0
_TITLE, _BRIEF, _PLAY = 4.3, 3.5, 3.1  # font sizes
_CHAR = 0.52  # an average glyph's width, as a share of the font size
_GAP = 4.2  # between two boxes: the arrow's room
_MAX_HEIGHT_MM = 218  # the diagram never grows past this on paper (it scales down instead)


def _wrap(text: str, size: float, width: float, max_lines: int = 3, char: float = _CHAR,
          least: int = 10) -> list[str]:
    """`text` in lines that fit `width` units at font `size` (a glyph `char` of the size wide, at
    least `least` glyphs a line); the last line ends in … if cut."""
    limit = max(least, int(width / (size * char)))
    lines: list[str] = []
    for word in filter(None, text.split(" ")):  # only at spaces: a no-break space keeps its words together
        if lines and len(lines[-1]) + 1 + len(word) <= limit:
            lines[-1] += " " + word
        else:
            lines.append(word)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][: limit - 1].rstrip() + "…"
    return lines


def _svg_text(x: float, y: float, text: str, size: float, cls: str = "") -> str:
    klass = f' class="{cls}"' if cls else ""
    # a line of a card's text (content words)
    return f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}"{klass}>{_escaped(text)}</text>'


def overview_svg(view) -> Markup:
    """The phases top to bottom as boxes joined by arrows: a number in a circle (the
    introduction and the close, which have none, in a dashed box), the title, the one line and
    the competences most in play. Black on white, no colour needed to read it."""
    inner = _W - _BOX_X - 2 * _PAD
    parts: list[str] = []
    y = 0.5
    centres: list[tuple[float, float]] = []  # (top, bottom) of each box, for the arrows
    for card in view.cards:
        lines: list[tuple[str, float, str]] = [(card.title + (f" {AUTHORED_MARK}" if card.authored else ""),
                                               _TITLE, "t")]
        lines += [(line, _BRIEF, "b") for line in _wrap(card.brief, _BRIEF, inner, 2)]
        if card.in_play:
            authored = all(item.authored for item in card.in_play)
            head = view.in_play_short + (f" {AUTHORED_MARK}" if authored else "") + ": "
            names = " · ".join(f"{item.number}\u00a0{item.title}{mark_suffix(item.title_authored)}"
                               f"{'' if authored else mark_suffix(item.authored)}" for item in card.in_play)
            lines += [(line, _PLAY, "p") for line in _wrap(head + names, _PLAY, inner, 3)]
        height = _PAD + sum(size * 1.32 for _, size, _ in lines) + _PAD * 0.6
        dashed = ' stroke-dasharray="1.6 1.1"' if card.number is None else ""
        # the phase's id, from the content file
        parts.append(f'<g class="phase" id="overview-{_escaped(card.id)}">')
        parts.append(f'<rect x="{_BOX_X}" y="{y:.1f}" width="{_W - _BOX_X - 0.5:.1f}" height="{height:.1f}" '
                     f'rx="2" ry="2" fill="#fff" stroke="#111" stroke-width="0.35"{dashed}/>')
        middle = y + height / 2
        if card.number is not None:
            parts.append(f'<circle cx="7.5" cy="{middle:.1f}" r="5.6" fill="#fff" stroke="#111" stroke-width="0.5"/>')
            parts.append(f'<text x="7.5" y="{middle + 1.75:.1f}" font-size="5" text-anchor="middle" '
                         f'font-weight="bold">{card.number}</text>')
        else:
            parts.append(f'<rect x="3" y="{middle - 3:.1f}" width="9" height="6" rx="1" fill="#fff" stroke="#111" '
                         f'stroke-width="0.35" stroke-dasharray="1.2 0.9"/>')
        line_y = y + _PAD
        for text, size, cls in lines:
            line_y += size * 1.08 if cls == "t" else size * 1.28
            indent = 4.0 if cls == "p" and not text.startswith(view.in_play_short) else 0  # a wrapped line
            parts.append(_svg_text(_BOX_X + _PAD + indent, line_y, text, size, cls))
        parts.append("</g>")
        centres.append((y, y + height))
        y += height + _GAP
    for (top, bottom), (next_top, next_bottom) in pairwise(centres):  # arrows between the markers
        start = (top + bottom) / 2 + 6
        end = (next_top + next_bottom) / 2 - 6
        parts.append(f'<line x1="7.5" y1="{start:.1f}" x2="7.5" y2="{end - 1.4:.1f}" stroke="#111" stroke-width="0.5"/>')
        parts.append(f'<path d="M5.9 {end - 1.9:.1f} L7.5 {end:.1f} L9.1 {end - 1.9:.1f} Z" fill="#111"/>')
    height = y - _GAP + 0.5
    # the diagram's label (catalogue words), in an attribute and <title>
    label = _escaped(view.diagram_label)
    return Markup(f'<svg class="overview" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_W} {height:.1f}" '
            f'role="img" aria-label="{label}" style="max-height: {_MAX_HEIGHT_MM}mm" '
            f'font-family="Helvetica Neue, Arial, Liberation Sans, sans-serif" fill="#111">'
            f"<title>{label}</title>" + "".join(parts) + "</svg>")  # the parts escaped as built




# The chart is drawn in points (1 unit = 1pt, its width at most the page's): its text is the
# size of the page's (the scale's steps like body text, the dates like the small print), and
# text widths are estimated generously (a character at most 0.6 of the font size in Helvetica).
CHART_WIDTH, LEVEL_PT, AXIS_PT, CHAR_EM = 480, 11, 9, 0.6


def text_width(text: str, size: float) -> float:
    """A generous estimate of how wide `text` is at `size` points."""
    return len(text) * size * CHAR_EM


def axis_labels(widths: list[float], xs: list[float], space: float = 6) -> list[int]:
    """Which points get their date under the chart: from the left, each one that does not run
    into the one before it, and always the newest (giving way to it where needed)."""
    shown: list[int] = []

    def clear(i: int, j: int) -> bool:
        return xs[j] - widths[j] / 2 >= xs[i] + widths[i] / 2 + space

    for i in range(len(xs)):
        if not shown or clear(shown[-1], i):
            shown.append(i)
    last = len(xs) - 1
    if shown and shown[-1] != last:
        while shown and not clear(shown[-1], last):
            shown.pop()
        shown.append(last)
    return shown


def trend_svg(view, heading: str) -> Markup:
    """The movement as an inline SVG: the scale's steps as horizontal lines with their labels, one
    point per reflection (filled: complete; open: a draft) joined by a line, dates below (with
    the time where two share a day; where the dates would run into each other, only some, never
    overlapping: every point is in the table below). Black and grey only, so it prints the same
    in black and white."""
    points = view.points
    levels = list(view.levels) or [str(i) for i in range(1, max(p.steps for p in points) + 1)]
    steps = len(levels)
    n = len(points)
    lines = [[p.when.date] + ([p.when.time] if p.when.time else []) for p in points]
    widths = [max(text_width(line, AXIS_PT) for line in block) for block in lines]
    top, row_h = 10, 30
    x0 = max(text_width(level, LEVEL_PT) for level in levels) + 22  # the first point
    x0 = max(x0, widths[0] / 2 + 2)
    right = max(widths[-1] / 2 + 4, 14)
    room = max(CHART_WIDTH - x0 - right, 40.0)
    gap = min(max(max(widths) + 10, 40), room / (n - 1)) if n > 1 else 0
    plot_w = gap * (n - 1)
    width = x0 + plot_w + right
    base = top + row_h * (steps - 1) + 18  # the first line of the dates
    height = base + (AXIS_PT + 4) * (max(len(block) for block in lines) - 1) + 8

    def y_of(position: int, of: int) -> float:
        fraction = (position - 1) / (of - 1) if of > 1 else 0.0
        return top + row_h * (steps - 1) * (1 - fraction)

    xs = [x0 + gap * i for i in range(n)]
    desc = "; ".join(f"{p.when.date}{(' ' + p.when.time) if p.when.time else ''}: {p.label}" for p in points)
    out = [(f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}pt" height="{height:.0f}pt" '
            f'viewBox="0 0 {width:.0f} {height:.0f}" role="img" '
            f'font-family="Helvetica, Arial, \'Liberation Sans\', sans-serif" font-size="{LEVEL_PT}">'),
           # the chart's heading and its points in words (the scale's labels)
           f"<title>{_escaped(heading)}</title>", f"<desc>{_escaped(desc)}</desc>"]
    for k, level in enumerate(levels, 1):
        y = y_of(k, steps)
        out.append(f'<line x1="{x0 - 12:.1f}" y1="{y:.1f}" x2="{x0 + plot_w + 12:.1f}" y2="{y:.1f}" '
                   f'stroke="#999" stroke-width="1" stroke-dasharray="3 3"/>')
        # a step of the scale (the content's label)
        out.append(f'<text x="{x0 - 16:.1f}" y="{y + 4:.1f}" text-anchor="end">{_escaped(level)}</text>')
    coords = [(x, y_of(p.position, p.steps)) for x, p in zip(xs, points)]
    for line in range(view.networks):  # one line per network: never a line between two networks' ratings
        mine = [xy for xy, p in zip(coords, points) if p.line == line]
        if len(mine) > 1:
            dash = ' stroke-dasharray="6 3"' if line % 2 else ""
            out.append(f'<polyline fill="none" stroke="#000" stroke-width="2"{dash} points="'
                       + " ".join(f"{x:.1f},{y:.1f}" for x, y in mine) + '"/>')
    radius = 4 if gap >= 12 or n == 1 else 2.5
    for (x, y), p in zip(coords, points):
        fill = "#000" if p.complete else "#fff"
        out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius}" fill="{fill}" stroke="#000" stroke-width="1.5"/>')
    for i in axis_labels(widths, xs):
        for k, line in enumerate(lines[i]):
            out.append(f'<text class="axis" x="{xs[i]:.1f}" y="{base + (AXIS_PT + 4) * k:.1f}" text-anchor="middle" '
                       f'font-size="{AXIS_PT}">{_escaped(line)}</text>')  # a date or time under the chart
    return Markup("\n".join(out + ["</svg>"]))  # its words escaped as built




# Each series is told apart by its line and its marker, never by colour: the radar prints in
# black and white. The leader's own view is the solid line with filled dots.
_SERIES = (
    ("", "circle"),
    ("7 4", "square"),
    ("2 3", "triangle"),
    ("10 3 2 3", "diamond"),
    ("4 2", "cross"),
)


def _series(i: int) -> tuple[str, str]:
    """(dash pattern, marker) of series i: 0 is the leader, then each giver in turn."""
    return _SERIES[0] if i == 0 else _SERIES[1 + (i - 1) % (len(_SERIES) - 1)]


def _marker(shape: str, x: float, y: float, filled: bool) -> str:
    fill = "#111" if filled else "#fff"
    common = f'fill="{fill}" stroke="#111" stroke-width="1.5"'
    if shape == "circle":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" {common}/>'
    if shape == "square":
        return f'<rect x="{x - 3.5:.1f}" y="{y - 3.5:.1f}" width="7" height="7" {common}/>'
    if shape == "triangle":
        return f'<polygon points="{x:.1f},{y - 4.5:.1f} {x + 4.5:.1f},{y + 3.5:.1f} {x - 4.5:.1f},{y + 3.5:.1f}" {common}/>'
    if shape == "diamond":
        return f'<polygon points="{x:.1f},{y - 5:.1f} {x + 5:.1f},{y:.1f} {x:.1f},{y + 5:.1f} {x - 5:.1f},{y:.1f}" {common}/>'
    return (f'<path d="M{x - 4:.1f},{y - 4:.1f} L{x + 4:.1f},{y + 4:.1f} M{x - 4:.1f},{y + 4:.1f} '
            f'L{x + 4:.1f},{y - 4:.1f}" stroke="#111" stroke-width="2"/>')


def legend_sample(i: int) -> Markup:
    """A short stretch of series i's line with its marker, for the radar's legend (numbers only)."""
    dash, shape = _series(i)
    dashes = f' stroke-dasharray="{dash}"' if dash else ""
    # Markup: numbers and fixed shapes only, no words
    return Markup(f'<svg width="44" height="14" viewBox="0 0 44 14" aria-hidden="true">'
            f'<line x1="2" y1="7" x2="42" y2="7" stroke="#111" stroke-width="{2.5 if i == 0 else 1.8}"{dashes}/>'
            f"{_marker(shape, 22, 7, i == 0)}</svg>")


def _rated_runs(rated: list[int], n: int) -> list[list[int]]:
    """The rated axes (sorted positions among n) as runs of neighbours, the last run joined to the
    first when the rating goes round past the last axis; all n axes are one closed run."""
    if len(rated) == n:
        return [rated]
    runs: list[list[int]] = []
    for k in rated:
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    if len(runs) > 1 and runs[0][0] == 0 and runs[-1][-1] == n - 1:
        runs[0] = runs.pop() + runs[0]
    return runs


def feedback_radar(view) -> Markup | None:
    """An SVG radar of the leader's view and each giver's (three or more competences; its legend
    is the page's); None when there are too few competences for a radar to mean anything."""
    rows = view.rows
    n = len(rows)
    if n < 3 or view.steps < 2:
        return None
    radius, out = 130.0, []

    def point(k: int, fraction: float) -> tuple[float, float]:
        angle = -math.pi / 2 + 2 * math.pi * k / n
        return radius * fraction * math.cos(angle), radius * fraction * math.sin(angle)

    label = view.labels_text.radar_label
    out.append(f'<svg class="radar" viewBox="-190 -165 380 330" width="380" height="330" role="img" '
               f'aria-label="{_escaped(label)}">')  # what the radar shows (catalogue words), in an attribute
    for step in range(1, view.steps + 1):
        ring = " ".join(f"{x:.1f},{y:.1f}" for x, y in (point(k, step / view.steps) for k in range(n)))
        out.append(f'<polygon points="{ring}" fill="none" stroke="#999" stroke-width="{1 if step == view.steps else .6}"/>')
    for k, row in enumerate(rows):
        x, y = point(k, 1)
        out.append(f'<line x1="0" y1="0" x2="{x:.1f}" y2="{y:.1f}" stroke="#999" stroke-width=".6"/>')
        lx, ly = point(k, 1.12)
        number = row.title.split(".", 1)[0] if row.title[:1].isdigit() else str(k + 1)
        out.append(f'<text x="{lx:.1f}" y="{ly + 4:.1f}" text-anchor="middle" font-size="12" '
                   f'font-weight="bold" fill="#111">{_escaped(number)}</text>')  # a competence's number
    series = [[row.own for row in rows]] + [[row.others[i].rating for row in rows] for i in range(len(view.givers))]
    for i, ratings in enumerate(series):
        dash, shape = _series(i)
        at = {k: point(k, r.filled / r.steps) for k, r in enumerate(ratings)
              if r is not None and r.value is not None and r.steps}
        if not at:
            continue
        dashes = f' stroke-dasharray="{dash}"' if dash else ""
        style = f'fill="none" stroke="#111" stroke-width="{2.5 if i == 0 else 1.8}"{dashes}'
        for run in _rated_runs(sorted(at), n):
            # A line joins only neighbouring axes that both have a rating: a line across an unrated
            # competence would draw a value nobody gave.
            coords = " ".join(f"{at[k][0]:.1f},{at[k][1]:.1f}" for k in run)
            tag = "polygon" if len(run) == n else "polyline"
            if len(run) > 1:
                out.append(f'<{tag} points="{coords}" {style}/>')
        out += [_marker(shape, x, y, i == 0) for x, y in at.values()]
    out.append("</svg>")
    return Markup("\n".join(out))  # its words escaped as built




# The course's chart (`course show`): a bar per competence split into the scale's steps, told
# apart by black-and-white patterns (no colour), with the count written on each step. Drawn in
# its own user units (it scales to the page's width).
_C_WIDTH = 680.0
_C_LABEL_W = 250.0  # the competences' titles
_C_BAR_X = _C_LABEL_W + 8
_C_N_W = 44.0  # the number who rated it
_C_BAR_W = _C_WIDTH - _C_BAR_X - _C_N_W - 6
_C_ROW_H = 34.0
_C_BAR_H = 20.0
_C_FONT = 11.0
_C_SMALL = 9.5
_C_CHAR = 0.56  # an average glyph's width, as a share of the font size
_INK, _PAPER = "#111", "#fff"


def _c_width(text: str, size: float) -> float:
    return len(text) * size * _C_CHAR


def course_patterns(count: int) -> list[str]:
    """One fill per step of the scale, lowest first: white, hatching that grows denser, black.
    Only ink and paper: the steps are told apart by their pattern, never by colour."""
    defs = []
    for i in range(count):
        if i == 0 or i == count - 1:
            continue
        stroke = 0.8 + 3.2 * i / (count - 1)
        angle = 45 if i % 2 else -45
        defs.append(f'<pattern id="course-step-{i}" patternUnits="userSpaceOnUse" width="6" height="6" '
                    f'patternTransform="rotate({angle})"><rect width="6" height="6" fill="{_PAPER}"/>'
                    f'<line x1="3" y1="0" x2="3" y2="6" stroke="{_INK}" stroke-width="{stroke:.1f}"/></pattern>')
    return defs


def course_fill(i: int, count: int) -> str:
    if i == 0:
        return _PAPER
    if i == count - 1:
        return _INK
    return f"url(#course-step-{i})"


def _chip(x: float, y: float, count: int) -> str:
    """A count on its step: dark on a small white chip, readable on any pattern (a number: no escape)."""
    text = str(count)
    w = _c_width(text, _C_SMALL) + 6
    return (f'<rect x="{x - w / 2:.1f}" y="{y - 7.5:.1f}" width="{w:.1f}" height="13" rx="2" fill="{_PAPER}" '
            f'stroke="{_INK}" stroke-width="0.5"/>'
            f'<text x="{x:.1f}" y="{y + 3.3:.1f}" font-size="{_C_SMALL}" text-anchor="middle">{text}</text>')


def course_chart(view) -> Markup:
    """One chart for all competences of a netleder.views.course.CourseView: the legend, then a bar
    per competence (a dashed empty bar where too few rated it) and how many rated it."""
    steps = len(view.scale)
    parts: list[str] = []
    # the legend: a swatch and the label of every step, wrapped onto lines as wide as the chart
    x, y = 0.0, 12.0
    for i, (_, label) in enumerate(view.scale):
        need = 18 + _c_width(label, _C_SMALL) + 16
        if x and x + need > _C_WIDTH:
            x, y = 0.0, y + 18
        parts.append(f'<rect x="{x + 0.5:.1f}" y="{y - 9.5:.1f}" width="13" height="13" fill="{course_fill(i, steps)}" '
                     f'stroke="{_INK}" stroke-width="0.8"/>')
        # a step of the scale (the content's label)
        parts.append(f'<text x="{x + 18:.1f}" y="{y + 1:.1f}" font-size="{_C_SMALL}">{_escaped(label)}</text>')
        x += need
    y += 14
    parts.append(f'<text x="{_C_WIDTH:.1f}" y="{y + 4:.1f}" font-size="{_C_SMALL}" text-anchor="end" '
                 f'font-weight="bold">{_escaped(view.labels["answers"])}</text>')  # a catalogue word
    y += 10
    for row in view.rows:
        title = f"{row.number}. {row.title}" + (f"\u00a0{AUTHORED_MARK}" if row.authored else "")
        lines = _wrap(title, _C_FONT, _C_LABEL_W, 2, char=_C_CHAR, least=8)
        middle = y + _C_ROW_H / 2
        first = middle - (len(lines) - 1) * _C_FONT * 0.6 + _C_FONT * 0.35
        parts.append(f'<g class="row" id="course-{_escaped(row.id)}">')  # the competence's id, from the content
        for k, line in enumerate(lines):  # the competence's title (content words)
            parts.append(f'<text x="0" y="{first + k * _C_FONT * 1.2:.1f}" font-size="{_C_FONT}">{_escaped(line)}</text>')
        top = middle - _C_BAR_H / 2
        if row.n is None:
            parts.append(f'<rect x="{_C_BAR_X:.1f}" y="{top:.1f}" width="{_C_BAR_W:.1f}" height="{_C_BAR_H}" '
                         f'fill="none" stroke="{_INK}" stroke-width="0.8" stroke-dasharray="4 3"/>')
            parts.append(f'<text x="{_C_BAR_X + _C_BAR_W / 2:.1f}" y="{middle + 3.5:.1f}" font-size="{_C_SMALL}" '
                         f'text-anchor="middle" font-style="italic">{_escaped(view.labels["too_few"])}</text>')
        else:
            left = _C_BAR_X
            chips = []
            for i, step in enumerate(row.steps):
                if not step.given:
                    continue
                width = _C_BAR_W * step.given / row.n
                parts.append(f'<rect x="{left:.2f}" y="{top:.1f}" width="{width:.2f}" height="{_C_BAR_H}" '
                             f'fill="{course_fill(i, steps)}" stroke="{_INK}" stroke-width="0.8"/>')
                if width >= _c_width(str(step.given), _C_SMALL) + 8:  # too narrow: the table below has the number
                    chips.append(_chip(left + width / 2, middle, step.given))
                left += width
            parts += chips
            parts.append(f'<text x="{_C_WIDTH:.1f}" y="{middle + 4:.1f}" font-size="{_C_FONT}" text-anchor="end" '
                         f'font-weight="bold">{row.n}</text>')
        parts.append("</g>")
        y += _C_ROW_H
    label = _escaped(view.labels["chart"])  # what the chart shows (catalogue words), in an attribute and <title>
    return Markup(f'<svg class="course-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_C_WIDTH:.0f} '
                  f'{y + 2:.0f}" role="img" aria-label="{label}" font-family="Helvetica Neue, Arial, Liberation '
                  f'Sans, sans-serif" fill="{_INK}"><title>{label}</title><defs>{"".join(course_patterns(steps))}'
                  f'</defs>{"".join(parts)}</svg>')  # its words escaped as built
