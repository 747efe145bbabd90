"""The model as a facilitator uses it, computed once: each phase with its one line and the
competences most in play in it (the project's reading, marked as authored), for the one-page
overview, a phase's handout and the worksheets. Pure: no terminal, no files.
"""

from __future__ import annotations

from netleder.content.crosscheck import in_play, in_play_ignored
from netleder.content.model import About, CompetenceSet, Phase, PhaseSet
from netleder.i18n import t
from netleder.record_base import Record
from netleder.views.labels import authored_words, source_words
from netleder.views.provenance import in_play_said_once, overview_line


class InPlayItem(Record):
    cid: str
    number: int
    title: str
    reason: str
    authored: bool  # carries the mark: the reason (and the choice) is the project's, beside others' that are not
    title_authored: bool  # the competence itself was written by the project
    source: str = ""  # the reason's provenance, marked or not ("authored" or "handbook")


class PhaseCard(Record):
    id: str
    number: int | None
    title: str
    brief: str
    authored: bool  # the phase's title and purpose were written by the project
    in_play: tuple[InPlayItem, ...]
    number_label: str = ""  # the number in the flow ("–" for the introduction and the close)


class OverviewView(Record):
    lang: str
    title: str
    cards: tuple[PhaseCard, ...]
    in_play_note: str | None  # why no competences in play are shown, when they are not
    about: About
    builtin: bool
    custom_note: str | None  # "from your own content folder …"
    any_authored: bool
    provenance_line: str = ""  # the page's one line about what the project wrote
    in_play_short: str = ""  # "I spil", before the competences in play on a card
    in_play_explain: str = ""  # what "in play" means
    diagram_label: str = ""  # what the diagram shows, for a screen reader
    source_note: str | None = None  # "Kilde: …" as one line (the terminal's footer)
    authored_note: str = ""  # what the mark means (the terminal's footer, where the page has no line)


def in_play_items(phase: Phase, phases: PhaseSet, comps: CompetenceSet | None, lang: str) -> tuple[InPlayItem, ...]:
    if comps is None:
        return ()
    once = in_play_said_once(phases)  # the built-in mapping: said in the page's line, not marked
    return tuple(
        InPlayItem(comp.id, comp.number, comp.title(lang), item.reason(lang),
                   item.source == "authored" and not once, comp.source == "authored", item.source)
        for comp, item in in_play(phase, phases, comps)
    )


def in_play_note(phases: PhaseSet, comps: CompetenceSet | None, lang: str) -> str | None:
    """What to say in place of the competences in play when the mapping is not used."""
    if comps is not None and in_play_ignored(phases, comps) and any(p.in_play for p in phases.phases):
        return t("in_play.ignored", lang)
    return None


def overview(phases: PhaseSet, comps: CompetenceSet | None, lang: str) -> OverviewView:
    unnumbered = t("phase.unnumbered", lang)
    cards = tuple(
        PhaseCard(p.id, p.number, p.title(lang), p.brief(lang), p.source == "authored",
                  in_play_items(p, phases, comps, lang), str(p.number) if p.number is not None else unnumbered)
        for p in phases.phases
    )
    # anything of the project's on the page, marked or said once in the line
    any_authored = any(c.authored or any(i.authored or i.title_authored for i in c.in_play) for c in cards) or \
        any(c.in_play and in_play_said_once(phases) for c in cards)
    custom = None if phases.builtin else t("footer.custom", lang, path=phases.path)
    return OverviewView(lang, t("overview.heading", lang), cards, in_play_note(phases, comps, lang),
                        phases.about, phases.builtin, custom, any_authored, overview_line(phases, lang),
                        t("in_play.short", lang), t("in_play.explain", lang), t("overview.diagram", lang),
                        source_words(phases.about, lang, phases.builtin), authored_words(lang, phases.builtin))


class PhaseReason(Record):
    label: str  # "Fase 3: Fokusering"
    reason: str
    authored: bool


def phases_calling_on(cid: str, phases: PhaseSet | None, comps: CompetenceSet, lang: str) -> tuple[PhaseReason, ...]:
    """The phases in which the competence `cid` is most in play, each with its reason: the other
    side of the mapping, for one competence's handout."""
    if phases is None:
        return ()
    out = []
    for phase in phases.phases:
        for comp, item in in_play(phase, phases, comps):
            if comp.id == cid:
                label = f"{t('phase.label', lang, number=phase.number)}: " if phase.number else ""
                out.append(PhaseReason(label + phase.title(lang), item.reason(lang),
                                       item.source == "authored" and not in_play_said_once(phases)))
    return tuple(out)
