"""Which texts of a stored reflection the content in use marks as authored.
"""

from __future__ import annotations

from netleder.content.model import About, CompetenceSet
from netleder.reflection import Reflection


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
