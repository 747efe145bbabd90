"""The HTML writers: printable pages (A4, running head and foot, page numbers) for the
handouts and a reflection's summary. No JavaScript and no external resources.
"""

from __future__ import annotations

import html
import re

from netleder import __version__
from netleder.content.model import Competence, CompetenceSet, Phase, PhaseSet
from netleder.i18n import t
from netleder.safe_text import user_text
from netleder.views.labels import AUTHORED_MARK, source_key, EMPTY, FULL, authored_key, mark_suffix, questions_marked
from netleder.views.summary import Rating, SummaryView

PRINT_CSS = """
@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
* { box-sizing: border-box; }
html { font-family: "Helvetica Neue", Arial, "Liberation Sans", sans-serif; font-size: 11pt;
       line-height: 1.45; color: #111; background: #fff; }
body { max-width: 46em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 20pt; margin: 0 0 .2em; }
h2 { font-size: 14pt; margin: 1.4em 0 .3em; border-bottom: 1px solid #444; padding-bottom: .15em; }
h3 { font-size: 11pt; margin: .9em 0 .2em; }
.subtitle { color: #333; margin: 0 0 1.2em; }
section { break-inside: avoid; page-break-inside: avoid; }
section.long { break-inside: auto; page-break-inside: auto; }
h2, h3 { break-after: avoid; page-break-after: avoid; }
ol, ul { margin: .2em 0 .6em 1.4em; padding: 0; }
li { margin: .15em 0; }
.num { display: inline-block; min-width: 2.2em; }
ul.scale { list-style: none; margin-left: 0; }
.mark { font-weight: normal; }
.answer { white-space: pre-wrap; overflow-wrap: anywhere; border-left: 3px solid #999;
          padding-left: .6em; margin: .2em 0 .6em; }
.bar { font-family: "DejaVu Sans Mono", "Courier New", monospace; }
table { border-collapse: collapse; width: 100%; margin: .4em 0 1em; }
th, td { text-align: left; vertical-align: top; padding: .25em .4em; border-bottom: 1px solid #bbb; }
footer { margin-top: 2em; border-top: 1px solid #444; padding-top: .5em; font-size: 9pt; color: #222; }
footer p { margin: .2em 0; }
@media print {
  body { margin: 0; max-width: none; padding: 0; }
  a { color: #111; text-decoration: none; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 8pt; overflow-wrap: anywhere; }
}
"""


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def css_string(text: str) -> str:
    """`text` as a quoted CSS string, safe inside <style>."""
    out = text.replace("\\", "\\5C ").replace('"', "\\22 ").replace("<", "\\3C ")
    return '"' + out.replace("\r", " ").replace("\n", " ") + '"'


def _page_counter(lang: str) -> str:
    """'Side {page} af {pages}' as CSS content: "Side " counter(page) " af " counter(pages)."""
    parts = re.split(r"(\{pages?\})", t("print.page", lang))
    out = [f"counter({part[1:-1]})" if part in ("{page}", "{pages}") else css_string(part) for part in parts if part]
    return " ".join(out)


def page_css(title: str, lang: str, note: str | None = None) -> str:
    """Running head and foot on every printed page: the title, a note, 'page X of Y'.

    Margin boxes replace the browser's own date/URL header and footer where supported
    (Chromium 131+); other browsers ignore them and print the page as before.
    """
    small = 'font-family: "Helvetica Neue", Arial, "Liberation Sans", sans-serif; font-size: 8pt; color: #333;'
    boxes = [f"@top-right {{ content: {css_string(title)}; {small} }}"]
    if note:
        boxes.append(f"@bottom-left {{ content: {css_string(note)}; {small} }}")
    boxes.append(f"@bottom-right {{ content: {_page_counter(lang)}; {small} }}")
    first = "@page :first { @top-right { content: \"\"; } }\n"  # page 1 has the title as <h1>
    return "@page {\n  " + "\n  ".join(boxes) + "\n}\n" + first


def html_page(title: str, body: list[str], footer: list[str], lang: str, *, page_note: str | None = None) -> str:
    """One self-contained printable page; `page_note` is repeated at the foot of every page."""
    return "\n".join(
        [
            "<!DOCTYPE html>",
            f'<html lang="{lang}">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{esc(title)}</title>",
            f"<style>{PRINT_CSS}{page_css(title, lang, page_note)}</style>",
            "</head>",
            "<body>",
            *body,
            "<footer>",
            *footer,
            "</footer>",
            "</body>",
            "</html>",
            "",
        ]
    )


def html_footer(about, lang: str, extra: list[str] = (), builtin: bool = True) -> list[str]:
    out = []
    if about is not None and about.source_name is not None:
        source = esc(about.source_name(lang))
        if about.source_url:
            source = f'<a href="{esc(about.source_url)}">{source}</a>'
        out.append(f"<p>{t(source_key(builtin), lang, source=source)}</p>")
    out.append(f"<p>{esc(t(authored_key(builtin), lang, mark=AUTHORED_MARK))}</p>")
    out += [f"<p>{esc(line)}</p>" for line in extra]
    out.append(f"<p>{esc(t('footer.generated', lang, version=__version__))}</p>")
    return out


def _html_mark(source: str, lang: str, builtin: bool = True) -> str:
    if source != "authored":
        return ""
    title = t("mark.authored" if builtin else "mark.authored_custom", lang)
    return f' <span class="mark" title="{esc(title)}">{AUTHORED_MARK}</span>'


def _html_questions(title: str, questions, lang: str, builtin: bool) -> list[str]:
    all_authored, _ = questions_marked(questions)
    out = [f"<h3>{esc(title)}{_html_mark('authored', lang, builtin) if all_authored else ''}</h3>", "<ol>"]
    for q in questions:
        out.append(f"<li>{esc(q.text(lang))}{'' if all_authored else _html_mark(q.source, lang, builtin)}</li>")
    return out + ["</ol>"]


def _html_phase(p: Phase, lang: str, builtin: bool) -> list[str]:
    label = f"{esc(t('phase.label', lang, number=p.number))}: " if p.number else ""
    out = [f'<section id="{esc(p.id)}">', f"<h2>{label}{esc(p.title(lang))}{_html_mark(p.source, lang, builtin)}</h2>"]
    out.append(f"<p><strong>{esc(t('phase.purpose', lang))}:</strong>{_html_mark(p.source, lang, builtin)} "
               f"{esc(p.purpose(lang))}</p>")
    out += _html_questions(t("phase.questions", lang), p.questions, lang, builtin)
    if p.tools:  # a section with nothing in it is left out
        out.append(f"<h3>{esc(t('phase.tools', lang))}{_html_mark(p.source, lang, builtin)}</h3>")
        out += ["<ul>", *[f"<li>{esc(tool(lang))}</li>" for tool in p.tools], "</ul>"]
    return out + ["</section>"]


def _custom_note(content, lang: str) -> list[str]:
    return [] if content.builtin else [t("footer.custom", lang, path=content.path)]


def phases(content: PhaseSet, phases: list[Phase] | None, lang: str) -> str:
    phases = list(content.phases) if phases is None else phases
    title = t("phases.heading", lang)
    body = [f"<h1>{esc(title)}</h1>"]
    for p in phases:
        body += _html_phase(p, lang, content.builtin)
    return html_page(title, body, html_footer(content.about, lang, _custom_note(content, lang), content.builtin),
                     lang, page_note=_page_note(phases, lang, content.builtin))


def _page_note(items, lang: str, builtin: bool = True) -> str | None:
    """The short authored note for every page, when the handout shows authored texts."""
    authored = any(i.source == "authored" or any(q.source == "authored" for q in i.questions) for i in items)
    return t(authored_key(builtin, short=True), lang, mark=AUTHORED_MARK) if authored else None


def _html_competence(c: Competence, lang: str, builtin: bool) -> list[str]:
    out = [f'<section id="{esc(c.id)}">', f"<h2>{c.number}. {esc(c.title(lang))}{_html_mark(c.source, lang, builtin)}</h2>"]
    out.append(f"<p>{esc(c.description(lang))}</p>")
    out += _html_questions(t("competence.questions", lang), c.questions, lang, builtin)
    return out + ["</section>"]


def competences(content: CompetenceSet, comps: list[Competence] | None, lang: str) -> str:
    comps = list(content.competences) if comps is None else comps
    count = len(content.competences)
    title = t("competences.heading", lang) if count == 10 else t("competences.heading_n", lang, count=count)
    body = [f"<h1>{esc(title)}</h1>"]
    for c in comps:
        body += _html_competence(c, lang, content.builtin)
    body += [f"<section><h2>{esc(t('scale.heading', lang))}{_html_mark(content.scale_source or '', lang, content.builtin)}</h2>"]
    if content.scale_question is not None:
        body.append(f"<p><em>{esc(content.scale_question(lang))}</em></p>")
    body.append('<ul class="scale">')
    body += [f"<li><span class=\"num\">{s.value}</span>{esc(s.label(lang))}</li>" for s in content.scale]
    body += ["</ul>", "</section>"]
    return html_page(title, body, html_footer(content.about, lang, _custom_note(content, lang), content.builtin),
                     lang, page_note=_page_note(comps, lang, content.builtin))


def _html_text(value: str) -> str:
    return esc(user_text(value))


def _title(title: str, authored: bool) -> str:
    return esc(title + mark_suffix(authored))


def _bar(r: Rating) -> str:
    bar = FULL * r.filled + EMPTY * (r.steps - r.filled)
    return f'<span class="bar">{bar}</span> {esc(r.label)}'


def summary(view: SummaryView) -> str:
    """A reflection's summary (netleder.views.summary) as a printable HTML page."""
    lang = view.lang
    body = [f"<h1>{esc(view.title)}</h1>"]
    if view.facts:
        body.append('<p class="subtitle">' + "<br>".join(
            f"<strong>{esc(f.label)}:</strong> {_html_text(f.value) if f.own else esc(f.value)}"
            for f in view.facts) + "</p>")
    for section in view.sections:
        body += _HTML_SECTIONS[section.key](section, view)
    footer = html_footer(view.about, lang, [view.private_note], view.builtin)
    note = t(authored_key(view.builtin, short=True), lang, mark=AUTHORED_MARK) if view.any_authored else None
    return html_page(view.title, body, footer, lang, page_note=note)


def _html_ratings(section, view) -> list[str]:
    lang = view.lang
    out = ["<section>", f"<h2>{_title(section.heading, section.authored)}</h2>"]
    if section.note:
        out.append(f"<p><em>{esc(section.note)}</em></p>")
    out += ["<table>",
           f"<thead><tr><th>{esc(t('col.competence', lang))}</th><th>{esc(t('show.rating', lang))}</th></tr></thead>",
           "<tbody>"]
    out += [f"<tr><td>{_title(r.title, r.authored)}</td><td>{_bar(r)}</td></tr>" for r in section.items]
    return out + ["</tbody>", "</table>", "</section>"]


def _html_picked(section, view) -> list[str]:
    out = ["<section>", f"<h2>{esc(section.heading)}</h2>"]
    if section.note:
        out.append(f"<p><em>{esc(section.note)}</em></p>")
    out.append("<ul>")
    out += [f"<li>{_title(r.title, r.authored)} ({esc(r.label)})</li>" for r in section.items]
    return out + ["</ul>", "</section>"]


def _html_balance(section, view) -> list[str]:
    return [f"<p><em>{esc(section.items[0])}</em></p>"]


def _html_follow_ups(section, view) -> list[str]:
    out = ['<section class="long">', f"<h2>{esc(section.heading)}</h2>", "<ul>"]
    for f in section.items:
        item = f"<li><strong>{esc(f.status_label)}</strong>"
        if f.title is not None:
            item += f" ({_title(f.title, f.authored)})"
        item += f'<div class="answer">{_html_text(f.step)}</div>'
        if f.note:
            item += f'<div class="answer">{_html_text(f.note)}</div>'
        out.append(item + "</li>")
    return out + ["</ul>", "</section>"]


def _html_steps(section, view) -> list[str]:
    out = ['<section class="long">', f"<h2>{esc(section.heading)}</h2>"]
    for s in section.items:
        out += [f"<h3>{_title(s.title, s.authored)}</h3>", f'<div class="answer">{_html_text(s.text)}</div>']
    return out + ["</section>"]


def _html_keep_asking(section, view) -> list[str]:
    out = ["<section>", f"<h2>{esc(section.heading)}</h2>"]
    for block in section.items:
        out += [f"<h3>{_title(block.title, block.authored)}</h3>", "<ol>"]
        out += [f"<li>{_title(q.text, q.authored)}</li>" for q in block.questions]
        out.append("</ol>")
    return out + ["</section>"]


def _html_answers(section, view) -> list[str]:
    out = ['<section class="long">', f"<h2>{esc(section.heading)}</h2>"]
    for block in section.items:
        out += ['<section class="long">', f"<h3>{_title(block.title, block.authored)}</h3>"]
        for i, q in enumerate(block.questions, 1):
            out.append(f"<p><strong>{i}. {_title(q.text, q.authored)}</strong></p>")
            out.append(f'<div class="answer">{_html_text(q.answer)}</div>' if q.answer
                       else f"<p><em>{esc(view.no_answer)}</em></p>")
        out.append("</section>")
    return out + ["</section>"]


_HTML_SECTIONS = {
    "ratings": _html_ratings, "strengths": _html_picked, "highest": _html_picked, "growth": _html_picked,
    "balance": _html_balance,
    "follow_ups": _html_follow_ups, "next_steps": _html_steps, "keep_asking": _html_keep_asking,
    "answers": _html_answers,
}


# --- feedback from others: the leader's view beside others' (netleder.views.feedback) -------

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


def _sample(i: int) -> str:
    """A short stretch of series i's line with its marker, for the legend."""
    dash, shape = _series(i)
    dashes = f' stroke-dasharray="{dash}"' if dash else ""
    return (f'<svg width="44" height="14" viewBox="0 0 44 14" aria-hidden="true">'
            f'<line x1="2" y1="7" x2="42" y2="7" stroke="#111" stroke-width="{2.5 if i == 0 else 1.8}"{dashes}/>'
            f"{_marker(shape, 22, 7, i == 0)}</svg>")


def feedback_radar(view) -> list[str]:
    """An SVG radar of the leader's view and each giver's (three or more competences), with a
    legend; [] when there are too few competences for a radar to mean anything."""
    import math

    rows = view.rows
    n = len(rows)
    if n < 3 or view.steps < 2:
        return []
    radius, out = 130.0, []

    def point(k: int, fraction: float) -> tuple[float, float]:
        angle = -math.pi / 2 + 2 * math.pi * k / n
        return radius * fraction * math.cos(angle), radius * fraction * math.sin(angle)

    label = t("fb.radar_label", view.lang)
    out.append(f'<svg class="radar" viewBox="-190 -165 380 330" width="380" height="330" role="img" '
               f'aria-label="{esc(label)}">')
    for step in range(1, view.steps + 1):
        ring = " ".join(f"{x:.1f},{y:.1f}" for x, y in (point(k, step / view.steps) for k in range(n)))
        out.append(f'<polygon points="{ring}" fill="none" stroke="#999" stroke-width="{1 if step == view.steps else .6}"/>')
    for k, row in enumerate(rows):
        x, y = point(k, 1)
        out.append(f'<line x1="0" y1="0" x2="{x:.1f}" y2="{y:.1f}" stroke="#999" stroke-width=".6"/>')
        lx, ly = point(k, 1.12)
        number = row.title.split(".", 1)[0] if row.title[:1].isdigit() else str(k + 1)
        out.append(f'<text x="{lx:.1f}" y="{ly + 4:.1f}" text-anchor="middle" font-size="12" '
                   f'font-weight="bold" fill="#111">{esc(number)}</text>')
    series = [[row.own for row in rows]] + [[row.others[i].rating for row in rows] for i in range(len(view.givers))]
    for i, ratings in enumerate(series):
        dash, shape = _series(i)
        points = [(k, point(k, r.filled / r.steps)) for k, r in enumerate(ratings)
                  if r is not None and r.value is not None and r.steps]
        if not points:
            continue
        dashes = f' stroke-dasharray="{dash}"' if dash else ""
        coords = " ".join(f"{x:.1f},{y:.1f}" for _, (x, y) in points)
        tag = "polygon" if len(points) > 2 else "polyline"
        out.append(f'<{tag} points="{coords}" fill="none" stroke="#111" stroke-width="{2.5 if i == 0 else 1.8}"'
                   f"{dashes}/>")
        out += [_marker(shape, x, y, i == 0) for _, (x, y) in points]
    out.append("</svg>")
    legend = [f"<li>{_sample(0)} {esc(t('fb.you', view.lang))}</li>"]
    legend += [f"<li>{_sample(i + 1)} {_html_text(g.name)}</li>" for i, g in enumerate(view.givers)]
    scale = esc(t("fb.radar_scale", view.lang, low=view.labels[0], high=view.labels[-1]))
    return ['<figure class="radar">', *out, '<figcaption><ul class="legend">', *legend, "</ul>",
            f"<p>{scale}</p></figcaption>", "</figure>"]


FEEDBACK_CSS = """
figure.radar { margin: .6em 0 1em; break-inside: avoid; page-break-inside: avoid; }
figure.radar svg.radar { display: block; max-width: 100%; height: auto; }
ul.legend { list-style: none; margin: .3em 0; padding: 0; display: flex; flex-wrap: wrap; gap: .2em 1.4em; }
ul.legend svg { vertical-align: middle; }
td.fbcell .bar { white-space: nowrap; }
.comment { white-space: pre-wrap; overflow-wrap: anywhere; border-left: 3px solid #999; padding-left: .6em;
           margin: .2em 0 .5em; }
"""


def _feedback_rating(r) -> str:
    return _bar(r) if r is not None else f"<em>{esc('–')}</em>"


def _feedback_body(view, level: int) -> list[str]:
    """Radar, table, comments and questions; `level` is the heading level of its parts."""
    lang, h = view.lang, f"h{level}"
    out = [f"<style>{FEEDBACK_CSS}</style>", *feedback_radar(view)]
    heads = "".join(f"<th>{_html_text(g.name)}</th>" for g in view.givers)
    out += ["<table>", f"<thead><tr><th>{esc(t('col.competence', lang))}</th><th>{esc(t('fb.you', lang))}</th>"
            f"{heads}</tr></thead>", "<tbody>"]
    for row in view.rows:
        cells = "".join(f'<td class="fbcell">{_feedback_rating(o.rating)}</td>' for o in row.others)
        out.append(f'<tr><td>{_title(row.title, row.authored)}</td><td class="fbcell">{_feedback_rating(row.own)}</td>'
                   f"{cells}</tr>")
    out += ["</tbody>", "</table>"]
    commented = [row for row in view.rows if any(o.comment.strip() for o in row.others)]
    if commented:
        out += ['<section class="long">', f"<{h}>{esc(t('fb.comments', lang))}</{h}>"]
        for row in commented:
            out.append(f"<p><strong>{_title(row.title, row.authored)}</strong></p>")
            for o in row.others:
                if o.comment.strip():
                    out.append(f"<p>{_html_text(view.givers[o.giver].name)}:</p>"
                               f'<div class="comment">{_html_text(o.comment)}</div>')
        out.append("</section>")
    out += ["<section>", f"<{h}>{esc(t('fb.apart_heading', lang))}</{h}>", f"<p><em>{esc(view.apart_note)}</em></p>"]
    if view.apart:
        out += ["<ul>", *[f"<li>{_html_text(a.question)}</li>" for a in view.apart], "</ul>"]
    return out + ["</section>"]


def feedback(view) -> str:
    """`netleder feedback show` as a printable page."""
    lang = view.lang
    facts = []
    if view.network:
        facts.append(f"<strong>{esc(t('summary.network', lang))}:</strong> {_html_text(view.network)}")
    facts.append(esc(view.reflection_note))
    facts += [esc(t("fb.giver_line", lang, giver=user_text(g.name), date=g.date, id=g.fid)) for g in view.givers]
    body = [f"<h1>{esc(view.title)}</h1>", '<p class="subtitle">' + "<br>".join(facts) + "</p>"]
    body += _feedback_body(view, 2)
    footer = html_footer(None, lang, [view.private_note])
    if not view.any_authored:
        footer = [line for line in footer if esc(t(authored_key(True), lang, mark=AUTHORED_MARK)) not in line]
    return html_page(view.title, body, footer, lang)


def _html_feedback_section(section, view) -> list[str]:
    return ['<section class="long">', f"<h2>{esc(section.heading)}</h2>", *_feedback_body(section.items[0], 3),
            "</section>"]


_HTML_SECTIONS["feedback"] = _html_feedback_section
