"""One reflection as Markdown or as a printable HTML page: `netleder show --format markdown|html`.

Made to be brought to a talk with the co-driver or the reference leader, and printed like
the phase handout: it reuses export.py's machinery (md_escape, md_paragraph, esc,
html_page with PRINT_CSS and the running head/foot, html_footer). Pure: no store, no I/O.

- The leader's own text (answers, next steps, notes, the network's name) is made safe with
  render_summary.user_text (line endings normalised, control characters visible) and then
  escaped for the format: `<script>` and Markdown control characters show as typed, and
  the line breaks are kept (Markdown hard breaks; HTML `white-space: pre-wrap`).
- Texts the netleder project wrote are marked † and the footer says what † means. A
  reflection keeps its own copy of the competences (its snapshot), which does not record
  where a text came from; so a text is marked when the content in use has the same text,
  marked authored, for the same competence. A text the content no longer has is not marked
  (we do not claim what we cannot tell), and the handbook is named as the source only when
  the reflection's competences are found in the content in use.
"""

from __future__ import annotations

from netleder.content import About, CompetenceSet
from netleder.export import _md_footer, esc, html_footer, html_page, md_escape, md_paragraph
from netleder.i18n import t
from netleder.reflection import Reflection
from netleder.render import AUTHORED_MARK
from netleder.render_summary import (
    EMPTY,
    FULL,
    follow_up_label,
    network_type_label,
    phase_label,
    user_text,
)


class Provenance:
    """Which of a reflection's competence texts the content in use marks as authored."""

    def __init__(self, reflection: Reflection, comps: CompetenceSet | None) -> None:
        self.titles: set[str] = set()
        self.questions: set[tuple[str, int]] = set()
        self.about: About | None = None
        if comps is None:
            return
        current = {c.id: c for c in comps.competences}
        matched = False
        for snap in reflection.snapshot.competences:
            comp = current.get(snap.id)
            if comp is None or comp.title != snap.title:
                continue
            matched = True
            if comp.source == "authored":
                self.titles.add(snap.id)
            for i, question in enumerate(snap.questions):
                if i < len(comp.questions) and comp.questions[i].text == question \
                        and comp.questions[i].source == "authored":
                    self.questions.add((snap.id, i))
        if matched:
            self.about = comps.about

    @property
    def any(self) -> bool:
        return bool(self.titles or self.questions)


def _mark(authored: bool) -> str:
    return f" {AUTHORED_MARK}" if authored else ""


def _bar(reflection: Reflection, cid: str, lang: str) -> tuple[str, str]:
    """(`████░`, `4/5 Lykkes som regel`), or an empty bar and "not rated"."""
    snapshot = reflection.snapshot
    values = snapshot.scale_values
    value = reflection.ratings.get(cid)
    top = max(values) if values else value
    filled = values.index(value) + 1 if value in values else 0
    bar = FULL * filled + EMPTY * (len(values) - filled)
    if value is None:
        return bar, f"–/{top} {t('summary.not_rated', lang)}"
    return bar, f"{value}/{top} {snapshot.label(value, lang)}"


def _title(reflection: Reflection, cid: str, lang: str, prov: Provenance) -> str:
    comp = reflection.snapshot.competence(cid)
    if comp is None:
        return cid
    return f"{comp.number}. {comp.title(lang)}{_mark(cid in prov.titles)}"


def _heading(reflection: Reflection, lang: str) -> str:
    title = t("summary.title", lang, date=(reflection.created_at or "")[:10])
    return title if reflection.complete else f"{title} ({t('summary.draft', lang)})"


def _facts(reflection: Reflection, phases, lang: str) -> list[tuple[str, str, bool]]:
    """(label, value, is the leader's own text) for the page's head."""
    out = []
    for key, value, own in (
        ("summary.network", user_text(reflection.network), True),
        ("summary.type", network_type_label(reflection.network_type, lang), False),
        ("summary.phase", phase_label(reflection.phase, phases, lang), False),
        ("show.id", reflection.id, False),
    ):
        if value:
            out.append((t(key, lang), value, own))
    return out


def _keep_asking(reflection: Reflection) -> list[str]:
    return [cid for cid in reflection.summary().growth
            if (comp := reflection.snapshot.competence(cid)) is not None and comp.questions]


def _answered(reflection: Reflection):
    return [c for c in reflection.snapshot.competences if any(reflection.answers.get(c.id, []))]


# --- Markdown --------------------------------------------------------------------------------


def _md_text(value: str, indent: str = "") -> str:
    """The leader's text as Markdown, exactly as typed, its line breaks kept."""
    return md_paragraph(user_text(value)).replace("\n", "\n" + indent) if indent else md_paragraph(user_text(value))


def reflection_markdown(reflection: Reflection, phases, comps: CompetenceSet | None, lang: str) -> str:
    prov = Provenance(reflection, comps)
    summary = reflection.summary()
    out = [f"# {md_escape(_heading(reflection, lang))}", ""]
    facts = _facts(reflection, phases, lang)
    for i, (label, value, own) in enumerate(facts):
        text = _md_text(value) if own else md_escape(value)
        out.append(f"**{md_escape(label)}:** {text}" + ("  " if i < len(facts) - 1 else ""))
    out.append("")

    out += [f"## {md_escape(t('summary.ratings', lang))}", ""]
    out += [f"| {md_escape(t('col.competence', lang))} | {md_escape(t('show.rating', lang))} |", "| --- | --- |"]
    for comp in reflection.snapshot.competences:
        bar, label = _bar(reflection, comp.id, lang)
        out.append(f"| {md_escape(_title(reflection, comp.id, lang, prov))} | {bar} {md_escape(label)} |")
    out.append("")

    if summary.strengths or summary.growth:
        for key, ids in (("summary.strengths", summary.strengths), ("summary.growth", summary.growth)):
            out += [f"## {md_escape(t(key, lang))}", ""]
            out += [f"- {md_escape(_title(reflection, cid, lang, prov))} "
                    f"({reflection.ratings[cid]}/{max(reflection.snapshot.scale_values)})" for cid in ids]
            out.append("")
    else:
        out += [f"*{md_escape(t('summary.even' if summary.even else 'summary.too_few', lang))}*", ""]

    if reflection.follow_ups:
        out += [f"## {md_escape(t('summary.follow_ups', lang))}", ""]
        for f in reflection.follow_ups:
            line = f"- **{md_escape(follow_up_label(f.status, lang))}:** {_md_text(f.step, '  ')}"
            if f.note:
                line += f"  \n  {_md_text(f.note, '  ')}"
            if reflection.snapshot.competence(f.competence_id) is not None:
                line += f"  \n  *{md_escape(_title(reflection, f.competence_id, lang, prov))}*"
            out.append(line)
        out.append("")

    steps = [(cid, text) for cid, text in reflection.next_steps.items() if text]
    if steps:
        out += [f"## {md_escape(t('summary.next_steps', lang))}", ""]
        for cid, text in steps:
            out.append(f"- **{md_escape(_title(reflection, cid, lang, prov))}:**  \n  {_md_text(text, '  ')}")
        out.append("")

    asking = _keep_asking(reflection)
    if asking:
        out += [f"## {md_escape(t('summary.keep_asking', lang))}", ""]
        for cid in asking:
            comp = reflection.snapshot.competence(cid)
            out += [f"### {md_escape(_title(reflection, cid, lang, prov))}", ""]
            out += [f"{i}. {md_escape(q(lang))}{_mark((cid, i - 1) in prov.questions)}"
                    for i, q in enumerate(comp.questions, 1)]
            out.append("")

    answered = _answered(reflection)
    if answered:
        out += [f"## {md_escape(t('summary.answers', lang))}", ""]
        for comp in answered:
            given = reflection.answers.get(comp.id, [])
            out += [f"### {md_escape(_title(reflection, comp.id, lang, prov))}", ""]
            for i, question in enumerate(comp.questions):
                answer = given[i] if i < len(given) else ""
                out += [f"**{i + 1}\\. {md_escape(question(lang))}{_mark((comp.id, i) in prov.questions)}**", ""]
                out += [_md_text(answer) if answer else f"*{md_escape(t('summary.no_answer', lang))}*", ""]

    footer = _md_footer(prov.about or About(), lang)  # [..., authored line, ""]
    footer[-2] += "  "
    footer.insert(-1, f"*{md_escape(t('show.private', lang))}*")
    return "\n".join(out + footer)


# --- HTML ------------------------------------------------------------------------------------


def _html_text(value: str) -> str:
    return esc(user_text(value))


def reflection_html(reflection: Reflection, phases, comps: CompetenceSet | None, lang: str) -> str:
    prov = Provenance(reflection, comps)
    summary = reflection.summary()
    heading = _heading(reflection, lang)
    body = [f"<h1>{esc(heading)}</h1>"]
    facts = _facts(reflection, phases, lang)
    if facts:
        body.append('<p class="subtitle">' + "<br>".join(
            f"<strong>{esc(label)}:</strong> {_html_text(value) if own else esc(value)}"
            for label, value, own in facts) + "</p>")

    body += ["<section>", f"<h2>{esc(t('summary.ratings', lang))}</h2>", "<table>",
             f"<thead><tr><th>{esc(t('col.competence', lang))}</th><th>{esc(t('show.rating', lang))}</th></tr></thead>",
             "<tbody>"]
    for comp in reflection.snapshot.competences:
        bar, label = _bar(reflection, comp.id, lang)
        body.append(f"<tr><td>{esc(_title(reflection, comp.id, lang, prov))}</td>"
                    f'<td><span class="bar">{bar}</span> {esc(label)}</td></tr>')
    body += ["</tbody>", "</table>", "</section>"]

    if summary.strengths or summary.growth:
        for key, ids in (("summary.strengths", summary.strengths), ("summary.growth", summary.growth)):
            body += ["<section>", f"<h2>{esc(t(key, lang))}</h2>", "<ul>"]
            body += [f"<li>{esc(_title(reflection, cid, lang, prov))} "
                     f"({reflection.ratings[cid]}/{max(reflection.snapshot.scale_values)})</li>" for cid in ids]
            body += ["</ul>", "</section>"]
    else:
        body.append(f"<p><em>{esc(t('summary.even' if summary.even else 'summary.too_few', lang))}</em></p>")

    if reflection.follow_ups:
        body += ['<section class="long">', f"<h2>{esc(t('summary.follow_ups', lang))}</h2>", "<ul>"]
        for f in reflection.follow_ups:
            item = f"<li><strong>{esc(follow_up_label(f.status, lang))}</strong>"
            if reflection.snapshot.competence(f.competence_id) is not None:
                item += f" ({esc(_title(reflection, f.competence_id, lang, prov))})"
            item += f'<div class="answer">{_html_text(f.step)}</div>'
            if f.note:
                item += f'<div class="answer">{_html_text(f.note)}</div>'
            body.append(item + "</li>")
        body += ["</ul>", "</section>"]

    steps = [(cid, text) for cid, text in reflection.next_steps.items() if text]
    if steps:
        body += ['<section class="long">', f"<h2>{esc(t('summary.next_steps', lang))}</h2>"]
        for cid, text in steps:
            body += [f"<h3>{esc(_title(reflection, cid, lang, prov))}</h3>",
                     f'<div class="answer">{_html_text(text)}</div>']
        body.append("</section>")

    asking = _keep_asking(reflection)
    if asking:
        body += ["<section>", f"<h2>{esc(t('summary.keep_asking', lang))}</h2>"]
        for cid in asking:
            comp = reflection.snapshot.competence(cid)
            body += [f"<h3>{esc(_title(reflection, cid, lang, prov))}</h3>", "<ol>"]
            body += [f"<li>{esc(q(lang))}{esc(_mark((cid, i) in prov.questions))}</li>"
                     for i, q in enumerate(comp.questions)]
            body.append("</ol>")
        body.append("</section>")

    answered = _answered(reflection)
    if answered:
        body += ['<section class="long">', f"<h2>{esc(t('summary.answers', lang))}</h2>"]
        for comp in answered:
            given = reflection.answers.get(comp.id, [])
            body += ['<section class="long">', f"<h3>{esc(_title(reflection, comp.id, lang, prov))}</h3>"]
            for i, question in enumerate(comp.questions):
                answer = given[i] if i < len(given) else ""
                body.append(f"<p><strong>{i + 1}. {esc(question(lang))}"
                            f"{esc(_mark((comp.id, i) in prov.questions))}</strong></p>")
                body.append(f'<div class="answer">{_html_text(answer)}</div>' if answer
                            else f"<p><em>{esc(t('summary.no_answer', lang))}</em></p>")
            body.append("</section>")
        body.append("</section>")

    footer = html_footer(prov.about, lang, [t("show.private", lang)])
    note = t("print.authored_short", lang, mark=AUTHORED_MARK) if prov.any else None
    return html_page(heading, body, footer, lang, page_note=note)
