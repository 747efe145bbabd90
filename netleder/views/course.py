"""What `netleder course show` shows: a group's ratings as counts, never a person's.

Computed once, every label already in the user's language; the writers (terminal, Markdown,
HTML, JSON) only lay it out.

The rules (documented in docs/kurset.md):
- Fewer than MIN_GROUP answers in all: nothing is shown (the command refuses, exit 2).
- A competence rated by fewer than MIN_GROUP is "too few to show": no count, no figure.
- Per competence: how many rated it and how the ratings fall on the scale's steps.
- Strongest: competences where more say a step above the scale's middle than below it, the
  largest share first; most wants to grow: more below than above. Each is said as a
  distribution ("7 af 12 siger »Sjældent« eller »Af og til«"), never as a mean or a grade.
- The same share id twice counts once, and the view says so.
"""

from __future__ import annotations

from typing import NamedTuple

from netleder import __version__
from netleder.exchange.share import Share
from netleder.i18n import t
from netleder.safe_text import user_text
from netleder.views.labels import AUTHORED_MARK, authored_key
from netleder.views.page import PageFrame, page_frame

MIN_GROUP = 3  # fewer than this: too few to show
MAX_HIGHLIGHTS = 3
NAME_LIMIT = 120


class Step(NamedTuple):
    value: int
    label: str
    given: int  # how many gave this step


class CourseRow(NamedTuple):
    id: str
    number: int
    title: str
    authored: bool
    n: int | None  # None: too few to show (and nothing else about it is shown)
    steps: tuple[Step, ...]  # empty when too few
    low: int = 0  # how many said a step below the middle
    high: int = 0  # above the middle
    rated_by: str = ""  # "rated by 12", "" when too few

    @property
    def shown(self) -> bool:
        return self.n is not None


class Highlight(NamedTuple):
    id: str
    title: str
    authored: bool
    said: int  # how many said one of `values`
    of: int
    values: tuple[int, ...]  # the scale values counted
    sentence: str  # "7 af 12 siger »Sjældent« eller »Af og til«"


class CourseView(NamedTuple):
    lang: str
    title: str  # the course's name, else the page's title
    subtitle: str  # the page's title when the course has a name, else ""
    course_name: str
    responses: int
    responses_line: str
    anonymity: str
    notes: tuple[str, ...]  # the same answer counted once, files left out, phases
    scale: tuple[tuple[int, str], ...]
    rows: tuple[CourseRow, ...]
    strongest: tuple[Highlight, ...]
    growth: tuple[Highlight, ...]
    questions: tuple[str, ...]
    labels: dict[str, str]  # headings and words the writers need
    footer: tuple[str, ...]
    frame: PageFrame  # the printed page's title, running head and foot, and footer (the HTML page)


def named_competences(comps, keys: list[str]) -> list[str] | None:
    """The competence ids `keys` name (ids or numbers), in content order; None when none is named.
    Raises BadInput for a key that names none, listing what may be typed."""
    if not keys:
        return None
    from netleder.errors import BadInput
    from netleder.safe_text import short
    from netleder.views.labels import choices

    wanted = set()
    for key in keys:
        found = comps.find(key)
        if found is None:
            raise BadInput("not_found.competence", value=short(key), choices=choices(comps.competences))
        wanted.add(found.id)
    return [c.id for c in comps.competences if c.id in wanted]


def _one_line(text: str | None) -> str:
    text = " ".join(user_text(text or "").split())
    return text if len(text) <= NAME_LIMIT else text[: NAME_LIMIT - 1] + "…"


def _quoted(label: str, lang: str) -> str:
    return t("course.quoted", lang, text=label)


def _either(labels: list[str], lang: str) -> str:
    """»A«, »B« eller »C«."""
    quoted = [_quoted(label, lang) for label in labels]
    if len(quoted) == 1:
        return quoted[0]
    return t("course.either", lang, some=", ".join(quoted[:-1]), last=quoted[-1])


def _highlight(row: CourseRow, count: int, values: list[int], scale: dict[int, str], lang: str) -> Highlight:
    sentence = t("course.says", lang, count=count, of=row.n, labels=_either([scale[v] for v in values], lang))
    return Highlight(row.id, row.title, row.authored, count, row.n or 0, tuple(values), sentence)


def build_course_view(shares: list[Share], comps, lang: str, *, course_name: str | None = None, repeated: int = 0,
                      differing: int = 0, left_out: int = 0, phases=None) -> CourseView:
    """The view of `shares` (each share id once, all of `comps`' content set). Raises nothing:
    the command refuses fewer than MIN_GROUP before it gets here (asserted)."""
    assert len(shares) >= MIN_GROUP
    scale = [(level.value, level.label(lang)) for level in comps.scale]
    values = [v for v, _ in scale]
    middle = (min(values) + max(values)) / 2
    below = [v for v in values if v < middle]
    above = [v for v in values if v > middle]
    labels_of = dict(scale)
    rows = []
    for comp in comps.competences:
        given = [s.ratings[comp.id] for s in shares if comp.id in s.ratings]
        authored = comp.source == "authored"
        title = comp.title(lang)
        if len(given) < MIN_GROUP:
            rows.append(CourseRow(comp.id, comp.number, title, authored, None, ()))
            continue
        steps = tuple(Step(v, label, given.count(v)) for v, label in scale)
        rows.append(CourseRow(comp.id, comp.number, title, authored, len(given), steps,
                              sum(1 for g in given if g < middle), sum(1 for g in given if g > middle),
                              t("course.rated_by", lang, count=len(given))))
    shown = [r for r in rows if r.shown]
    strong = sorted((r for r in shown if r.high > r.low), key=lambda r: (-r.high / (r.n or 1), -r.high, r.number))
    grow = sorted((r for r in shown if r.low > r.high), key=lambda r: (-r.low / (r.n or 1), -r.low, r.number))
    strongest = tuple(_highlight(r, r.high, above, labels_of, lang) for r in strong[:MAX_HIGHLIGHTS])
    growth = tuple(_highlight(r, r.low, below, labels_of, lang) for r in grow[:MAX_HIGHLIGHTS])

    name = _one_line(course_name)
    notes = []
    if repeated:
        notes.append(t("course.note_repeated", lang, count=repeated))
    if differing:
        notes.append(t("course.note_differing", lang, count=differing))
    if left_out:
        notes.append(t("course.note_left_out", lang, count=left_out))
    hidden = len(rows) - len(shown)
    if hidden:
        notes.append(t("course.note_hidden", lang, count=hidden, min=MIN_GROUP))
    phase_line = _phases_line(shares, phases, lang)
    if phase_line:
        notes.append(phase_line)

    any_authored = any(r.authored for r in rows)
    footer = []
    if any_authored:
        footer.append(t(authored_key(comps.builtin), lang, mark=AUTHORED_MARK))
    footer.append(t("course.footer", lang, version=__version__))
    page_title = t("course.title", lang)
    responses_line = t("course.responses", lang, count=len(shares))
    # the page's foot: how many answered on every printed page; the footer's lines as above
    frame = page_frame(name or page_title, lang, builtin=comps.builtin, authored_line=any_authored,
                       generated=footer[-1], page_note=responses_line)
    return CourseView(
        lang=lang,
        title=name or page_title,
        subtitle=page_title if name else "",
        course_name=name,
        responses=len(shares),
        responses_line=responses_line,
        anonymity=t("course.anonymity", lang, min=MIN_GROUP),
        notes=tuple(notes),
        scale=tuple(scale),
        rows=tuple(rows),
        strongest=strongest,
        growth=growth,
        questions=tuple(_questions(shown, strongest, growth, lang)),
        labels=_labels(lang),
        footer=tuple(footer),
        frame=frame,
    )


def _labels(lang: str) -> dict[str, str]:
    """The headings and words the writers lay out (each key named here, for the catalogue check)."""
    keys = {
        "distribution": "course.label.distribution",
        "competence": "course.label.competence",
        "answers": "course.label.answers",
        "too_few": "course.label.too_few",
        "strongest": "course.label.strongest",
        "growth": "course.label.growth",
        "none_strong": "course.label.none_strong",
        "none_growth": "course.label.none_growth",
        "questions": "course.label.questions",
        "notes": "course.label.notes",
        "chart": "course.label.chart",
    }
    return {name: t(key, lang) for name, key in keys.items()}


def _phases_line(shares: list[Share], phases, lang: str) -> str:
    """How many gave each phase, for phases MIN_GROUP or more gave; the rest in one number."""
    given = [s.phase for s in shares if s.phase]
    if phases is None or len(given) < MIN_GROUP:
        return ""
    parts = []
    counted = 0
    for phase in phases.phases:
        count = given.count(phase.id)
        if count >= MIN_GROUP:
            parts.append(t("course.phase_count", lang, count=count, phase=_quoted(phase.title(lang), lang)))
            counted += count
    if not parts:
        return ""
    line = t("course.phases", lang, parts=", ".join(parts))
    rest = len(shares) - counted
    return line + (" " + t("course.phases_rest", lang, count=rest) if rest else "")


def _questions(shown: list[CourseRow], strongest, growth, lang: str) -> list[str]:
    """Questions for the group's talk, from what the counts show."""
    out = []
    if strongest:
        out.append(t("course.q_strongest", lang, competence=_quoted(strongest[0].title, lang)))
    for item in growth[:2]:
        out.append(t("course.q_growth", lang, competence=_quoted(item.title, lang)))
    asked = {item.id for item in (*strongest[:1], *growth[:2])}
    split = [r for r in shown if r.id not in asked and r.low and r.high and min(r.low, r.high) * 4 >= (r.n or 0)]
    if split:
        row = max(split, key=lambda r: (min(r.low, r.high), -r.number))
        out.append(t("course.q_split", lang, competence=_quoted(row.title, lang)))
    out.append(t("course.q_surprise", lang))
    out.append(t("course.q_next", lang))
    return out
