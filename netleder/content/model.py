"""The content model: phases, competences and the scale, as immutable records.

Every user-visible text is a `Text` with one entry per language. Loading and checking
live in `loading.py` and `schema.py`; this module only describes what was loaded.
"""

from pathlib import Path

from netleder.i18n import t
from netleder.record_base import Record

# The largest whole number content or an import may hold (a scale value, a number, a rating):
# far below what a 64-bit database column takes, so nothing that passes validation overflows.
MAX_INT = 1_000_000

class Text(Record):
    """One text in every language."""

    da: str
    en: str

    def __call__(self, lang: str) -> str:
        return getattr(self, lang)

    def to_dict(self) -> dict[str, str]:
        return {"da": self.da, "en": self.en}


class Question(Record):
    text: Text
    source: str


class About(Record):
    source_name: Text | None = None
    source_url: str | None = None


class InPlay(Record):
    """A competence most in play in a phase, and why (the project's reading, not the handbook's)."""

    competence: str  # a competence id, checked against the competence set in use
    source: str
    reason: Text
    line: int = 0


class Phase(Record):
    id: str
    number: int | None
    source: str
    title: Text
    purpose: Text
    questions: tuple[Question, ...]
    tools: tuple[Text, ...]
    number_source: str | None = None
    line: int = 0
    in_brief: Text | None = None  # one line for the one-page overview
    in_play: tuple[InPlay, ...] = ()

    def brief(self, lang: str) -> str:
        """The phase in one line: `in_brief`, else the purpose's first sentence."""
        if self.in_brief is not None:
            return self.in_brief(lang)
        text = self.purpose(lang).strip()
        for i, char in enumerate(text):
            if char in ".!?" and (i + 1 == len(text) or text[i + 1] == " "):
                return text[: i + 1]
        return text

    def label(self, lang: str) -> str:
        return t("phase.label", lang, number=self.number) if self.number else self.title(lang)


class ScaleLevel(Record):
    value: int
    label: Text


class Competence(Record):
    id: str
    number: int
    source: str
    title: Text
    description: Text
    questions: tuple[Question, ...]
    line: int = 0
    observed: Text | None = None  # in the third person, for those who give the leader feedback


class PhaseSet(Record):
    about: About
    phases: tuple[Phase, ...]
    path: Path
    builtin: bool

    def find(self, key: str) -> Phase | None:
        return _find(self.phases, key)


class CompetenceSet(Record):
    about: About
    scale: tuple[ScaleLevel, ...]
    competences: tuple[Competence, ...]
    path: Path
    builtin: bool
    scale_source: str | None = None  # provenance of the scale, when the file states it
    scale_question: Text | None = None  # what the scale answers, asked before each rating

    def find(self, key: str) -> Competence | None:
        return _find(self.competences, key)

    def scale_label(self, value: int, lang: str) -> str:
        for level in self.scale:
            if level.value == value:
                return level.label(lang)
        return str(value)

    @property
    def scale_values(self) -> tuple[int, ...]:
        return tuple(level.value for level in self.scale)


def _find(items, key: str):
    key = str(key).strip().lower()
    for item in items:
        if item.id == key or (item.number is not None and str(item.number) == key):
            return item
    return None
