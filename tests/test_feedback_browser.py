"""The feedback form as the person asked meets it: opened in a real headless Chromium, filled
in through its stable field names, saved with its button (a real download), and the saved file
imported and shown; the side-by-side view and the talk printout printed to PDF.

Without Chromium or pdftotext these tests skip on a developer's machine but FAIL under CI=true
(.ci/run installs both)."""

from __future__ import annotations

import json
import re
import sys

import pytest

from browser import saved_files, tick
from builders import builtin_ids, make, seed
from netleder import __version__
from netleder.i18n import t
from netleder.reflection import Snapshot
from printing import as_printed, flat, font_with, pdf_pages, print_pdf

IDS = builtin_ids()
COMMENT = "Du får altid de rigtige med – også dem, ingen andre tænker på.\nAnden linje ✓ \"citat\" <b>"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the DevTools pipe is handed over as fds 3 and 4")


def fill(page, giver: str, ratings: dict, comments: dict) -> None:
    """Fill the form by its stable field names, as a facilitator's script (or a person) would."""
    page.js(f"document.getElementsByName('giver')[0].value = {json.dumps(giver)}")
    tick(page, ratings)
    for cid, text in comments.items():
        page.js(f"document.getElementsByName({json.dumps('comment-' + cid)})[0].value = {json.dumps(text)}")


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_form_is_filled_saved_imported_and_shown(cli, home, tmp_path, browser, lang):
    seed(home, make("aaaaaa", "2026-11-01", {IDS[0]: 2, IDS[1]: 4, IDS[2]: 3}, network="Urban farming"))
    form = tmp_path / "form.html"
    assert cli("invite", "--name", "Mette Holm", "-c", "1", "-c", "2", "-c", "3", "-o", str(form),
               "--lang", lang).exit_code == 0
    page = browser.page(form.as_uri())
    assert page.js("document.getElementsByName('giver')[0].value") == "Mette Holm"  # filled in by --name
    fill(page, "Mette Holm", {IDS[0]: 5, IDS[1]: None}, {IDS[0]: COMMENT})  # None: "cannot say"
    page.js("document.getElementById('save').click()")
    files = saved_files(browser.downloads, 1, 30)
    assert len(files) == 1, page.js("document.getElementById('status').textContent")
    saved = files[0]
    assert saved.name.startswith("netleder-feedback-mette-holm-") and saved.name.endswith(".json")
    status = page.js("document.getElementById('status').textContent")
    assert saved.name in status
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert (data["format"], data["version"], data["giver"], data["lang"]) == ("netleder-feedback", 1, "Mette Holm", lang)
    assert data["responses"] == {
        IDS[0]: {"rating": 5, "comment": COMMENT},
        IDS[1]: {"rating": None, "comment": "", "cannot_say": True},  # "Kan ikke sige" is kept as an answer
        IDS[2]: {"rating": None, "comment": ""},  # left blank
    }
    assert [c["id"] for c in data["snapshot"]["competences"]] == IDS[:3]
    # nothing else but the network and the invitation it answers, and the day the form was made
    assert set(data) == {"format", "version", "giver", "date", "lang", "snapshot", "responses", "network",
                         "invitation", "issued"}
    assert data["network"] == "Urban farming" and data["invitation"].startswith("inv-")
    assert data["issued"] <= data["date"]
    requested = page.requests()
    assert form.as_uri() in requested  # the log works: it saw the page itself
    assert all(url.split(":", 1)[0] in ("file", "blob", "data", "about") for url in requested), requested

    result = cli("feedback", "import", str(saved), "--lang", lang)
    assert result.exit_code == 0, result.stderr
    assert "Mette Holm" in result.stdout
    shown = json.loads(cli("feedback", "show", "-f", "json", "--lang", lang).stdout)
    first = shown["competences"][0]
    assert first["own"]["value"] == 2 and first["others"][0]["rating"]["value"] == 5
    assert first["others"][0]["comment"] == COMMENT
    assert shown["apart"][0]["competence"] == IDS[0] and shown["apart"][0]["steps"] == 3
    text = flat(cli("feedback", "show", "--lang", lang).stdout)
    assert flat(COMMENT) in text and "Mette Holm" in text
    assert t("invite.cannot_say", lang) in text  # as the giver said it, not "not rated"


def test_the_form_asks_for_a_name_and_an_answer_before_it_saves(cli, tmp_path, browser):
    form = tmp_path / "form.html"
    assert cli("invite", "-c", "1", "-o", str(form), "--lang", "en").exit_code == 0
    page = browser.page(form.as_uri())
    page.js("document.getElementById('save').click()")
    assert page.js("document.getElementById('status').textContent") == t("invite.js_need_name", "en")
    fill(page, "Ole", {}, {})
    page.js("document.getElementById('save').click()")
    assert page.js("document.getElementById('status').textContent") == t("invite.js_need_answer", "en")
    assert saved_files(browser.downloads, 1, 1.5) == []  # nothing was saved


def test_the_form_prints_as_a_paper_form(cli, tmp_path, chromium, pdftotext, comps):
    form = tmp_path / "form.html"
    assert cli("invite", "--name", "Mette Holm", "-o", str(form), "--lang", "en").exit_code == 0
    text = " ".join(pdf_pages(pdftotext, print_pdf(chromium, form, tmp_path)))
    assert as_printed(t("invite.paper", "en")) in text and as_printed(t("invite.privacy", "en")) in text
    for comp in comps.competences:
        assert as_printed(comp.title("en")) in text
    assert as_printed(t("invite.save", "en")) not in text  # no button on paper


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_paper_form_lets_competences_flow_without_splitting_one(cli, tmp_path, chromium, pdftotext, comps, lang):
    """Printed, the competences follow one another (two on the first page, all ten on at most
    four A4 pages; it took six when each block was large), and no competence is split across
    a page break."""
    form = tmp_path / "form.html"
    assert cli("invite", "-o", str(form), "--lang", lang).exit_code == 0
    pages = pdf_pages(pdftotext, print_pdf(chromium, form, tmp_path))
    assert len(pages) <= 4, len(pages)
    for comp in comps.competences[:2]:
        assert as_printed(f"{comp.number}. {comp.title(lang)}") in pages[0]
    for comp in comps.competences:
        on = [i for i, page in enumerate(pages) if as_printed(f"{comp.number}. {comp.title(lang)}") in page]
        assert len(on) == 1, comp.id
        ending = " ".join(as_printed(comp.observed(lang)).split()[-3:])  # the giver reads it in the third person
        assert ending in pages[on[0]], comp.id  # the whole block on the page where it starts
    # the footer prints once, with the last competence: never a page with only the footer
    footer = as_printed(t("invite.footer", lang, version=__version__))
    assert " ".join(pages).count(footer) == 1 and footer in pages[-1]
    last = comps.competences[-1]
    assert as_printed(f"{last.number}. {last.title(lang)}") in pages[-1]


def test_the_privacy_box_has_no_empty_band_at_its_top(cli, tmp_path, browser):
    """On screen, the privacy note's text starts close to its box's top edge, as it ends close to
    its bottom edge."""
    form = tmp_path / "form.html"
    assert cli("invite", "-o", str(form), "--lang", "da").exit_code == 0
    page = browser.page(form.as_uri())
    top, bottom, size = page.js("""(() => {
        const box = document.querySelector('.privacy'), text = box.querySelector('p');
        const outer = box.getBoundingClientRect(), inner = text.getBoundingClientRect();
        return [inner.top - outer.top, outer.bottom - inner.bottom,
                parseFloat(getComputedStyle(text).fontSize)]; })()""")
    assert top < 0.8 * size and abs(top - bottom) < 0.3 * size, (top, bottom, size)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_side_by_side_and_the_talk_printout_print_with_the_questions(cli, home, tmp_path, chromium, pdftotext,
                                                                      comps, lang, require_tool):
    require_tool(font_with("✓"), "a font with ✓ (the comment's; Debian package fonts-dejavu-core)")
    seed(home, make("aaaaaa", "2026-11-01", {IDS[0]: 2, IDS[1]: 5, IDS[2]: 3, IDS[3]: 4}, network="N"))
    snapshot = Snapshot.from_content(comps)
    doc = {"format": "netleder-feedback", "version": 1, "giver": "Ole Berg", "date": "2026-11-30", "lang": lang,
           "snapshot": snapshot.to_dict(),
           "responses": {IDS[0]: {"rating": 5, "comment": COMMENT}, IDS[1]: {"rating": 2, "comment": ""}}}
    path = tmp_path / "svar.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert cli("feedback", "import", str(path)).exit_code == 0
    questions = json.loads(cli("feedback", "show", "-f", "json", "--lang", lang).stdout)["apart"]
    assert len(questions) == 2
    for command, name in ((["feedback", "show"], "side"), (["show"], "talk")):
        html = tmp_path / f"{name}-{lang}.html"
        assert cli(*command, "-f", "html", "-o", str(html), "--lang", lang).exit_code == 0
        page = html.read_text(encoding="utf-8")
        assert "<svg" in page and "stroke-dasharray" in page  # the radar, told apart by lines, not colour
        radar = page.split('<svg class="radar"', 1)[1].split("</svg>", 1)[0]
        assert set(re.findall(r'(?:fill|stroke)="([^"]*)"', radar)) <= {"#111", "#999", "#fff", "none"}  # no colour
        text = " ".join(pdf_pages(pdftotext, print_pdf(chromium, html, tmp_path)))
        for q in questions:
            assert as_printed(q["question"]) in text, (name, q["question"])
        assert "Ole Berg" in text and as_printed(COMMENT) in text
        assert as_printed(t("fb.apart_heading", lang)) in text
    assert as_printed(t("fb.section", lang)) in text  # the talk printout has the section
