"""The HTML writer: printable pages (A4, running head and foot, page numbers) for the handouts,
a reflection's summary (the printout for the talk), the history, a competence's trend and
feedback from others, the course's group page and its form. No JavaScript (but the forms' save
button) and no external resources.

Each page is a template in netleder/templates/ (Jinja2, autoescaping on) drawing a view whose
every label is already in the user's language; this module only picks the template and hands
it the view and the page's frame (netleder.views.page). The charts' geometry is in
netleder.formats.svg.
"""

from __future__ import annotations

from collections.abc import Sequence

from netleder.content.model import Competence, CompetenceSet, Phase, PhaseSet
from netleder.formats.templating import render
from netleder.views.page import page_frame
from netleder.views.summary import SummaryView


def html_footer(about, lang: str, extra: Sequence[str] = (), builtin: bool = True) -> str:
    """A page's footer on its own: the source line (a link only where it is safe), what the
    mark means, `extra` lines and the version."""
    frame = page_frame("", lang, about=about, builtin=builtin, extra=extra)
    return render("footer.html", frame=frame)


def phases(content: PhaseSet, phases: list[Phase] | None, lang: str, comps: CompetenceSet | None = None) -> str:
    from netleder.views.handouts import phases_handout

    handout = phases_handout(content, phases, lang, comps)
    frame = page_frame(handout.title, lang, about=handout.about, builtin=handout.builtin,
                       extra=[handout.custom_note or ""], any_authored=handout.any_authored)
    return render("phases.html", frame=frame, handout=handout)


def competences(content: CompetenceSet, comps: list[Competence] | None, lang: str, phases: PhaseSet | None = None) -> str:
    from netleder.views.handouts import competences_handout

    handout = competences_handout(content, comps, lang, phases)
    frame = page_frame(handout.title, lang, about=handout.about, builtin=handout.builtin,
                       extra=[handout.custom_note or ""], any_authored=handout.any_authored)
    return render("competences.html", frame=frame, handout=handout)


def summary(view: SummaryView) -> str:
    """A reflection's summary (netleder.views.summary) as a printable page: the printout for the
    talk with the co-driver or the reference leader, with the leader's name (or a line for it)
    and a page for notes and agreements from the talk."""
    frame = page_frame(view.title, view.lang, about=view.about, builtin=view.builtin, extra=[view.private_note],
                       any_authored=view.any_authored)
    return render("summary.html", frame=frame, summary=view)


def overview(view) -> str:
    """The model on one page: the diagram, a line on what "in play" means, the source."""
    from netleder.formats.svg import overview_svg

    frame = page_frame(view.title, view.lang, about=view.about, builtin=view.builtin,
                       extra=[view.custom_note or ""], any_authored=view.any_authored,
                       line=view.provenance_line or None)
    return render("overview.html", frame=frame, overview=view, diagram=overview_svg(view))


def worksheet(view) -> str:
    """A worksheet to print: a question is never parted from the lines to write on below it."""
    frame = page_frame(view.title, view.lang, about=view.about, builtin=view.builtin,
                       extra=[view.custom_note or ""], any_authored=view.any_authored)
    return render("worksheet.html", frame=frame, sheet=view)


def history(reflections, phases, lang: str, network: str | None = None, comps=None) -> str:
    """The saved reflections as a printable page: a table, newest first (authored titles marked
    when `comps` is given)."""
    from netleder.views.history_page import history_page

    page = history_page(reflections, phases, lang, network, comps)
    frame = page_frame(page.title, lang, authored_line=False, extra=[page.private_note])
    return render("history.html", frame=frame, history=page)


def trend(cid: str, title: str, points, skipped: int, lang: str) -> str:
    """One competence across the reflections that rated it, oldest first: an SVG chart (black on
    white: it prints in black and white; no script, nothing fetched) and the same as a table."""
    from netleder.formats.svg import trend_svg
    from netleder.views.history_page import trend_page

    page = trend_page(cid, title, points, skipped, lang)
    chart = trend_svg(page.trend, page.title) if page.trend.points else None
    frame = page_frame(page.title, lang, authored_line=False, extra=[page.private_note])
    return render("trend.html", frame=frame, trend_page=page, chart=chart)


def feedback(view) -> str:
    """`netleder feedback show` as a printable page."""
    frame = page_frame(view.title, view.lang, authored_line=view.any_authored, extra=[view.private_note])
    return render("feedback.html", frame=frame, feedback=view)


def course(view) -> str:
    """`netleder course show` as a page for the wall, the projector or paper
    (netleder.views.course.CourseView): one chart for all competences, the counts as a table, where
    the group is strongest and most wants to grow, questions for the talk. It prints on at most
    four A4 pages (tests/test_course_browser.py)."""
    from netleder.formats.svg import course_chart

    return render("course.html", frame=view.frame, view=view, chart=course_chart(view))


def course_form(view) -> str:
    """The course form `netleder course form` writes (netleder.views.course_form.CourseFormView):
    one self-contained page a course participant without netleder opens in any current browser,
    rates themself on and saves as a share file (netleder/exchange/share.py), the same format
    `netleder share` writes. Nothing leaves the page (FORM_CSP); it also prints as a paper form."""
    from netleder.formats.templating import FORM_CSP

    return render("course_form.html", frame=view.frame, form=view, csp=FORM_CSP)
