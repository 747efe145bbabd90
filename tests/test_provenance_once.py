"""Provenance said once where it is true of everything, marked only where it tells items apart.

With the built-in content, every reflection question, the scale and the link between phases and
competences are the project's own: one line per page or screen says so. A mark (*) is left only
where it tells items apart: competences 8–10 beside the handbook's 1–7, phase 5's working title,
a phase's own key questions beside the handbook's. No mark follows a question on the co-driver's
form, where it would read as "required". A custom content file keeps its marks (the line is true
only of the built-in content)."""

from __future__ import annotations

import re

from builders import builtin_ids, flat, make
from netleder.formats import writer
from netleder.i18n import t
from netleder.output import plain_text
from netleder.views.summary import build_summary
from netleder.views.worksheet import worksheet

IDS = builtin_ids()


def marks(text: str) -> int:
    """Marks as drawn: a " *" after a word (not the Markdown escape's backslash, not a bullet)."""
    return len(re.findall(r"(?<=\S) \\?\*(?=\s|$|<)", text))


def line(lang: str = "da") -> str:
    return t("footer.authored", lang, mark="*")


def test_show_marks_no_question_and_says_it_once(comps, phases):
    reflection = make("abcdef", ratings={cid: 3 for cid in IDS[:3]}, scope=IDS[:3],
                      answers={IDS[0]: ["Et svar", ""]})
    view = build_summary(reflection, phases, comps, "da")
    text = plain_text(writer("text", "summary")(view), 200)
    assert marks(text) == 0  # competences 1–3: nothing to tell apart
    assert flat(text).count(flat(line())) == 1
    assert "Skalaen og dens trin" not in text  # no second note about the scale
    md = writer("markdown", "summary")(view)
    assert marks(md) == 0 and flat(md).replace("\\*", "*").count(flat(line())) == 1


def test_show_marks_only_the_competences_the_project_wrote(comps, phases):
    reflection = make("abcdef", ratings={cid: 3 for cid in IDS}, answers={cid: ["svar", "svar"] for cid in IDS})
    view = build_summary(reflection, phases, comps, "da")
    text = plain_text(writer("text", "summary")(view), 200)
    for c in comps.competences:
        question = c.questions[0].text("da")
        assert f"{question} *" not in text and question in text
    marked = {m.group(1) for m in re.finditer(r"(\d+)\. [^\n*]+ \*", text)}
    assert marked == {"8", "9", "10"}
    assert flat(text).count(flat(line())) == 1


def test_the_one_page_overview_marks_only_what_tells_items_apart(cli):
    out = cli("phases", "--overview", env={"COLUMNS": "200"}).stdout
    assert f"{t('in_play.short', 'da')}:" in out and f"{t('in_play.short', 'da')} *" not in out
    # this page shows no questions and no scale: its line says only what is true of it
    overview_line = t("footer.authored_overview", "da", mark="*")
    assert flat(out).count(flat(overview_line)) == 1 and flat(line()) not in flat(out)
    for title in re.findall(r"(\S[^\n]*?) \*", out.replace(overview_line, "")):
        assert title.endswith(("Valg af værdi og forandring", "Skaber fremdrift uden at overstyre",
                               "Gør værdien synlig", "Forankrer løsninger og tankegang")), title
    before = 17  # the issue's count on this page before provenance was said once
    assert marks(out) <= before // 2


def test_a_phase_marks_its_own_key_questions_only_beside_the_handbooks(cli, phases):
    out = flat(cli("phases", "3", env={"COLUMNS": "200"}).stdout)
    focus = phases.find("3")
    handbook, *own = focus.questions
    assert handbook.source == "handbook" and f"{handbook.text('da')} *" not in out
    for q in own:
        assert f"{q.text('da')} *" in out  # the project's, beside the handbook's
    assert f"{t('in_play.heading', 'da')} *" not in out


def test_the_co_driver_form_has_no_mark_after_its_question(cli):
    page = cli("invite", "--name", "Mette").stdout
    assert re.search(r'<p class="ask">[^<]*</p>', page)
    assert not re.search(r'<p class="ask">[^<]*<span class="mark">', page)  # no "required" look
    assert page.count('<span class="mark">') == 3  # competences 8–10 only
    # said once on screen and once on paper: the form has a footer for each (form.html puts the
    # printed one with the last competence), one of them hidden in each medium
    assert page.count(flat(line()).replace("'", "&#39;")) == 2
    assert '<footer class="paper-only">' in page and '<footer class="screen-only">' in page


def test_the_worksheet_marks_no_question(comps, phases):
    view = worksheet(comps, None, phases, None, "da")
    assert not any(q.authored for c in view.competences for q in c.questions)
    assert not view.scale_authored and view.any_authored  # said once on the sheet
    assert [c.number for c in view.competences if c.authored] == [8, 9, 10]


def test_custom_content_keeps_its_marks(tmp_path, cli):
    (tmp_path / "competences.yaml").write_text("""
scale: {source: authored, levels: [{value: 1, label: {da: Lidt, en: Little}}, {value: 2, label: {da: Meget, en: Much}}]}
competences:
  - id: egen
    number: 1
    source: handbook
    title: {da: Egen, en: Own}
    description: {da: Beskrivelse, en: Description}
    questions:
      - {source: authored, text: {da: "Hvad gør jeg?", en: "What do I do?"}}
""", encoding="utf-8")
    out = cli("--data-dir", str(tmp_path), "competences", "1", env={"COLUMNS": "200"}).stdout
    assert "*" in out and t("footer.authored_custom", "da", mark="*") in flat(out)


def test_a_competence_page_marks_only_a_competence_the_project_wrote(cli):
    for fmt in ("text", "markdown", "html"):
        handbook = cli("competences", "2", "--format", fmt, env={"COLUMNS": "200"}).stdout
        own = cli("competences", "8", "--format", fmt, env={"COLUMNS": "200"}).stdout
        heading = t("competence.questions", "da")
        assert f"{heading} *" not in handbook.replace("\\", "") and f"{heading} *" not in own.replace("\\", "")
        if fmt == "html":
            assert handbook.count('class="mark"') == 0 and own.count('class="mark"') == 1  # the title of 8
        else:
            assert marks(handbook) == 0 and marks(own) == 1, fmt


def test_the_course_form_has_no_mark_after_its_question(comps):
    from netleder.views.course_form import build_course_form

    view = build_course_form(comps, None, "Kursus", "da")
    assert not view.ask_authored  # the built-in scale is said once in the form's line
    assert view.footer and t("footer.authored", "da", mark="*") in view.footer
