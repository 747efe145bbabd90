"""`netleder course`: for the facilitator of a course. `course form` writes the offline form for
participants without netleder; `course show` reads the share files and shows the group, never a
person (netleder/views/course.py says the rules)."""

from __future__ import annotations

import sys
from pathlib import Path

from netleder.errors import BadInput
from netleder.i18n import t

MAX_LISTED = 10  # bad files named on stderr; the rest counted


def form(folder: Path | None, name: str | None, competence_keys: list[str], output: str, force: bool,
         lang: str, fmt: str = "html") -> None:
    from netleder import output as out
    from netleder.content.loading import load_competences, load_phases
    from netleder.formats import by_ending
    from netleder.formats.html import course_form
    from netleder.safe_text import short
    from netleder.views.course import named_competences
    from netleder.views.course_form import build_course_form

    if by_ending(output) != fmt:
        raise BadInput("course.form_html", path=short(output, 80))
    out.check_output(output, force)
    comps = load_competences(folder)
    ids = named_competences(comps, competence_keys)
    page = course_form(build_course_form(comps, ids, name, lang, load_phases(folder)))
    if fmt == "pdf":  # the form printed, to fill in by hand
        from netleder.formats.pdf import PdfPage

        out.deliver(PdfPage(page), output, force, lang=lang)
    else:
        out.write_file(output, page, force, lang=lang)  # the blank form holds nothing personal
    key = "course.form_done_pdf" if fmt == "pdf" else "course.form_done"
    print(t(key, lang, count=len(ids) if ids is not None else len(comps.competences)), file=sys.stderr)


def _report_bad(bad, lang: str) -> None:
    from netleder.errors import in_words
    from netleder.safe_text import short

    if not bad:
        return
    print(t("course.bad_files", lang, count=len(bad)), file=sys.stderr)
    for found in bad[:MAX_LISTED]:
        reasons = [in_words(m, lang) for m in found.problems[:3]]
        if len(found.problems) > 3:
            reasons.append(t("course.more_reasons", lang, count=len(found.problems) - 3))
        print("  " + t("problem.at", lang, where=short(found.path.name, 60), message="; ".join(reasons)), file=sys.stderr)
    if len(bad) > MAX_LISTED:
        print("  " + t("course.more_files", lang, count=len(bad) - MAX_LISTED), file=sys.stderr)


def show(folder: Path | None, paths: list[str], fmt: str, output: str | None, force: bool, lang: str,
         name: str | None = None) -> None:
    from netleder import output as out
    from netleder.content.loading import load_competences, load_phases
    from netleder.exchange.share import ContentIdentity, read_shares, unique_shares
    from netleder.formats import writer
    from netleder.views.course import MIN_GROUP, build_course_view

    if output is not None:
        out.check_output(output, force)
    comps = load_competences(folder)
    good, bad, _ = read_shares(paths, ContentIdentity.of(comps))
    shares, repeated, differing = unique_shares(good)
    _report_bad(bad, lang)
    if len(shares) < MIN_GROUP:
        raise BadInput("course.too_few" if shares else "course.none_usable", count=len(shares), min=MIN_GROUP)
    view = build_course_view(shares, comps, lang, course_name=name, repeated=repeated, differing=differing,
                             left_out=len(bad), phases=load_phases(folder))
    out.deliver(writer(fmt, "course")(view), output, force, private=True, lang=lang)
