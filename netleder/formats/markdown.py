"""The Markdown writers: handouts of the model and a reflection's summary.
"""

from __future__ import annotations

import re

from netleder.content.model import About, Competence, CompetenceSet, Phase, PhaseSet
from netleder.i18n import t
from netleder.reflection import Reflection
from netleder.safe_text import user_text
from netleder.views.labels import (
    AUTHORED_MARK,
    authored_key,
    follow_up_label,
    mark,
    questions_marked,
)
from netleder.views.provenance import Provenance
from netleder.views.summary import (
    answered_competences,
    keep_asking,
    mark_suffix,
    rating_cells,
    summary_facts,
    summary_heading,
    title_marked,
)

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")


def md_escape(text: str) -> str:
    """Markdown-escape one line or paragraph so it shows exactly as written."""
    out = _MD_SPECIAL.sub(r"\\\1", text)
    out = re.sub(r"^(\s*)([-=+#>])", r"\1\\\2", out, flags=re.M)  # markers at a line's start
    out = re.sub(r"^(\s*\d+)([.)])", r"\1\\\2", out, flags=re.M)  # ordered-list markers
    out = re.sub(r"&(?=#?\w+;)", "&amp;", out)  # an entity typed as text stays text
    return out


def md_paragraph(text: str) -> str:
    """A multi-line user or content text as Markdown with its line breaks kept."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "  \n".join(md_escape(line) for line in lines)


def _md_questions(title: str, questions, lang: str) -> list[str]:
    all_authored, _ = questions_marked(questions)
    out = [f"**{md_escape(title)}**{' ' + AUTHORED_MARK if all_authored else ''}", ""]
    for i, q in enumerate(questions, 1):
        out.append(f"{i}. {md_escape(q.text(lang))}{'' if all_authored else mark(q.source)}")
    return out + [""]


def _md_footer(about, lang: str, builtin: bool = True) -> list[str]:
    out = ["---", ""]
    if about.source_name is not None:
        source = md_escape(about.source_name(lang))
        if about.source_url:
            source = f"[{source}](<{about.source_url}>)"
        out.append(f"*{t('footer.source', lang, source=source)}*  ")
    out.append(f"*{md_escape(t(authored_key(builtin), lang, mark=AUTHORED_MARK))}*")
    return out + [""]


def _md_phase(p: Phase, lang: str) -> list[str]:
    label = f"{t('phase.label', lang, number=p.number)}: " if p.number else ""
    out = [f"## {md_escape(label + p.title(lang))}{mark(p.source)}", ""]
    out += [f"**{t('phase.purpose', lang)}:** {md_paragraph(p.purpose(lang))}", ""]
    out += _md_questions(t("phase.questions", lang), p.questions, lang)
    out += [f"**{t('phase.tools', lang)}**", ""]
    out += [f"- {md_escape(tool(lang))}" for tool in p.tools] or [f"*{t('phase.no_tools', lang)}*"]
    return out + [""]


def phases_markdown(content: PhaseSet, phases: list[Phase], lang: str) -> str:
    out = [f"# {t('phases.heading', lang)}", ""]
    for p in phases:
        out += _md_phase(p, lang)
    return "\n".join(out + _md_footer(content.about, lang, content.builtin))


def _md_competence(c: Competence, lang: str) -> list[str]:
    out = [f"## {c.number}. {md_escape(c.title(lang))}{mark(c.source)}", ""]
    out += [md_paragraph(c.description(lang)), ""]
    return out + _md_questions(t("competence.questions", lang), c.questions, lang)


def competences_markdown(content: CompetenceSet, comps: list[Competence], lang: str) -> str:
    count = len(content.competences)
    title = t("competences.heading", lang) if count == 10 else t("competences.heading_n", lang, count=count)
    out = [f"# {md_escape(title)}", ""]
    for c in comps:
        out += _md_competence(c, lang)
    out += [f"**{t('scale.heading', lang)}**", ""]
    out += [f"- {s.value}: {md_escape(s.label(lang))}" for s in content.scale] + [""]
    return "\n".join(out + _md_footer(content.about, lang, content.builtin))


def _md_text(value: str, indent: str = "") -> str:
    """The leader's text as Markdown, exactly as typed, its line breaks kept."""
    return md_paragraph(user_text(value)).replace("\n", "\n" + indent) if indent else md_paragraph(user_text(value))


def reflection_markdown(reflection: Reflection, phases, comps: CompetenceSet | None, lang: str) -> str:
    prov = Provenance(reflection, comps)
    summary = reflection.summary()
    out = [f"# {md_escape(summary_heading(reflection, lang))}", ""]
    facts = summary_facts(reflection, phases, lang)
    for i, (label, value, own) in enumerate(facts):
        text = _md_text(value) if own else md_escape(value)
        out.append(f"**{md_escape(label)}:** {text}" + ("  " if i < len(facts) - 1 else ""))
    out.append("")

    out += [f"## {md_escape(t('summary.ratings', lang))}", ""]
    out += [f"| {md_escape(t('col.competence', lang))} | {md_escape(t('show.rating', lang))} |", "| --- | --- |"]
    for comp in reflection.snapshot.competences:
        bar, label = rating_cells(reflection, comp.id, lang)
        out.append(f"| {md_escape(title_marked(reflection, comp.id, lang, prov))} | {bar} {md_escape(label)} |")
    out.append("")

    if summary.strengths or summary.growth:
        for key, ids in (("summary.strengths", summary.strengths), ("summary.growth", summary.growth)):
            out += [f"## {md_escape(t(key, lang))}", ""]
            out += [f"- {md_escape(title_marked(reflection, cid, lang, prov))} "
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
                line += f"  \n  *{md_escape(title_marked(reflection, f.competence_id, lang, prov))}*"
            out.append(line)
        out.append("")

    steps = [(cid, text) for cid, text in reflection.next_steps.items() if text]
    if steps:
        out += [f"## {md_escape(t('summary.next_steps', lang))}", ""]
        for cid, text in steps:
            out.append(f"- **{md_escape(title_marked(reflection, cid, lang, prov))}:**  \n  {_md_text(text, '  ')}")
        out.append("")

    asking = keep_asking(reflection)
    if asking:
        out += [f"## {md_escape(t('summary.keep_asking', lang))}", ""]
        for cid in asking:
            comp = reflection.snapshot.competence(cid)
            out += [f"### {md_escape(title_marked(reflection, cid, lang, prov))}", ""]
            out += [f"{i}. {md_escape(q(lang))}{mark_suffix((cid, i - 1) in prov.questions)}"
                    for i, q in enumerate(comp.questions, 1)]
            out.append("")

    answered = answered_competences(reflection)
    if answered:
        out += [f"## {md_escape(t('summary.answers', lang))}", ""]
        for comp in answered:
            given = reflection.answers.get(comp.id, [])
            out += [f"### {md_escape(title_marked(reflection, comp.id, lang, prov))}", ""]
            for i, question in enumerate(comp.questions):
                answer = given[i] if i < len(given) else ""
                out += [f"**{i + 1}\\. {md_escape(question(lang))}{mark_suffix((comp.id, i) in prov.questions)}**", ""]
                out += [_md_text(answer) if answer else f"*{md_escape(t('summary.no_answer', lang))}*", ""]

    footer = _md_footer(prov.about or About(), lang)  # [..., authored line, ""]
    footer[-2] += "  "
    footer.insert(-1, f"*{md_escape(t('show.private', lang))}*")
    return "\n".join(out + footer)
