"""The course page (`netleder course show --format html`): a page for the wall, the projector or
paper. Laid out by the Jinja2 template templates/course_show.html.j2 (autoescaping on); the chart's
geometry is here. One SVG chart for all competences: a bar per competence split into the scale's
steps, told apart by black-and-white patterns (no colour), with the count written on each step.
No script, no external resources; it prints on at most four A4 pages (tests/test_course.py).

jinja2 is imported only when a page is written (netleder.templating).
"""

from __future__ import annotations

from netleder.formats.html import PRINT_CSS, esc, page_css
from netleder.templating import render
from netleder.views.course import CourseView
from netleder.views.labels import AUTHORED_MARK

WIDTH = 680.0  # the chart's user units (it scales to the page's width)
LABEL_W = 250.0  # the competences' titles
BAR_X = LABEL_W + 8
N_W = 44.0  # the number who rated it
BAR_W = WIDTH - BAR_X - N_W - 6
ROW_H = 34.0
BAR_H = 20.0
FONT = 11.0
SMALL = 9.5
CHAR = 0.56  # an average glyph's width, as a share of the font size
INK, PAPER = "#111", "#fff"


def _width(text: str, size: float) -> float:
    return len(text) * size * CHAR


def _wrap(text: str, size: float, width: float, max_lines: int = 2) -> list[str]:
    limit = max(8, int(width / (size * CHAR)))
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


def patterns(count: int) -> list[str]:
    """One fill per step of the scale, lowest first: white, hatching that grows denser, black.
    Only ink and paper: the steps are told apart by their pattern, never by colour."""
    defs = []
    for i in range(count):
        if i == 0 or i == count - 1:
            continue
        stroke = 0.8 + 3.2 * i / (count - 1)
        angle = 45 if i % 2 else -45
        defs.append(f'<pattern id="course-step-{i}" patternUnits="userSpaceOnUse" width="6" height="6" '
                    f'patternTransform="rotate({angle})"><rect width="6" height="6" fill="{PAPER}"/>'
                    f'<line x1="3" y1="0" x2="3" y2="6" stroke="{INK}" stroke-width="{stroke:.1f}"/></pattern>')
    return defs


def fill(i: int, count: int) -> str:
    if i == 0:
        return PAPER
    if i == count - 1:
        return INK
    return f"url(#course-step-{i})"


def _chip(x: float, y: float, text: str) -> str:
    """A count on its step: dark on a small white chip, readable on any pattern."""
    w = _width(text, SMALL) + 6
    return (f'<rect x="{x - w / 2:.1f}" y="{y - 7.5:.1f}" width="{w:.1f}" height="13" rx="2" fill="{PAPER}" '
            f'stroke="{INK}" stroke-width="0.5"/>'
            f'<text x="{x:.1f}" y="{y + 3.3:.1f}" font-size="{SMALL}" text-anchor="middle">{esc(text)}</text>')


def chart(view: CourseView) -> str:
    steps = len(view.scale)
    parts: list[str] = []
    # the legend: a swatch and the label of every step, wrapped onto lines as wide as the chart
    x, y = 0.0, 12.0
    for i, (_, label) in enumerate(view.scale):
        need = 18 + _width(label, SMALL) + 16
        if x and x + need > WIDTH:
            x, y = 0.0, y + 18
        parts.append(f'<rect x="{x + 0.5:.1f}" y="{y - 9.5:.1f}" width="13" height="13" fill="{fill(i, steps)}" '
                     f'stroke="{INK}" stroke-width="0.8"/>')
        parts.append(f'<text x="{x + 18:.1f}" y="{y + 1:.1f}" font-size="{SMALL}">{esc(label)}</text>')
        x += need
    y += 14
    parts.append(f'<text x="{WIDTH:.1f}" y="{y + 4:.1f}" font-size="{SMALL}" text-anchor="end" '
                 f'font-weight="bold">{esc(view.labels["answers"])}</text>')
    y += 10
    for row in view.rows:
        title = f"{row.number}. {row.title}" + (f"\u00a0{AUTHORED_MARK}" if row.authored else "")
        lines = _wrap(title, FONT, LABEL_W)
        middle = y + ROW_H / 2
        first = middle - (len(lines) - 1) * FONT * 0.6 + FONT * 0.35
        parts.append(f'<g class="row" id="course-{esc(row.id)}">')
        for k, line in enumerate(lines):
            parts.append(f'<text x="0" y="{first + k * FONT * 1.2:.1f}" font-size="{FONT}">{esc(line)}</text>')
        top = middle - BAR_H / 2
        if row.n is None:
            parts.append(f'<rect x="{BAR_X:.1f}" y="{top:.1f}" width="{BAR_W:.1f}" height="{BAR_H}" fill="none" '
                         f'stroke="{INK}" stroke-width="0.8" stroke-dasharray="4 3"/>')
            parts.append(f'<text x="{BAR_X + BAR_W / 2:.1f}" y="{middle + 3.5:.1f}" font-size="{SMALL}" '
                         f'text-anchor="middle" font-style="italic">{esc(view.labels["too_few"])}</text>')
        else:
            left = BAR_X
            chips = []
            for i, step in enumerate(row.steps):
                if not step.given:
                    continue
                width = BAR_W * step.given / row.n
                parts.append(f'<rect x="{left:.2f}" y="{top:.1f}" width="{width:.2f}" height="{BAR_H}" '
                             f'fill="{fill(i, steps)}" stroke="{INK}" stroke-width="0.8"/>')
                if width >= _width(str(step.given), SMALL) + 8:  # too narrow: the table below has the number
                    chips.append(_chip(left + width / 2, middle, str(step.given)))
                left += width
            parts += chips
            parts.append(f'<text x="{WIDTH:.1f}" y="{middle + 4:.1f}" font-size="{FONT}" text-anchor="end" '
                         f'font-weight="bold">{row.n}</text>')
        parts.append("</g>")
        y += ROW_H
    label = esc(view.labels["chart"])
    return (f'<svg class="course-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH:.0f} {y + 2:.0f}" '
            f'role="img" aria-label="{label}" font-family="Helvetica Neue, Arial, Liberation Sans, sans-serif" '
            f'fill="{INK}"><title>{label}</title><defs>{"".join(patterns(steps))}</defs>{"".join(parts)}</svg>')


COURSE_CSS = """
svg.course-chart { display: block; width: 100%; height: auto; margin: .4em 0 1em; }
.anonymity { border: 2px solid #111; padding: .3em .8em; margin: .6em 0 1em; font-weight: bold; }
.responses { font-size: 13pt; margin: .2em 0; }
table.counts td.n, table.counts th.n { text-align: right; }
table.counts td.c, table.counts th.c { text-align: center; }
table.counts { font-size: 9.5pt; }
table.counts td.few { font-style: italic; }
ul.highlights li { margin: .25em 0; }
.notes { font-size: 9.5pt; }
@media print { svg.course-chart { break-inside: avoid; } h1 { font-size: 18pt; } }
"""


def course(view: CourseView) -> str:
    from markupsafe import Markup  # installed with jinja2; imported with it, only here

    return render(
        "course_show.html.j2",
        view=view,
        mark=AUTHORED_MARK,
        chart=Markup(chart(view)),
        css=Markup(PRINT_CSS + COURSE_CSS + page_css(view.title, view.lang, view.responses_line)),
    )
