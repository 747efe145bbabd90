"""The handouts of the model, computed once: the phases (all, or one) and the competences (all,
or one with the phases that call on it), every heading and label in the user's language and
which texts the project wrote. The HTML, Markdown and terminal writers lay them out. Pure.
"""

from typing import TYPE_CHECKING

from netleder.content.model import About, Competence, CompetenceSet, Phase, PhaseSet
from netleder.i18n import t
from netleder.record_base import Record
from netleder.views.labels import authored_words, source_words

if TYPE_CHECKING:  # imported where used: the short lists do without the model's cross-references
    from netleder.views.phases import InPlayItem, PhaseReason


class HandoutQuestion(Record):
    text: str
    authored: bool


class HandoutPhase(Record):
    id: str
    heading: str  # "Fase 3: Fokusering"
    authored: bool  # title, purpose and tools are the project's own
    purpose: str
    questions: tuple[HandoutQuestion, ...]
    questions_authored: bool  # every question is the project's: the heading is marked, not each one
    in_play: "tuple[InPlayItem, ...]"
    in_play_authored: bool  # every reason is the project's: the heading is marked, not each one
    tools: tuple[str, ...]
    number_label: str = ""  # "3." in a list of phases ("–" for one without a number)
    title: str = ""  # "Fokusering"


class PhasesHandout(Record):
    lang: str
    title: str  # "Netværksmodellens faser", or the one phase's heading
    title_authored: bool  # one phase, written by the project
    alone: bool  # one phase: the page's title names it (no heading of its own)
    phases: tuple[HandoutPhase, ...]
    purpose_label: str
    questions_label: str
    in_play_label: str
    tools_label: str
    in_play_note: str | None
    about: About
    builtin: bool
    custom_note: str | None
    any_authored: bool
    source_note: str | None = None  # "Kilde: …" as one line (the terminal's footer)
    authored_note: str = ""  # what the mark means (the terminal's footer)


class HandoutCompetence(Record):
    id: str
    number: int
    heading: str  # "3. Skaber et trygt rum"
    authored: bool
    description: str
    title: str  # "Skaber et trygt rum"
    questions: tuple[HandoutQuestion, ...]
    questions_authored: bool


class ScaleStep(Record):
    value: int
    label: str


class CompetencesHandout(Record):
    lang: str
    title: str
    title_authored: bool
    alone: bool
    competences: tuple[HandoutCompetence, ...]
    questions_label: str
    calling: "tuple[PhaseReason, ...]"  # one competence: the phases in which it is most in play
    calling_label: str
    calling_authored: bool
    scale_heading: str
    scale_authored: bool  # marked: a custom scale of its own (the built-in one is said once in the line)
    scale_question: str | None
    scale: tuple[ScaleStep, ...]
    about: About
    builtin: bool
    custom_note: str | None
    any_authored: bool
    framing: str | None = None  # the handbook's framing of the built-in competences, above them
    source_note: str | None = None  # "Kilde: …" as one line (the terminal's footer)
    authored_note: str = ""  # what the mark means (the terminal's footer)


def _questions(questions, lang: str, said_once: bool = False) -> tuple[tuple[HandoutQuestion, ...], bool]:
    """`said_once`: the questions are the project's in full and the page's line says so: no mark
    at all (netleder.views.provenance)."""
    if said_once:
        return tuple(HandoutQuestion(q.text(lang), False) for q in questions), False
    out = tuple(HandoutQuestion(q.text(lang), q.source == "authored") for q in questions)
    return out, all(q.authored for q in out)


def phase_heading(p: Phase, lang: str) -> str:
    label = f"{t('phase.label', lang, number=p.number)}: " if p.number else ""
    return label + p.title(lang)


def _custom_note(content, lang: str) -> str | None:
    return None if content.builtin else t("footer.custom", lang, path=content.path)


def phases_handout(content: PhaseSet, chosen: list[Phase] | None, lang: str,
                   comps: CompetenceSet | None = None) -> PhasesHandout:
    alone = chosen is not None and len(chosen) == 1
    chosen = list(content.phases) if chosen is None else chosen
    phases = []
    if comps is not None:  # the competences in play (the model's cross-references: not for a short list)
        from netleder.views.phases import in_play_items, in_play_note
    unnumbered = t("phase.unnumbered", lang)
    for p in chosen:
        questions, questions_authored = _questions(p.questions, lang)
        items = in_play_items(p, content, comps, lang) if comps is not None else ()
        phases.append(HandoutPhase(p.id, phase_heading(p, lang), p.source == "authored", p.purpose(lang), questions,
                                   questions_authored, items, bool(items) and all(i.authored for i in items),
                                   tuple(tool(lang) for tool in p.tools),
                                   f"{p.number}." if p.number is not None else unnumbered, p.title(lang)))
    # titled for what it holds: one phase's handout is called by its name
    title = phases[0].heading if alone else t("phases.heading", lang)
    note = in_play_note(content, comps, lang) if comps is not None and any(p.in_play for p in chosen) else None
    any_authored = any(i.source == "authored" or any(q.source == "authored" for q in i.questions) for i in chosen)
    return PhasesHandout(lang, title, alone and phases[0].authored, alone, tuple(phases), t("phase.purpose", lang),
                         t("phase.questions", lang), t("in_play.heading", lang), t("phase.tools", lang), note,
                         content.about, content.builtin, _custom_note(content, lang), any_authored,
                         source_words(content.about, lang, content.builtin), authored_words(lang, content.builtin))


def competences_handout(content: CompetenceSet, chosen: list[Competence] | None, lang: str,
                        phases: PhaseSet | None = None) -> CompetencesHandout:
    alone = chosen is not None and len(chosen) == 1
    chosen = list(content.competences) if chosen is None else chosen
    count = len(content.competences)
    title = t("competences.heading", lang) if count == 10 else t("competences.heading_n", lang, count=count)
    if alone:  # titled for what it holds: one competence's handout is called by its name
        title = f"{t('competence.label', lang, number=chosen[0].number)}: {chosen[0].title(lang)}"
    from netleder.views.labels import competences_framing
    from netleder.views.provenance import questions_said_once, scale_said_once

    once = questions_said_once(content)
    comps = []
    for c in chosen:
        questions, questions_authored = _questions(c.questions, lang, once)
        comps.append(HandoutCompetence(c.id, c.number, f"{c.number}. {c.title(lang)}", c.source == "authored",
                                       c.description(lang), c.title(lang), questions, questions_authored))
    calling: tuple[PhaseReason, ...] = ()
    if alone and phases is not None:
        from netleder.views.phases import phases_calling_on

        calling = phases_calling_on(chosen[0].id, phases, content, lang)
    any_authored = any(i.source == "authored" or any(q.source == "authored" for q in i.questions) for i in chosen)
    return CompetencesHandout(
        lang, title, alone and comps[0].authored, alone, tuple(comps), t("competence.questions", lang),
        calling, t("in_play.phases", lang), bool(calling) and all(p.authored for p in calling),
        t("scale.heading", lang), content.scale_source == "authored" and not scale_said_once(content),
        content.scale_question(lang) if content.scale_question is not None else None,
        tuple(ScaleStep(s.value, s.label(lang)) for s in content.scale),
        content.about, content.builtin, _custom_note(content, lang), any_authored,
        None if alone else competences_framing(content, lang),
        source_words(content.about, lang, content.builtin), authored_words(lang, content.builtin))
