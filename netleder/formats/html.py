"""The HTML writers: printable pages (A4, running head and foot, page numbers) for the
handouts and a reflection's summary. No JavaScript and no external resources.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Sequence

from netleder import __version__
from netleder.content.model import Competence, CompetenceSet, Phase, PhaseSet
from netleder.i18n import t
from netleder.safe_text import safe_link, user_text
from netleder.views.labels import (
    AUTHORED_MARK,
    EMPTY,
    FULL,
    authored_key,
    mark_suffix,
    questions_marked,
    source_key,
)
from netleder.views.phases import in_play_items, in_play_note, phases_calling_on
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


def html_page(title: str, body: list[str], footer: list[str], lang: str, *, page_note: str | None = None,
              extra_css: str = "") -> str:
    """One self-contained printable page; `page_note` is repeated at the foot of every page."""
    return "\n".join(
        [
            "<!DOCTYPE html>",
            f'<html lang="{lang}">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{esc(title)}</title>",
            f"<style>{PRINT_CSS}{extra_css}{page_css(title, lang, page_note)}</style>",
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


def html_footer(about, lang: str, extra: Sequence[str] = (), builtin: bool = True) -> list[str]:
    out = []
    if about is not None and about.source_name is not None:
        source = esc(about.source_name(lang))
        link = safe_link(about.source_url)
        if link:
            source = f'<a href="{esc(link)}">{source}</a>'
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


def _phase_title(p: Phase, lang: str) -> str:
    label = f"{t('phase.label', lang, number=p.number)}: " if p.number else ""
    return label + p.title(lang)


def _html_in_play(items, lang: str, builtin: bool) -> list[str]:
    if not items:
        return []
    authored = all(item.authored for item in items)
    out = [f"<h3>{esc(t('in_play.heading', lang))}{_html_mark('authored', lang, builtin) if authored else ''}</h3>",
           '<ul class="in-play">']
    for item in items:
        marks = _html_mark("authored" if item.title_authored else "", lang, builtin)
        if not authored:
            marks += _html_mark("authored" if item.authored else "", lang, builtin)
        out.append(f"<li><strong>{item.number}. {esc(item.title)}</strong>{marks}: {esc(item.reason)}</li>")
    return out + ["</ul>"]


def _html_phase(p: Phase, lang: str, builtin: bool, in_play=(), alone: bool = False) -> list[str]:
    out = [f'<section id="{esc(p.id)}">']
    if not alone:  # alone: the page's <h1> names the phase
        out.append(f"<h2>{esc(_phase_title(p, lang))}{_html_mark(p.source, lang, builtin)}</h2>")
    out.append(f"<p><strong>{esc(t('phase.purpose', lang))}:</strong>{_html_mark(p.source, lang, builtin)} "
               f"{esc(p.purpose(lang))}</p>")
    out += _html_questions(t("phase.questions", lang), p.questions, lang, builtin)
    out += _html_in_play(in_play, lang, builtin)
    if p.tools:  # a section with nothing in it is left out
        out.append(f"<h3>{esc(t('phase.tools', lang))}{_html_mark(p.source, lang, builtin)}</h3>")
        out += ["<ul>", *[f"<li>{esc(tool(lang))}</li>" for tool in p.tools], "</ul>"]
    return out + ["</section>"]


def _custom_note(content, lang: str) -> list[str]:
    return [] if content.builtin else [t("footer.custom", lang, path=content.path)]


def phases(content: PhaseSet, phases: list[Phase] | None, lang: str, comps: CompetenceSet | None = None) -> str:
    alone = phases is not None and len(phases) == 1
    phases = list(content.phases) if phases is None else phases
    # titled for what it holds: one phase's handout is called by its name
    title = _phase_title(phases[0], lang) if alone else t("phases.heading", lang)
    body = [f"<h1>{esc(title)}{_html_mark(phases[0].source, lang, content.builtin) if alone else ''}</h1>"]
    for p in phases:
        body += _html_phase(p, lang, content.builtin, in_play_items(p, content, comps, lang), alone)
    note = in_play_note(content, comps, lang) if any(p.in_play for p in phases) else None
    if note:
        body.append(f"<p><em>{esc(note)}</em></p>")
    return html_page(title, body, html_footer(content.about, lang, _custom_note(content, lang), content.builtin),
                     lang, page_note=_page_note(phases, lang, content.builtin))


def _page_note(items, lang: str, builtin: bool = True) -> str | None:
    """The short authored note for every page, when the handout shows authored texts."""
    authored = any(i.source == "authored" or any(q.source == "authored" for q in i.questions) for i in items)
    return t(authored_key(builtin, short=True), lang, mark=AUTHORED_MARK) if authored else None


def _html_competence(c: Competence, lang: str, builtin: bool, alone: bool = False) -> list[str]:
    out = [f'<section id="{esc(c.id)}">']
    if not alone:  # alone: the page's <h1> names it
        out.append(f"<h2>{c.number}. {esc(c.title(lang))}{_html_mark(c.source, lang, builtin)}</h2>")
    out.append(f"<p>{esc(c.description(lang))}</p>")
    out += _html_questions(t("competence.questions", lang), c.questions, lang, builtin)
    return out + ["</section>"]


def competences(content: CompetenceSet, comps: list[Competence] | None, lang: str, phases: PhaseSet | None = None) -> str:
    alone = comps is not None and len(comps) == 1
    comps = list(content.competences) if comps is None else comps
    count = len(content.competences)
    title = t("competences.heading", lang) if count == 10 else t("competences.heading_n", lang, count=count)
    if alone:  # titled for what it holds: one competence's handout is called by its name
        title = f"{t('competence.label', lang, number=comps[0].number)}: {comps[0].title(lang)}"
        body = [f"<h1>{esc(title)}{_html_mark(comps[0].source, lang, content.builtin)}</h1>"]
        body += _html_competence(comps[0], lang, content.builtin, alone=True)
        calling = phases_calling_on(comps[0].id, phases, content, lang)
        if calling:
            authored = all(p.authored for p in calling)
            body.append(f"<section><h2>{esc(t('in_play.phases', lang))}"
                        f"{_html_mark('authored', lang, content.builtin) if authored else ''}</h2><ul>")
            for p in calling:
                marks = "" if authored else _html_mark("authored" if p.authored else "", lang, content.builtin)
                body.append(f"<li><strong>{esc(p.label)}</strong>{marks}: {esc(p.reason)}</li>")
            body.append("</ul></section>")
    else:
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


TALK_CSS = """
.leader { font-size: 12pt; margin: 0 0 .4em; }
.leader .blank { display: inline-block; min-width: 16em; border-bottom: 1px solid #444; }
h3 { font-size: 12pt; margin: 1.1em 0 .15em; }
.keep { break-inside: avoid; page-break-inside: avoid; }
.item { break-inside: avoid; page-break-inside: avoid; margin: .2em 0 .9em; }
.rating { margin: 0 0 .4em; }
.qa { break-inside: avoid; page-break-inside: avoid; margin: 0 0 .5em 1.2em; }
.question { font-style: italic; margin: .3em 0 .15em; }
.qa > p:not(.question) { margin: .1em 0; }
.qn { font-style: normal; font-weight: bold; display: inline-block; min-width: 1.4em; }
.status { font-weight: bold; margin: .1em 0; }
.plan { border: 1px solid #444; border-left-width: 4px; padding: .2em .6em; margin: .2em 0 .3em;
        white-space: pre-wrap; overflow-wrap: anywhere; }
.note { border-left: 2px dotted #444; padding: .1em .6em; margin: .2em 0 .3em 1.2em; font-style: italic;
        white-space: pre-wrap; overflow-wrap: anywhere; }
.tag { font-style: normal; font-weight: bold; font-size: 9pt; text-transform: uppercase; letter-spacing: .04em;
       display: block; }
.arrow { font-weight: bold; }
section.talk-notes { break-before: page; page-break-before: always; break-inside: avoid; }
.talk-notes h3 { margin-top: 1em; }
.talk-notes .line { border-bottom: 1px solid #777; height: 2.1em; }
@media screen { section.talk-notes { margin-top: 3em; } }
"""

ARROWS = {"up": "↑", "down": "↓", "same": "="}


def summary(view: SummaryView) -> str:
    """A reflection's summary (netleder.views.summary) as a printable HTML page: the printout
    for the talk with the reference leader, with the leader's name (or a line for it) and a
    page for notes and agreements from the talk."""
    lang = view.lang
    body = ["<header>", f"<h1>{esc(view.title)}</h1>", _html_leader(view)]
    if view.facts:
        body.append('<p class="subtitle">' + "<br>".join(
            f"<strong>{esc(f.label)}:</strong> {_html_text(f.value) if f.own else esc(f.value)}"
            for f in view.facts) + "</p>")
    body.append("</header>")
    for section in view.sections:
        body += _HTML_SECTIONS[section.key](section, view)
    body += talk_notes(lang)
    footer = html_footer(view.about, lang, [view.private_note], view.builtin)
    note = t(authored_key(view.builtin, short=True), lang, mark=AUTHORED_MARK) if view.any_authored else None
    return html_page(view.title, body, footer, lang, page_note=note, extra_css=TALK_CSS)


def _html_leader(view) -> str:
    label = f"<strong>{esc(t('talk.leader', view.lang))}:</strong> "
    if view.leader:
        return f'<p class="leader">{label}{_html_text(view.leader)}</p>'
    return f'<p class="leader">{label}<span class="blank">&nbsp;</span></p>'


def talk_notes(lang: str) -> list[str]:
    """A page with room for what was said and agreed in the talk (ruled lines to write on)."""
    out = ['<section class="talk-notes">', f"<h2>{esc(t('talk.notes', lang))}</h2>",
           f"<p><em>{esc(t('talk.notes_hint', lang))}</em></p>"]
    for key, lines in (("talk.topics", 7), ("talk.agreed", 7), ("talk.next", 2)):
        out.append(f"<h3>{esc(t(key, lang))}</h3>")
        out += ['<div class="line"></div>'] * lines
    return out + ["</section>"]


def _head(section, view, css: str = "") -> list[str]:
    """The section's opening and heading (and its note)."""
    out = [f'<section class="{css}">' if css else "<section>",
           f"<h2>{_title(section.heading, section.authored)}</h2>"]
    if section.note:
        out.append(f"<p><em>{esc(section.note)}</em></p>")
    return out


def _html_ratings(section, view) -> list[str]:
    lang = view.lang
    out = _head(section, view)
    out += ["<table>",
           f"<thead><tr><th>{esc(t('col.competence', lang))}</th><th>{esc(t('show.rating', lang))}</th></tr></thead>",
           "<tbody>"]
    out += [f"<tr><td>{_title(r.title, r.authored)}</td><td>{_bar(r)}</td></tr>" for r in section.items]
    return out + ["</tbody>", "</table>", "</section>"]


def _html_since_last(section, view) -> list[str]:
    lang = view.lang
    out = _head(section, view)
    out += ["<table>", "<thead><tr>" + "".join(
        f"<th>{esc(t(key, lang))}</th>" for key in ("col.competence", "compare.then", "compare.now", "compare.change"))
        + "</tr></thead>", "<tbody>"]
    for m in section.items:
        before = esc(m.before) if m.before_value is not None else f"<em>{esc(m.before)}</em>"
        after = esc(m.after) if m.after_value is not None else f"<em>{esc(m.after)}</em>"
        out.append(f"<tr><td>{_title(m.title, m.authored)}</td><td>{before}</td><td>{after}</td>"
                   f'<td class="arrow">{ARROWS.get(m.direction, "")}</td></tr>')
    return out + ["</tbody>", "</table>", "</section>"]


def _html_picked(section, view) -> list[str]:
    out = _head(section, view)
    out.append("<ul>")
    out += [f"<li>{_title(r.title, r.authored)} ({esc(r.label)})</li>" for r in section.items]
    return out + ["</ul>", "</section>"]


def _html_balance(section, view) -> list[str]:
    return [f"<p><em>{esc(section.items[0])}</em></p>"]


def _kept_with_heading(head: list[str], blocks: list[list[str]]) -> list[str]:
    """The heading printed together with the first block after it, never alone at a page's foot."""
    if not blocks:
        return head
    return ['<div class="keep">', *head, *blocks[0], "</div>", *[line for block in blocks[1:] for line in block]]


def _html_follow_ups(section, view) -> list[str]:
    lang = view.lang
    blocks = []
    for f in section.items:
        block = ['<div class="item">']
        if f.title is not None:
            block.append(f"<h3>{_title(f.title, f.authored)}</h3>")
        block.append(f'<p class="status">{esc(f.status_label)}</p>' if f.status
                     else f'<p class="status"><em>{esc(f.status_label)}</em></p>')
        block.append(f'<div class="plan"><span class="tag">{esc(t("talk.step", lang))}</span>{_html_text(f.step)}</div>')
        if f.note:
            block.append(f'<div class="note"><span class="tag">{esc(t("talk.note", lang))}</span>{_html_text(f.note)}</div>')
        blocks.append(block + ["</div>"])
    return ['<section class="long">', *_kept_with_heading(_head(section, view, "long")[1:], blocks), "</section>"]


def _html_steps(section, view) -> list[str]:
    lang = view.lang
    blocks = [['<div class="item">', f"<h3>{_title(s.title, s.authored)}</h3>",
               f'<div class="plan"><span class="tag">{esc(t("talk.plan", lang))}</span>{_html_text(s.text)}</div>',
               "</div>"] for s in section.items]
    return ['<section class="long">', *_kept_with_heading(_head(section, view, "long")[1:], blocks), "</section>"]


def _html_keep_asking(section, view) -> list[str]:
    out = _head(section, view)
    for block in section.items:
        out += ['<div class="keep">', f"<h3>{_title(block.title, block.authored)}</h3>", '<ul>']
        out += [f"<li>{_title(q.text, q.authored)}</li>" for q in block.questions]
        out += ["</ul>", "</div>"]
    return out + ["</section>"]


def _letter(i: int) -> str:
    return "abcdefghijklmnopqrstuvwxyz"[i] if i < 26 else str(i + 1)


def _html_answers(section, view) -> list[str]:
    """Competence (h3) -> its rating (and last time's) -> its questions, each with its answer.
    Questions are lettered (a., b.), so they never read as competences (1., 2.)."""
    lang = view.lang
    ratings = {r.cid: r for s in view.sections if s.key == "ratings" for r in s.items}
    last = {m.cid: m for s in view.sections if s.key == "since_last" for m in s.items}
    out = ['<section class="long">']
    for n, block in enumerate(section.items):
        head = [f"<h3>{_title(block.title, block.authored)}</h3>"]
        if n == 0:  # the section's heading goes with its first competence's first answer
            head = _head(section, view, "long")[1:] + head
        r = ratings.get(block.cid)
        if r is not None:
            line = f"{esc(t('show.rating', lang))}: {_bar(r)}"
            m = last.get(block.cid)
            if m is not None and m.before_value is not None:
                line += f" ({esc(t('talk.rating_last', lang, label=m.before))}"
                line += f' <span class="arrow">{ARROWS[m.direction]}</span>)' if m.direction else ")"
            head.append(f'<p class="rating">{line}</p>')
        pairs = []
        for i, q in enumerate(block.questions):
            answer = (f'<div class="answer">{_html_text(q.answer)}</div>' if q.answer
                      else f"<p><em>{esc(view.no_answer)}</em></p>")
            pairs.append(['<div class="qa">', (f'<p class="question"><span class="qn">{_letter(i)}.</span>'
                          f"{_title(q.text, q.authored)}</p>"), answer, "</div>"])
        out += ['<div class="competence">', *_kept_with_heading(head, pairs), "</div>"]
    return out + ["</section>"]


_HTML_SECTIONS = {
    "ratings": _html_ratings, "since_last": _html_since_last, "strengths": _html_picked, "highest": _html_picked, "growth": _html_picked,
    "balance": _html_balance, "in_play": _html_picked,
    "follow_ups": _html_follow_ups, "next_steps": _html_steps, "keep_asking": _html_keep_asking,
    "answers": _html_answers,
}


# --- the model on one page: a diagram (inline SVG) -----------------------------------------

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


def _wrap(text: str, size: float, width: float, max_lines: int = 3) -> list[str]:
    """`text` in lines that fit `width` mm at font `size`; the last line ends in … if cut."""
    limit = max(10, int(width / (size * _CHAR)))
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
    return f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}"{klass}>{esc(text)}</text>'


def overview_svg(view) -> str:
    """The phases top to bottom as boxes joined by arrows: a number in a circle (the
    introduction and the close, which have none, in a dashed box), the title, the one line and
    the competences most in play. Black on white, no colour needed to read it."""
    lang = view.lang
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
            head = t("in_play.short", lang) + (f" {AUTHORED_MARK}" if authored else "") + ": "
            names = " · ".join(f"{item.number}\u00a0{item.title}{mark_suffix(item.title_authored)}"
                               f"{'' if authored else mark_suffix(item.authored)}" for item in card.in_play)
            lines += [(line, _PLAY, "p") for line in _wrap(head + names, _PLAY, inner, 3)]
        height = _PAD + sum(size * 1.32 for _, size, _ in lines) + _PAD * 0.6
        dashed = ' stroke-dasharray="1.6 1.1"' if card.number is None else ""
        parts.append(f'<g class="phase" id="overview-{esc(card.id)}">')
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
            indent = 4.0 if cls == "p" and not text.startswith(t("in_play.short", lang)) else 0  # a wrapped line
            parts.append(_svg_text(_BOX_X + _PAD + indent, line_y, text, size, cls))
        parts.append("</g>")
        centres.append((y, y + height))
        y += height + _GAP
    for (top, bottom), (next_top, next_bottom) in itertools.pairwise(centres):  # arrows between the markers
        start = (top + bottom) / 2 + 6
        end = (next_top + next_bottom) / 2 - 6
        parts.append(f'<line x1="7.5" y1="{start:.1f}" x2="7.5" y2="{end - 1.4:.1f}" stroke="#111" stroke-width="0.5"/>')
        parts.append(f'<path d="M5.9 {end - 1.9:.1f} L7.5 {end:.1f} L9.1 {end - 1.9:.1f} Z" fill="#111"/>')
    height = y - _GAP + 0.5
    label = esc(t("overview.diagram", lang))
    return (f'<svg class="overview" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_W} {height:.1f}" '
            f'role="img" aria-label="{label}" style="max-height: {_MAX_HEIGHT_MM}mm" '
            f'font-family="Helvetica Neue, Arial, Liberation Sans, sans-serif" fill="#111">'
            f"<title>{label}</title>" + "".join(parts) + "</svg>")


OVERVIEW_CSS = """
svg.overview { display: block; width: 100%; height: auto; margin: 0 auto; }
svg.overview .t { font-weight: bold; }
svg.overview .p { font-style: italic; }
body.overview h1 { font-size: 17pt; margin-bottom: .4em; }
body.overview footer { margin-top: .8em; padding-top: .3em; font-size: 7.5pt; line-height: 1.3; }
body.overview footer p { margin: 0; }
body.overview .note { font-size: 8.5pt; margin: .4em 0 0; }
@media print { body.overview { break-inside: avoid; } }
"""


def overview(view) -> str:
    """The model on one page: the diagram, a line on what "in play" means, the source."""
    lang = view.lang
    body = [f"<h1>{esc(view.title)}</h1>", overview_svg(view)]
    if any(card.in_play for card in view.cards):
        body.append(f'<p class="note">{esc(t("in_play.short", lang))}: {esc(t("in_play.explain", lang))}</p>')
    if view.in_play_note:
        body.append(f'<p class="note"><em>{esc(view.in_play_note)}</em></p>')
    footer = html_footer(view.about, lang, [view.custom_note] if view.custom_note else [], view.builtin)
    note = t(authored_key(view.builtin, short=True), lang, mark=AUTHORED_MARK) if view.any_authored else None
    page = html_page(view.title, body, footer, lang, page_note=note)
    return page.replace("<body>", '<body class="overview">', 1).replace("</style>", OVERVIEW_CSS + "</style>", 1)


# --- worksheets: questions with room to write, the scale as boxes to tick --------------------

WORKSHEET_CSS = """
.who { display: flex; gap: 2.5em; margin: .4em 0 1.4em; }
.who span { flex: 1; border-bottom: 1px solid #111; padding: 1.2em 0 .15em; }
.who span.date { flex: 0 0 12em; }
.keep, .q, .scale-block, .in-play-block { break-inside: avoid; page-break-inside: avoid; }
.q { margin: .5em 0 .9em; }
.q p { margin: 0; font-weight: bold; }
.write { height: 8.5mm; border-bottom: 1px solid #666; }
.write.short { height: 7.5mm; }
.scale-block p { margin: .3em 0; }
.boxes { list-style: none; margin: .2em 0 .8em; padding: 0; display: flex; flex-wrap: wrap; gap: .4em 1.6em; }
.box { display: inline-block; width: 4.2mm; height: 4.2mm; border: 1.2px solid #111; vertical-align: -.8mm;
       margin-right: .4em; }
section.sheet, section.phase { margin-top: 1.2em; break-inside: auto; page-break-inside: auto; }
section.sheet h2 { margin-top: .6em; }
"""


def _sheet_question(number: int, q, lang: str, builtin: bool, lines: int, mark_each: bool, short: bool = False) -> str:
    mark_html = _html_mark("authored", lang, builtin) if mark_each and q.authored else ""
    space = "".join(f'<div class="write{" short" if short else ""}"></div>' for _ in range(lines))
    return f'<div class="q"><p>{number}. {esc(q.text)}{mark_html}</p>{space}</div>'


def _sheet_questions(questions, lang: str, builtin: bool, lines: int, short: bool = False) -> tuple[str, list[str]]:
    """(the heading's mark, the questions): all authored marks the heading, else each question."""
    all_authored = all(q.authored for q in questions)
    head_mark = _html_mark("authored", lang, builtin) if all_authored else ""
    return head_mark, [_sheet_question(i, q, lang, builtin, lines, not all_authored, short)
                       for i, q in enumerate(questions, 1)]


def worksheet(view) -> str:
    """A worksheet to print: a question is never parted from the lines to write on below it."""
    lang, builtin = view.lang, view.builtin
    body = [f"<h1>{esc(view.title)}</h1>",
            (f'<div class="who"><span>{esc(t("worksheet.name", lang))}:</span>'
            f'<span class="date">{esc(t("worksheet.date", lang))}:</span></div>')]
    if view.phase is not None:
        p = view.phase
        body.append(f'<section class="phase"><div class="keep"><h2>{esc(p.heading)}'
                    f'{_html_mark("authored" if p.authored else "", lang, builtin)}</h2>')
        body.append(f"<p>{esc(p.purpose)}</p>")
        head_mark, questions = _sheet_questions(p.questions, lang, builtin, 3, short=True)
        body.append(f"<h3>{esc(t('phase.questions', lang))}{head_mark}</h3>{questions[0]}</div>")
        body += questions[1:]
        if p.in_play:
            body.append('<div class="in-play-block">')
            body += _html_in_play(p.in_play, lang, builtin)
            body.append("</div>")
        if view.in_play_note:
            body.append(f"<p><em>{esc(view.in_play_note)}</em></p>")
        body.append("</section>")
    for c in view.competences:
        head_mark, questions = _sheet_questions(c.questions, lang, builtin, 4)
        body.append(f'<section class="sheet" id="{esc(c.cid)}"><div class="keep">'
                    f"<h2>{c.number}. {esc(c.title)}{_html_mark('authored' if c.authored else '', lang, builtin)}</h2>"
                    f"<p>{esc(c.description)}</p>"
                    f"<h3>{esc(t('competence.questions', lang))}{head_mark}</h3>{questions[0]}</div>")
        body += questions[1:]
        if view.scale:
            question = view.scale_question or t("scale.heading", lang)
            body.append(f'<div class="scale-block"><p><strong>{esc(question)}</strong>'
                        f'{_html_mark("authored" if view.scale_authored else "", lang, builtin)} '
                        f'<em>({esc(t("worksheet.tick", lang))})</em></p><ul class="boxes">')
            body += [f'<li><span class="box"></span>{esc(label)}</li>' for label in view.scale]
            body.append("</ul></div>")
        body.append("</section>")
    footer = html_footer(view.about, lang, [view.custom_note] if view.custom_note else [], builtin)
    note = t(authored_key(builtin, short=True), lang, mark=AUTHORED_MARK) if view.any_authored else None
    return html_page(view.title, body, footer, lang, page_note=note).replace("</style>", WORKSHEET_CSS + "</style>", 1)


# --- history and one competence's trend ---------------------------------------------------------

HISTORY_CSS = """
.when { white-space: nowrap; }
.small { font-size: 9pt; color: #222; }
figure { margin: .6em 0 1.2em; break-inside: avoid; page-break-inside: avoid; }
figure svg { max-width: 100%; height: auto; display: block; }  /* its own size: text like the page's */
figcaption { font-size: 9pt; margin-top: .3em; }
tr { break-inside: avoid; page-break-inside: avoid; }
"""


def _when_html(when, complete: bool, lang: str) -> str:
    text = f'<span class="when">{esc(when.date)}</span>'
    if when.time:
        text += f'<br><span class="when">{esc(when.time)}</span>'
    if not complete:
        text += f"<br><em>{esc(t('history.draft', lang))}</em>"
    return text


def history(reflections, phases, lang: str, network: str | None = None, comps=None) -> str:
    """The saved reflections as a printable page: a table, newest first (authored titles marked
    when `comps` is given)."""
    from netleder.views.history import build_history

    title = (t("history.heading_network", lang, network=user_text(network), count=len(reflections)) if network
             else t("history.heading", lang, count=len(reflections)))
    body = [f"<h1>{esc(title)}</h1>"]
    if not reflections:
        body.append(f"<p><em>{esc(t('history.none_html', lang))}</em></p>")
    else:
        heads = [t(f"history.col.{key}", lang) for key in ("id", "date", "network", "phase", "count", "strength",
                                                         "growth")]
        body += ["<table>", "<thead><tr>" + "".join(f"<th>{esc(h)}</th>" for h in heads) + "</tr></thead>", "<tbody>"]
        marked = False
        for row in build_history(reflections, phases, lang, comps):
            marked = marked or row.strength.endswith(AUTHORED_MARK) or row.growth.endswith(AUTHORED_MARK)
            cells = [esc(row.id), _when_html(row.when, row.complete, lang), _html_text(row.network) or "–",
                     esc(row.phase or "–"), esc(row.rated), esc(row.strength or "–"), esc(row.growth or "–")]
            body.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        body += ["</tbody>", "</table>",
                 f'<p class="small">{esc(t("history.count_note", lang))}</p>',
                 f'<p class="small">{esc(t("history.legend", lang))}</p>']
        if marked:
            body.append(f'<p class="small">{esc(t(authored_key(comps.builtin), lang, mark=AUTHORED_MARK))}</p>')
    footer = [f"<p>{esc(t('show.private', lang))}</p>", f"<p>{esc(t('footer.generated', lang, version=__version__))}</p>"]
    return html_page(title, body, footer, lang, extra_css=HISTORY_CSS)


def trend(cid: str, title: str, points, skipped: int, lang: str) -> str:
    """One competence across the reflections that rated it, oldest first: an SVG chart (black on
    white: it prints in black and white; no script, nothing fetched) and the same as a table."""
    from netleder.views.history import build_trend

    view = build_trend(cid, title, points, skipped, lang)
    heading = t("trend.heading", lang, competence=title)
    body = [f"<h1>{esc(heading)}</h1>"]
    if not view.points:
        body.append(f"<p><em>{esc(t('trend.none', lang, competence=title))}</em></p>")
    else:
        first, last = view.points[0], view.points[-1]
        body += ["<figure>", trend_svg(view, lang),
                 f"<figcaption>{esc(t('trend.chart_caption', lang))}</figcaption>", "</figure>",
                 f"<p>{esc(t('trend.summary', lang, first=first.label, last=last.label))}</p>"]
        heads = [t("history.col.date", lang), t("history.col.id", lang), t("show.rating", lang),
                 t("compare.change", lang), t("history.col.network", lang)]
        body += ["<table>", "<thead><tr>" + "".join(f"<th>{esc(h)}</th>" for h in heads) + "</tr></thead>", "<tbody>"]
        for p in view.points:
            bar = FULL * p.position + EMPTY * (p.steps - p.position)
            cells = [_when_html(p.when, p.complete, lang), esc(p.id),
                     f'<span class="bar">{bar}</span> {esc(p.label)}', ARROWS.get(p.direction, ""),
                     _html_text(p.network)]
            body.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        body += ["</tbody>", "</table>"]
        if skipped:
            body.append(f'<p class="small">{esc(t("trend.skipped", lang, count=skipped))}</p>')
    footer = [f"<p>{esc(t('show.private', lang))}</p>", f"<p>{esc(t('footer.generated', lang, version=__version__))}</p>"]
    return html_page(heading, body, footer, lang, extra_css=HISTORY_CSS)


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


def trend_svg(view, lang: str) -> str:
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
           f"<title>{esc(t('trend.heading', lang, competence=view.title))}</title>", f"<desc>{esc(desc)}</desc>"]
    for k, level in enumerate(levels, 1):
        y = y_of(k, steps)
        out.append(f'<line x1="{x0 - 12:.1f}" y1="{y:.1f}" x2="{x0 + plot_w + 12:.1f}" y2="{y:.1f}" '
                   f'stroke="#999" stroke-width="1" stroke-dasharray="3 3"/>')
        out.append(f'<text x="{x0 - 16:.1f}" y="{y + 4:.1f}" text-anchor="end">{esc(level)}</text>')
    coords = [(x, y_of(p.position, p.steps)) for x, p in zip(xs, points)]
    if n > 1:
        out.append('<polyline fill="none" stroke="#000" stroke-width="2" points="'
                   + " ".join(f"{x:.1f},{y:.1f}" for x, y in coords) + '"/>')
    radius = 4 if gap >= 12 or n == 1 else 2.5
    for (x, y), p in zip(coords, points):
        fill = "#000" if p.complete else "#fff"
        out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius}" fill="{fill}" stroke="#000" stroke-width="1.5"/>')
    for i in axis_labels(widths, xs):
        for k, line in enumerate(lines[i]):
            out.append(f'<text class="axis" x="{xs[i]:.1f}" y="{base + (AXIS_PT + 4) * k:.1f}" text-anchor="middle" '
                       f'font-size="{AXIS_PT}">{esc(line)}</text>')
    return "\n".join(out + ["</svg>"])


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
    """A missing rating is only its words: an empty bar would read like a low score."""
    if r is None:
        return f"<em>{esc('–')}</em>"
    return _bar(r) if r.value is not None else f"<em>{esc(r.label)}</em>"


def _feedback_body(view, level: int) -> list[str]:
    """Radar, table, comments and questions; `level` is the heading level of its parts."""
    lang, h = view.lang, f"h{level}"
    out = [f"<style>{FEEDBACK_CSS}</style>", *feedback_radar(view)]
    heads = "".join(f"<th>{_html_text(g.name)}</th>" for g in view.givers)
    out += ["<table>", (f"<thead><tr><th>{esc(t('col.competence', lang))}</th><th>{esc(t('fb.you', lang))}</th>"
            f"{heads}</tr></thead>"), "<tbody>"]
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


def course(view) -> str:
    """`netleder course show` (netleder/formats/course_html.py; jinja2 is imported there)."""
    from netleder.formats.course_html import course as draw

    return draw(view)
