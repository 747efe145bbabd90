"""What the course form (`netleder course form`) says and asks, computed once in the user's
language; netleder/templates/course_form.html lays it out and templates/course-form-save.js
saves the share file (netleder/exchange/share.py) in the participant's browser. Stable field
names: `rating-<competence id>` (radio buttons with the scale's values, and "" for "skip"),
`phase` (radio buttons with the phase ids, and "" for "skip"), the button `save` and the status
line `status`.

The share id is drawn once when the page opens, so saving twice from the same page gives two
files with the same id, which `course show` counts once."""

from __future__ import annotations

from typing import NamedTuple

from netleder import __version__
from netleder.exchange.share import SHARE_FORMAT, SHARE_ID_LENGTH, SHARE_VERSION, ContentIdentity
from netleder.i18n import t
from netleder.reflection import ID_ALPHABET
from netleder.safe_text import user_text
from netleder.views.labels import AUTHORED_MARK, authored_key
from netleder.views.page import PageFrame, page_frame
from netleder.views.provenance import scale_said_once

NAME_LIMIT = 120


class FormCompetence(NamedTuple):
    id: str
    heading: str  # "3. Skaber et trygt rum"
    description: str
    authored: bool


class CourseFormView(NamedTuple):
    lang: str
    page_title: str  # the <title> and the running head of the printed pages
    footer: tuple[str, ...]
    title: str
    course_name: str
    intro: str
    holds: str
    stays: str
    paper: str
    noscript: str
    ask: str
    ask_authored: bool
    skip: str
    save: str
    after_save: str
    phase_question: str
    phases: tuple[tuple[str, str], ...]  # (id, label); empty: not asked
    scale: tuple[tuple[int, str], ...]
    competences: tuple[FormCompetence, ...]
    payload: dict  # what the save script needs, as JSON in the page
    frame: PageFrame  # the printed page's running head and foot, and the footer


def _one_line(text: str | None) -> str:
    text = " ".join(user_text(text or "").split())
    return text if len(text) <= NAME_LIMIT else text[: NAME_LIMIT - 1] + "…"


def build_course_form(comps, ids: list[str] | None, course_name: str | None, lang: str, phases=None) -> CourseFormView:
    """The form for the competences `ids` (None: all) of `comps`, the course's name if given, and
    (optional to answer) the network's phase, one of `phases` (a PhaseSet; None: not asked)."""
    chosen = [c for c in comps.competences if ids is None or c.id in ids]
    name = _one_line(course_name)
    title = t("course.form_title", lang)
    authored = any(c.source == "authored" for c in chosen) or comps.scale_source == "authored"
    footer = [t(authored_key(comps.builtin), lang, mark=AUTHORED_MARK)] if authored else []
    footer.append(t("course.form_footer", lang, version=__version__))
    frame = page_frame(name or title, lang, builtin=comps.builtin, authored_line=authored, generated=footer[-1],
                       page_note=name or None)
    payload = {
        "format": SHARE_FORMAT,
        "version": SHARE_VERSION,
        "alphabet": ID_ALPHABET,
        "length": SHARE_ID_LENGTH,
        "content": ContentIdentity.of(comps).to_dict(),
        "ids": [c.id for c in chosen],
        "stem": t("course.form_file_stem", lang),
        "messages": {"need_answer": t("course.form_js_need_answer", lang), "saved": t("course.form_js_saved", lang),
                     "holds": t("course.form_js_holds", lang)},
    }
    return CourseFormView(
        lang=lang,
        page_title=name or title,
        footer=tuple(footer),
        title=title,
        course_name=name,
        intro=t("course.form_intro_named", lang, course=name) if name else t("course.form_intro", lang),
        holds=t("course.form_holds", lang),
        stays=t("course.form_stays", lang),
        paper=t("course.form_paper", lang),
        noscript=t("course.form_noscript", lang),
        ask=comps.scale_question(lang) if comps.scale_question is not None else t("course.form_ask", lang),
        # no mark after the question (it reads as "required"): the built-in scale is said in the line
        ask_authored=comps.scale_source == "authored" and not scale_said_once(comps),
        skip=t("course.form_skip", lang),
        save=t("course.form_save", lang),
        after_save=t("course.form_after_save", lang),
        phase_question=t("course.form_phase", lang),
        phases=tuple((p.id, f"{p.number}. {p.title(lang)}" if p.number else p.title(lang)) for p in phases.phases)
        if phases is not None else (),
        scale=tuple((level.value, level.label(lang)) for level in comps.scale),
        competences=tuple(FormCompetence(c.id, f"{c.number}. {c.title(lang)}", c.description(lang),
                                         c.source == "authored") for c in chosen),
        payload=payload,
        frame=frame,
    )
