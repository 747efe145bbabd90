"""Provenance said once where it is true of everything, and marked only where it tells items apart.

netleder's built-in content is a paraphrase of the handbook plus the project's own texts. Some
kinds of text are the project's in full: every reflection question of the competences, the
scale, and the link between phases and competences ("in play", with its reasons). Marking each
of them (20 questions, 8 "in play" lines) says nothing a reader can use and makes the mark
stop meaning anything; worse, a mark after a question on a form reads as "required". So:

- a kind that is the project's in full is said once per page or screen, in one line
  (`line_key`: "Refleksionsspørgsmålene til kompetencerne, skalaen og koblingen mellem faser og kompetencer er
  netleder-projektets egne, ligesom tekster mærket *");
- an individual mark (*) is kept only where it tells items apart: the competences the project
  wrote (8–10) beside the handbook's, phase 5's working title beside the handbook's chapters,
  and a phase's key questions: the project's own beside the handbook's in the same phase (where
  all of a phase's key questions are the project's, its heading carries the one mark).

That line is true only of the built-in content, so a municipality's own content file keeps a mark
on every text it says is its own (`uniform_marks`: only for built-in files). Views ask here;
writers draw what the views say.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from netleder.content.model import About, CompetenceSet

if TYPE_CHECKING:  # the handouts ask here without any reflection (start-up: tests/test_startup.py)
    from netleder.reflection import Reflection


def questions_said_once(comps: CompetenceSet | None) -> bool:
    """Whether the competences' reflection questions need no mark of their own: the built-in set,
    where every one of them is the project's (the page's one line says so)."""
    return comps is not None and comps.builtin and all(
        q.source == "authored" for c in comps.competences for q in c.questions)


def scale_said_once(comps: CompetenceSet | None) -> bool:
    """Whether the scale needs no mark of its own (the built-in scale: the line says so)."""
    return comps is not None and comps.builtin and comps.scale_source == "authored"


def in_play_said_once(phases) -> bool:
    """Whether the phases' competences in play need no mark (the built-in mapping is the
    project's in full, and the line says so)."""
    return phases is not None and phases.builtin and all(
        item.source == "authored" for p in phases.phases for item in p.in_play)


def line_key(builtin: bool, short: bool = False) -> str:
    """The one line per page or screen about what the project wrote (built-in content), or
    about what a custom content file marks as its own."""
    if short:
        return "print.authored_short" if builtin else "print.authored_short_custom"
    return "footer.authored" if builtin else "footer.authored_custom"


def overview_line(phases, lang: str) -> str:
    """The one line on the one-page overview, which shows no questions and no scale: only what
    is true of that page (the link between phases and competences, and what is marked)."""
    from netleder.i18n import t
    from netleder.views.labels import AUTHORED_MARK

    key = "footer.authored_overview" if phases.builtin else line_key(False)
    return t(key, lang, mark=AUTHORED_MARK)


class Provenance:
    """Which of a stored reflection's competence texts carry a mark, by the content in use:
    `titles` (competences the project wrote, beside the handbook's) and `questions` (only for a
    custom content file; the built-in questions are all the project's and said once). `any`:
    whether anything shown is the project's own, marked or not, so the page's line is due."""

    def __init__(self, reflection: Reflection, comps: CompetenceSet | None) -> None:
        self.titles: set[str] = set()
        self.questions: set[tuple[str, int]] = set()
        self.authored_questions: set[tuple[str, int]] = set()  # the project's, marked or not
        self.about: About | None = None
        self.unmarked = False  # project's text shown without a mark (said once in the line)
        if comps is None:
            return
        once = questions_said_once(comps)
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
                    self.authored_questions.add((snap.id, i))
                    if once:
                        self.unmarked = True
                    else:
                        self.questions.add((snap.id, i))
        if matched:
            self.about = comps.about

    @property
    def any(self) -> bool:
        return bool(self.titles or self.questions or self.unmarked)
