"""The Markdown writers: handouts of the model and a reflection's summary.
"""

from __future__ import annotations

import re

from netleder.content.model import About, Competence, CompetenceSet, Phase, PhaseSet
from netleder.safe_text import user_text
from netleder.views.labels import EMPTY, FULL, mark_suffix
from netleder.views.phases import OverviewView
from netleder.views.summary import Rating, SummaryView

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")


def md_escape(text: str) -> str:
    """Markdown-escape one line or paragraph so it shows exactly as written."""
    out = _MD_SPECIAL.sub(r"\\\1", text)
    out = re.sub(r"^(\s*)([-=+#>])", r"\1\\\2", out, flags=re.MULTILINE)  # markers at a line's start
    out = re.sub(r"^(\s*\d+)([.)])", r"\1\\\2", out, flags=re.MULTILINE)  # ordered-list markers
    out = re.sub(r"&(?=#?\w+;)", "&amp;", out)  # an entity typed as text stays text
    return out


def md_paragraph(text: str) -> str:
    """A multi-line user or content text as Markdown with its line breaks kept."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "  \n".join(md_escape(line) for line in lines)


def _md_questions(title: str, questions, all_authored: bool) -> list[str]:
    """A heading and its numbered questions: all the project's own marks the heading, else each."""
    out = [f"**{md_escape(title)}**{md_escape(mark_suffix(all_authored))}", ""]
    for i, q in enumerate(questions, 1):
        out.append(f"{i}. {md_escape(q.text)}{'' if all_authored else md_escape(mark_suffix(q.authored))}")
    return out + [""]


def _md_footer(about, lang: str, builtin: bool = True, line: str | None = None) -> list[str]:
    """The source (a link only where it is safe) and what the mark means (netleder.views.page)."""
    from netleder.views.page import page_frame

    frame = page_frame("", lang, about=about, builtin=builtin, line=line)
    out = ["---", ""]
    if frame.source is not None:
        source = md_escape(frame.source.name)
        if frame.source.url:
            source = f"[{source}](<{frame.source.url}>)"
        out.append(f"*{md_escape(frame.source.before)}{source}{md_escape(frame.source.after)}*  ")
    out.append(f"*{md_escape(frame.footer[0])}*")  # the first line: what the mark means
    return out + [""]


def _md_in_play(items, heading: str) -> list[str]:
    if not items:
        return []
    authored = all(item.authored for item in items)
    out = [f"**{md_escape(heading)}**{md_escape(mark_suffix(authored))}", ""]
    for item in items:
        title = item.title + mark_suffix(item.title_authored) + ("" if authored else mark_suffix(item.authored))
        out.append(f"- **{item.number}\\. {md_escape(title)}:** {md_escape(item.reason)}")
    return out + [""]


def _md_phase(p, handout) -> list[str]:
    out = [] if handout.alone else [f"## {md_escape(p.heading + mark_suffix(p.authored))}", ""]  # alone: the title names it
    out += [f"**{md_escape(handout.purpose_label)}:**{md_escape(mark_suffix(p.authored))} {md_paragraph(p.purpose)}", ""]
    out += _md_questions(handout.questions_label, p.questions, p.questions_authored)
    out += _md_in_play(p.in_play, handout.in_play_label)
    if p.tools:  # a section with nothing in it is left out
        out += [f"**{md_escape(handout.tools_label)}**{md_escape(mark_suffix(p.authored))}", ""]
        out += [f"- {md_escape(tool)}" for tool in p.tools]
    return out + [""]


def phases(content: PhaseSet, phases: list[Phase] | None, lang: str, comps: CompetenceSet | None = None) -> str:
    from netleder.views.handouts import phases_handout

    handout = phases_handout(content, phases, lang, comps)
    out = [f"# {md_escape(handout.title + mark_suffix(handout.title_authored))}", ""]
    for p in handout.phases:
        out += _md_phase(p, handout)
    if handout.in_play_note:
        out += [f"*{md_escape(handout.in_play_note)}*", ""]
    return "\n".join(out + _md_footer(handout.about, lang, handout.builtin))


def overview(view: OverviewView) -> str:
    """The model on one page as Markdown: the phases in order, one line each, and the
    competences most in play."""
    lang = view.lang
    out = [f"# {md_escape(view.title)}", ""]
    for card in view.cards:
        label = f"{card.number}. " if card.number else ""
        out += [f"**{md_escape(label + card.title + mark_suffix(card.authored))}**  ", md_escape(card.brief)]
        if card.in_play:
            authored = all(item.authored for item in card.in_play)
            names = " · ".join(f"{item.number} {item.title}{mark_suffix(item.title_authored)}"
                               f"{'' if authored else mark_suffix(item.authored)}" for item in card.in_play)
            out[-1] += "  "
            out.append(f"*{md_escape(view.in_play_short + mark_suffix(authored))}:* {md_escape(names)}")
        out.append("")
        if card is not view.cards[-1]:
            out += ["↓", ""]
    if view.in_play_note:
        out += [f"*{md_escape(view.in_play_note)}*", ""]
    return "\n".join(out + _md_footer(view.about, lang, view.builtin, view.provenance_line or None))


def _md_competence(c, handout) -> list[str]:
    out = [] if handout.alone else [f"## {c.number}. {md_escape(c.title + mark_suffix(c.authored))}", ""]
    out += [md_paragraph(c.description), ""]
    return out + _md_questions(handout.questions_label, c.questions, c.questions_authored)


def competences(content: CompetenceSet, comps: list[Competence] | None, lang: str, phases: PhaseSet | None = None) -> str:
    from netleder.views.handouts import competences_handout

    handout = competences_handout(content, comps, lang, phases)
    out = [f"# {md_escape(handout.title + mark_suffix(handout.title_authored))}", ""]
    if handout.framing:
        out += [f"*{md_escape(handout.framing)}*", ""]
    for c in handout.competences:
        out += _md_competence(c, handout)
    if handout.calling:
        authored = handout.calling_authored
        out += [f"**{md_escape(handout.calling_label)}**{md_escape(mark_suffix(authored))}", ""]
        out += [f"- **{md_escape(p.label + ('' if authored else mark_suffix(p.authored)))}:** {md_escape(p.reason)}"
                for p in handout.calling] + [""]
    out += [f"**{md_escape(handout.scale_heading)}**{md_escape(mark_suffix(handout.scale_authored))}", ""]
    if handout.scale_question is not None:
        out += [f"*{md_escape(handout.scale_question)}*", ""]
    out += [f"- {step.value}: {md_escape(step.label)}" for step in handout.scale] + [""]
    return "\n".join(out + _md_footer(handout.about, lang, handout.builtin))


def _md_text(value: str, indent: str = "") -> str:
    """The leader's text as Markdown, exactly as typed, its line breaks kept."""
    text = md_paragraph(user_text(value))
    return text.replace("\n", "\n" + indent) if indent else text


def _md_title(title: str, authored: bool) -> str:
    return md_escape(title + mark_suffix(authored))


def _bar(r: Rating) -> str:
    return f"{FULL * r.filled}{EMPTY * (r.steps - r.filled)} {md_escape(r.label)}"


def summary(view: SummaryView) -> str:
    """A reflection's summary (netleder.views.summary) as Markdown."""
    lang = view.lang
    out = [f"# {md_escape(view.title)}", ""]
    leader = _md_text(view.leader) if view.leader else "\\_" * 24
    out.append(f"**{md_escape(view.labels.leader)}:** {leader}" + ("  " if view.facts else ""))
    for i, fact in enumerate(view.facts):
        text = _md_text(fact.value) if fact.own else md_escape(fact.value)
        out.append(f"**{md_escape(fact.label)}:** {text}" + ("  " if i < len(view.facts) - 1 else ""))
    out.append("")
    for section in view.sections:
        if section.heading:
            out += [f"## {md_escape(section.heading + mark_suffix(section.authored))}", ""]
        if section.note:
            out += [f"*{md_escape(section.note)}*", ""]
        out += _MD_SECTIONS[section.key](section.items, view)
    out += talk_notes(view.labels)
    footer = _md_footer(view.about or About(), lang, view.builtin)  # [..., authored line, ""]
    footer[-2] += "  "
    footer.insert(-1, f"*{md_escape(view.private_note)}*")
    return "\n".join(out + footer)


def _md_ratings(items, view) -> list[str]:
    out = [f"| {md_escape(view.labels.competence)} | {md_escape(view.labels.rating)} |",
           "| --- | --- |"]
    out += [f"| {_md_title(r.title, r.authored)} | {_bar(r)} |" for r in items]
    return out + [""]


ARROWS = {"up": "↑", "down": "↓", "same": "="}


def _md_since_last(items, view) -> list[str]:
    words = view.labels
    out = [(f"| {md_escape(words.competence)} | {md_escape(words.then)} | "
           f"{md_escape(words.now)} | {md_escape(words.change)} |"),
           "| --- | --- | --- | --- |"]
    out += [f"| {_md_title(m.title, m.authored)} | {md_escape(m.before)} | {md_escape(m.after)} | "
            f"{ARROWS.get(m.direction, '')} |" for m in items]
    return out + [""]


def _md_picked(items, view) -> list[str]:
    return [f"- {_md_title(r.title, r.authored)} ({md_escape(r.label)})" for r in items] + [""]


def _md_balance(items, view) -> list[str]:
    return [f"*{md_escape(items[0])}*", ""]


def talk_notes(words) -> list[str]:
    """Room for what was said and agreed in the talk: headings with lines to write on."""
    out = ["---", "", f"## {md_escape(words.notes)}", "", f"*{md_escape(words.notes_hint)}*", ""]
    for heading, lines in ((words.topics, 5), (words.agreed, 5), (words.next_talk, 1)):
        out += [f"### {md_escape(heading)}", ""]
        for _ in range(lines):  # a line of underscores alone is a rule: lines to write on, printed or not
            out += ["_" * 60, ""]
    return out


def _md_follow_ups(items, view) -> list[str]:
    """Each step of last time: its competence, how it went, the step (plan) and the note, each
    labelled, so plan and note never read as one."""
    out = []
    for f in items:
        if f.title is not None:
            out += [f"### {_md_title(f.title, f.authored)}", ""]
        out += [f"**{md_escape(f.status_label)}**" if f.status else f"*{md_escape(f.status_label)}*", ""]
        out += [f"> **{md_escape(view.labels.step)}:** {_md_text(f.step, '> ')}", ""]
        if f.note:
            out += [f"> > *{md_escape(view.labels.note)}:* {_md_text(f.note, '> > ')}", ""]
    return out


def _md_steps(items, view) -> list[str]:
    out = []
    for s in items:
        out += [f"### {_md_title(s.title, s.authored)}", "",
                f"> **{md_escape(view.labels.plan)}:** {_md_text(s.text, '> ')}", ""]
    return out


def _md_keep_asking(items, view) -> list[str]:
    out = []
    for block in items:
        out += [f"### {_md_title(block.title, block.authored)}", ""]
        out += [f"{i}. {_md_title(q.text, q.authored)}" for i, q in enumerate(block.questions, 1)]
        out.append("")
    return out


def _md_answers(items, view) -> list[str]:
    """Competence (###) -> its rating (and last time's) -> its questions, lettered (a., b.) so they
    never read as competences, each with its answer."""
    out = []
    for block in items:
        out += [f"### {_md_title(block.title, block.authored)}", ""]
        if block.rating is not None:
            line = f"{md_escape(view.labels.rating)}: {_bar(block.rating)}"
            if block.last_time:
                line += f" ({md_escape(block.last_time)}"
                line += f" {ARROWS[block.direction]})" if block.direction else ")"
            out += [line, ""]
        for i, q in enumerate(block.questions):
            letter = "abcdefghijklmnopqrstuvwxyz"[i] if i < 26 else str(i + 1)
            out += [f"**{letter}\\.** *{_md_title(q.text, q.authored)}*", ""]
            out += [f"> {_md_text(q.answer, '> ')}" if q.answer else f"*{md_escape(view.no_answer)}*", ""]
    return out


_MD_SECTIONS = {
    "ratings": _md_ratings, "since_last": _md_since_last, "strengths": _md_picked, "highest": _md_picked, "growth": _md_picked,
    "balance": _md_balance, "in_play": _md_picked,
    "follow_ups": _md_follow_ups, "next_steps": _md_steps, "keep_asking": _md_keep_asking,
    "answers": _md_answers,
}


_WRITE = "_" * 64  # a line to write on: a ruled line rendered, a line of underscores as text


def _md_sheet_questions(questions, lines: int) -> tuple[str, list[str]]:
    all_authored = all(q.authored for q in questions)
    out = []
    for i, q in enumerate(questions, 1):
        out += [f"**{i}\\. {md_escape(q.text)}**{'' if all_authored else md_escape(mark_suffix(q.authored))}", ""]
        for _ in range(lines):
            out += [_WRITE, ""]
    return md_escape(mark_suffix(all_authored)), out


def worksheet(view) -> str:
    """A worksheet as Markdown: ruled lines to write on, the scale as boxes to tick."""
    lang = view.lang
    words = view.labels
    out = [f"# {md_escape(view.title)}", "",
           (f"{md_escape(words.name)}: {'_' * 30}   {md_escape(words.network)}: {'_' * 30}   "
            f"{md_escape(words.date)}: {'_' * 14}"), ""]
    if view.phase is not None:
        p = view.phase
        out += [f"## {md_escape(p.heading + mark_suffix(p.authored))}", "", md_paragraph(p.purpose), ""]
        head_mark, questions = _md_sheet_questions(p.questions, 2)
        out += [f"**{md_escape(words.phase_questions)}**{head_mark}", ""] + questions
        if p.in_play:
            out += _md_in_play(p.in_play, words.in_play)
        if view.in_play_note:
            out += [f"*{md_escape(view.in_play_note)}*", ""]
    for c in view.competences:
        out += [f"## {c.number}. {md_escape(c.title + mark_suffix(c.authored))}", "", md_paragraph(c.description), ""]
        head_mark, questions = _md_sheet_questions(c.questions, 3)
        out += [f"**{md_escape(words.competence_questions)}**{head_mark}", ""] + questions
        if view.scale:
            out += [(f"**{md_escape(words.scale_question)}**{md_escape(mark_suffix(view.scale_authored))} "
                    f"*({md_escape(words.tick)})*"), ""]
            out += [f"- [ ] {md_escape(label)}" for label in view.scale] + [""]
    if view.custom_note:
        out += [f"*{md_escape(view.custom_note)}*", ""]
    return "\n".join(out + _md_footer(view.about, lang, view.builtin))


# --- feedback from others: the leader's view beside others' (netleder.views.feedback) -------


def _md_feedback_rating(r) -> str:
    """A missing rating is only its words: an empty bar would read like a low score."""
    if r is None:
        return "–"
    return _bar(r) if r.value is not None else f"*{md_escape(r.label)}*"


def _md_feedback_body(view, level: int) -> list[str]:
    words, h = view.labels_text, "#" * level
    names = [_md_text(g.name).replace("  \n", " ") for g in view.givers]
    def line(cells: list[str]) -> str:
        return "| " + " | ".join(cells) + " |"

    out = [line([md_escape(words.competence), md_escape(words.you), *names]),
           line(["---"] * (2 + len(names)))]
    for row in view.rows:
        out.append(line([_md_title(row.title, row.authored), _md_feedback_rating(row.own),
                         *[_md_feedback_rating(o.rating) for o in row.others]]))
    out.append("")
    commented = [row for row in view.rows if row.commented]
    if commented:
        out += [f"{h} {md_escape(words.comments)}", ""]
        for row in commented:
            out += [f"**{_md_title(row.title, row.authored)}**", ""]
            for o in row.others:
                if o.comment.strip():
                    out += [f"- {names[o.giver]}:  \n  {_md_text(o.comment, '  ')}"]
            out.append("")
    out += [f"{h} {md_escape(words.apart_heading)}", "", f"*{md_escape(view.apart_note)}*", ""]
    if view.apart:
        out += [f"- {_md_text(a.question)}" for a in view.apart] + [""]
    return out


def feedback(view) -> str:
    """`netleder feedback show` as Markdown."""
    out = [f"# {md_escape(view.title)}", ""]
    facts = []
    if view.leader:
        facts.append(f"**{md_escape(view.labels_text.leader)}:** {_md_text(view.leader)}")
    if view.network:
        facts.append(f"**{md_escape(view.labels_text.network)}:** {_md_text(view.network)}")
    facts.append(md_escape(view.reflection_note))
    facts += [md_escape(user_text(line).replace("\n", " ")) for line in view.giver_lines]
    out += ["  \n".join(facts), ""]
    out += _md_feedback_body(view, 2)
    out += ["---", ""]
    if view.any_authored:
        out += [f"*{md_escape(view.labels_text.authored)}*  "]
    out += [f"*{md_escape(view.private_note)}*", ""]
    return "\n".join(out)


def _md_feedback_section(items, view) -> list[str]:
    return _md_feedback_body(items[0], 3)


_MD_SECTIONS["feedback"] = _md_feedback_section


def course(view) -> str:
    """`netleder course show` (netleder/formats/course_markdown.py)."""
    from netleder.formats.course_markdown import course as draw

    return draw(view)
