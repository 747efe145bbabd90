"""Checks across the two content files: the competences each phase names as in play.

The rule for a municipality's own files, in one place:
- phases.yaml and competences.yaml both built in: the project's mapping is used (and checked).
- its own phases.yaml: its `in_play` ids are checked against the competence set in use (its own
  competences.yaml or the built-in one); an id that is not there is an error naming the phase.
- the built-in phases.yaml with its own competences.yaml: the project's mapping was written for
  the project's ten competences, so it is not used (an id might name a different competence, or
  none); every surface that would show it says so instead (`in_play_ignored`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from netleder.content.model import Competence, CompetenceSet, InPlay, Phase, PhaseSet
from netleder.errors import msg
from netleder.safe_text import short

if TYPE_CHECKING:  # at run time only when there is a problem: yaml_check imports yaml
    from netleder.content.yaml_check import Problem


def in_play_ignored(phases: PhaseSet, comps: CompetenceSet) -> bool:
    """True when the built-in mapping meets a municipality's own competence set (not used)."""
    return phases.builtin and not comps.builtin


def in_play_problems(phases: PhaseSet, comps: CompetenceSet) -> list[Problem]:
    """Every `in_play` id that names no competence in the set in use, with its line."""
    if in_play_ignored(phases, comps):
        return []
    known = {c.id for c in comps.competences}
    choices = short(", ".join(c.id for c in comps.competences), 300)
    problems = []
    for i, phase in enumerate(phases.phases):
        for j, item in enumerate(phase.in_play):
            if item.competence not in known:
                from netleder.content.yaml_check import Problem

                where = f"phases[{i + 1}] ({phase.id}) › in_play[{j + 1}].competence"
                problems.append(Problem(phases.path, item.line or None, where,
                                        msg("p.in_play_unknown", phase=phase.id, id=item.competence,
                                            file=comps.path.name, choices=choices)))
    return problems


def in_play(phase: Phase, phases: PhaseSet, comps: CompetenceSet) -> list[tuple[Competence, InPlay]]:
    """The competences most in play in `phase`, each with its reason; [] when the mapping is not
    used (see in_play_ignored) or the phase names none."""
    if in_play_ignored(phases, comps):
        return []
    out = []
    for item in phase.in_play:
        comp = comps.find(item.competence)
        if comp is not None:
            out.append((comp, item))
    return out
