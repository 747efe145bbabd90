"""A worksheet to fill in by hand at a workshop, computed once: a line for name and date, with a
phase its purpose, key questions and competences in play first, then for each competence its
description, its questions (each with room to write) and the scale as boxes to tick. Pure.
"""

from __future__ import annotations

from typing import NamedTuple

from netleder.content.model import About, Competence, CompetenceSet, Phase, PhaseSet
from netleder.i18n import t
from netleder.views.phases import InPlayItem, in_play_items, in_play_note
from netleder.views.provenance import in_play_said_once, questions_said_once, scale_said_once


class SheetQuestion(NamedTuple):
    text: str
    authored: bool


class SheetCompetence(NamedTuple):
    cid: str
    number: int
    title: str
    authored: bool
    description: str
    questions: tuple[SheetQuestion, ...]


class SheetPhase(NamedTuple):
    id: str
    heading: str  # "Fase 3: Fokusering"
    authored: bool
    purpose: str
    questions: tuple[SheetQuestion, ...]
    in_play: tuple[InPlayItem, ...]


class SheetLabels(NamedTuple):
    """The words on a worksheet around its content."""

    name: str  # a line to write one's name on
    network: str  # a line for the network
    date: str
    phase_questions: str
    competence_questions: str
    scale_question: str  # the scale's question, or its heading when the content has none
    tick: str  # "sæt ét kryds"
    in_play: str


class WorksheetView(NamedTuple):
    lang: str
    title: str
    phase: SheetPhase | None
    competences: tuple[SheetCompetence, ...]
    scale_question: str | None
    scale: tuple[str, ...]
    scale_authored: bool
    in_play_note: str | None
    about: About
    builtin: bool
    custom_note: str | None
    any_authored: bool
    labels: SheetLabels = SheetLabels(*("",) * 8)  # worksheet() sets them


def _questions(questions, lang: str, said_once: bool = False) -> tuple[SheetQuestion, ...]:
    """`said_once`: the questions are the project's in full and the sheet's line says so."""
    return tuple(SheetQuestion(q.text(lang), q.source == "authored" and not said_once) for q in questions)


def phase_heading(phase: Phase, lang: str) -> str:
    label = f"{t('phase.label', lang, number=phase.number)}: " if phase.number else ""
    return label + phase.title(lang)


def worksheet(comps: CompetenceSet, chosen: list[Competence] | None, phases: PhaseSet | None,
              phase: Phase | None, lang: str) -> WorksheetView:
    """The sheet: `chosen` competences (None: with a phase, its competences in play, else all)."""
    items = in_play_items(phase, phases, comps, lang) if phase is not None and phases is not None else ()
    if chosen is None:
        by_id = {c.id: c for c in comps.competences}
        chosen = [by_id[i.cid] for i in items] if items else list(comps.competences)
    sheet_phase = None
    note = None
    if phase is not None:
        sheet_phase = SheetPhase(phase.id, phase_heading(phase, lang), phase.source == "authored",
                                 phase.purpose(lang), _questions(phase.questions, lang), items)
        note = in_play_note(phases, comps, lang) if phase.in_play and phases is not None else None
    sheet_comps = tuple(
        SheetCompetence(c.id, c.number, c.title(lang), c.source == "authored", c.description(lang),
                        _questions(c.questions, lang, questions_said_once(comps)))
        for c in chosen
    )
    if sheet_phase is not None:
        title = t("worksheet.title_for", lang, what=sheet_phase.heading)
    elif len(sheet_comps) == 1:
        c = sheet_comps[0]
        title = t("worksheet.title_for", lang, what=f"{t('competence.label', lang, number=c.number)}: {c.title}")
    else:
        title = t("worksheet.title", lang)
    any_authored = (
        any(c.authored or any(q.authored for q in c.questions) for c in sheet_comps)
        or (comps.scale_source == "authored") or (bool(sheet_comps) and questions_said_once(comps))
        or (sheet_phase is not None and bool(sheet_phase.in_play) and in_play_said_once(phases))
        or (sheet_phase is not None and (sheet_phase.authored or any(q.authored for q in sheet_phase.questions)
                                         or any(i.authored for i in sheet_phase.in_play)))
    )
    builtin = comps.builtin and (phases is None or phases.builtin)
    custom = [s for s in (comps, phases) if s is not None and not s.builtin]
    custom_note = t("footer.custom", lang, path=custom[0].path.parent) if custom else None
    return WorksheetView(
        lang, title, sheet_phase, sheet_comps,
        comps.scale_question(lang) if comps.scale_question is not None else None,
        tuple(level.label(lang) for level in comps.scale),
        comps.scale_source == "authored" and not scale_said_once(comps),
        note, comps.about, builtin, custom_note, any_authored,
        SheetLabels(t("worksheet.name", lang), t("worksheet.network", lang), t("worksheet.date", lang),
                    t("phase.questions", lang), t("competence.questions", lang),
                    comps.scale_question(lang) if comps.scale_question is not None else t("scale.heading", lang),
                    t("worksheet.tick", lang), t("in_play.heading", lang)),
    )
