"""The facilitator's kit: the model on one page (`phases --overview`), the competences most in
play in each phase (data, cross-file check, shown by `phases N`), and handouts titled for what
they hold. Printing is tested here too: headless Chromium to PDF, pages counted, text read."""

from __future__ import annotations

import html
import json
import re

import pytest
from rich.cells import cell_len

from printing import as_printed, flat, pdf_pages, print_pdf

LABEL = {"da": "I spil", "en": "In play"}
HEADING = {"da": "Netværksmodellen på én side", "en": "The network model on one page"}


def ok(result) -> str:
    assert result.exit_code == 0, result.stderr
    return result.stdout


# --- the data ----------------------------------------------------------------------------------

def test_every_numbered_phase_names_its_competences_in_play(phases, comps):
    ids = {c.id for c in comps.competences}
    for phase in phases.phases:
        if phase.number is None:
            assert phase.in_play == ()  # the introduction and the close name none
            continue
        assert 2 <= len(phase.in_play) <= 3, phase.id
        for item in phase.in_play:
            assert item.competence in ids
            assert item.source == "authored"  # the handbook does not link phases to competences
            for lang in ("da", "en"):
                reason = item.reason(lang)
                assert reason.endswith(".") and 20 < len(reason) < 130 and "\n" not in reason
    used = {item.competence for p in phases.phases for item in p.in_play}
    assert used == ids  # every competence is in play somewhere


def test_every_phase_has_one_line_in_brief(phases):
    for phase in phases.phases:
        for lang in ("da", "en"):
            assert phase.in_brief is not None
            assert 20 < len(phase.brief(lang)) <= 90, (phase.id, lang)


# --- netleder phases N ---------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["da", "en"])
def test_one_phase_shows_its_competences_in_play_with_reasons(cli, lang, phases, comps):
    out = ok(cli("phases", "3", "--lang", lang, env={"COLUMNS": "200"}))
    heading = {"da": "Kompetencer i spil", "en": "Competences in play"}[lang]  # said once, not marked
    assert heading in out.splitlines()
    phase = phases.find("3")
    for item in phase.in_play:
        comp = comps.find(item.competence)
        assert f"{comp.number}. {comp.title(lang)}" in out
        assert item.reason(lang) in out
    # the section comes after the key questions and before the tools
    lines = out.splitlines()
    assert lines.index(heading) > next(i for i, l in enumerate(lines)
                                       if l.startswith(("Nøglespørgsmål", "Key questions")))


def test_the_close_has_no_empty_sections(cli):
    out = ok(cli("phases", "afrunding"))
    assert "Værktøjer" not in out and "Kompetencer i spil" not in out and "Ingen" not in out
    html = ok(cli("phases", "afrunding", "--format", "html"))
    assert "Værktøjer" not in html and "Kompetencer i spil" not in html
    md = ok(cli("phases", "afrunding", "--format", "markdown"))
    assert "Værktøjer" not in md and "Kompetencer i spil" not in md


def test_one_phase_in_markdown_and_json(cli, phases, comps):
    md = ok(cli("phases", "8", "--format", "markdown", "--lang", "en"))
    assert md.splitlines()[0] == "# Phase 8: Evaluation and spreading"  # titled for what it holds
    assert "**Competences in play**\n" in md  # the project's mapping: said once on the page, not marked
    assert "- **10\\. Helps solutions and mindset take root \\*:**" in md
    data = json.loads(ok(cli("phases", "8", "--format", "json")))
    assert [i["competence"] for i in data["phases"][0]["in_play"]] == \
        [i.competence for i in phases.find("8").in_play]
    assert data["in_play_used"] is True


# --- handouts titled for what they hold ----------------------------------------------------------

@pytest.mark.parametrize("lang", ["da", "en"])
def test_single_item_handouts_are_titled_by_the_item(cli, lang):
    html = ok(cli("competences", "8", "--format", "html", "--lang", lang))
    title = {"da": "Kompetence 8: Skaber fremdrift uden at overstyre",
             "en": "Competence 8: Keeps momentum without over-steering"}[lang]
    assert f"<title>{title}</title>" in html
    assert re.search(rf"<h1>{re.escape(title)} <span class=\"mark\"", html)
    assert "ti kompetencer" not in html and "ten competences" not in html
    assert html.count("<h2>") == 2  # the phases it is in play in, and the scale: not the competence again
    md = ok(cli("competences", "8", "--format", "markdown", "--lang", lang))
    assert md.splitlines()[0] == f"# {title} \\*"
    phase = ok(cli("phases", "3", "--format", "html", "--lang", lang))
    name = {"da": "Fase 3: Fokusering", "en": "Phase 3: Focusing"}[lang]
    assert f"<title>{name}</title>" in phase and f"<h1>{name}</h1>" in phase


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_one_competence_names_the_phases_it_is_most_in_play_in(cli, fmt, phases):
    out = ok(cli("competences", "fremdrift", "--format", fmt, "--lang", "en", env={"COLUMNS": "200"}))
    assert "Phases where it is most in play" in out
    calling = [p for p in phases.phases if any(i.competence == "fremdrift" for i in p.in_play)]
    assert len(calling) == 3
    for phase in calling:
        assert f"Phase {phase.number}: {phase.title('en')}" in out
        reason = next(i.reason("en") for i in phase.in_play if i.competence == "fremdrift")
        assert reason in (html.unescape(out) if fmt == "html" else out)


def test_one_competence_of_a_municipalitys_own_set_names_no_phases(cli, tmp_path):
    (tmp_path / "competences.yaml").write_text(COMPETENCES, encoding="utf-8")
    out = ok(cli("--data-dir", str(tmp_path), "competences", "trygt-rum", "--format", "html"))
    assert "mest i spil" not in out  # the built-in mapping names netleder's competences, not these


def test_the_full_handouts_keep_their_titles(cli):
    assert "<title>Netværkslederens ti kompetencer</title>" in ok(cli("competences", "--format", "html"))
    assert "<title>Netværksmodellens faser</title>" in ok(cli("phases", "--format", "html"))


# --- the overview in the terminal ----------------------------------------------------------------

@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("width", [60, 80])
def test_terminal_overview_fits_the_width(cli, lang, width, phases, comps):
    out = ok(cli("phases", "--overview", "--lang", lang, env={"COLUMNS": str(width)}))
    lines = out.splitlines()
    assert lines[0] == HEADING[lang]
    too_wide = [line for line in lines if cell_len(line) > width]
    assert not too_wide, too_wide
    text = flat(out)
    for phase in phases.phases:
        assert phase.title(lang) in text  # titles are short enough never to wrap
        assert flat(phase.brief(lang)) in text
    # in order, joined by arrows
    positions = [next(i for i, l in enumerate(lines) if l.strip().endswith(p.title(lang))
                      or l.strip().endswith(p.title(lang) + " *")) for p in phases.phases]
    assert positions == sorted(positions)
    assert sum(1 for l in lines if l.strip() == "↓") == len(phases.phases) - 1
    # each numbered phase's competences in play, by number and title; the mapping is the
    # project's in full, so it is said once in the page's line, not marked on each phase
    assert sum(1 for l in lines if l.strip().startswith(LABEL[lang] + ":")) == \
        sum(1 for p in phases.phases if p.in_play)
    assert not any(l.strip().startswith(LABEL[lang] + " *") for l in lines)
    for phase in phases.phases:
        for item in phase.in_play:
            comp = comps.find(item.competence)
            assert flat(f"{comp.number} {comp.title(lang)}") in text


def test_terminal_overview_is_compact(cli):
    out = ok(cli("phases", "--overview", env={"COLUMNS": "80"}))
    assert len(out.splitlines()) <= 60  # a flow on one screen's worth, not the handout


def test_overview_with_a_phase_is_bad_input(run):
    proc = run("phases", "3", "--overview")
    assert proc.returncode == 2
    assert "--overview" in proc.stderr and "Traceback" not in proc.stderr and proc.stdout == ""


@pytest.mark.parametrize("lang", ["da", "en"])
def test_overview_markdown_and_json(cli, lang, phases):
    md = ok(cli("phases", "--overview", "--format", "markdown", "--lang", lang))
    assert md.splitlines()[0] == f"# {HEADING[lang]}"
    for phase in phases.phases:
        assert phase.title(lang) in md and phase.brief(lang) in md
    assert md.count(f"*{LABEL[lang]}:*") == sum(1 for p in phases.phases if p.in_play)
    data = json.loads(ok(cli("phases", "--overview", "--format", "json", "--lang", lang)))
    assert set(data) == {"title", "phases", "in_play_used", "note"}
    assert data["title"] == HEADING[lang] and data["in_play_used"] is True and data["note"] is None
    assert [p["id"] for p in data["phases"]] == [p.id for p in phases.phases]
    first = data["phases"][1]
    assert set(first) == {"id", "number", "title", "in_brief", "source", "in_play"}
    assert set(first["in_play"][0]) == {"competence", "number", "title", "reason", "source"}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_overview_html_is_one_self_contained_black_and_white_diagram(cli, lang, phases):
    page = ok(cli("phases", "--overview", "--format", "html", "--lang", lang))
    assert page.count("<svg") == 1 and "<img" not in page
    assert "<script" not in page.lower() and "src=" not in page and "url(" not in page and "@import" not in page
    assert re.findall(r'href="([^"]+)"', page) == [phases.about.source_url]  # only the source, in the footer
    svg = page[page.index("<svg"):page.index("</svg>")]
    colours = set(re.findall(r'(?:fill|stroke)="([^"]+)"', svg))
    assert colours <= {"#111", "#fff"}, colours  # black on white: nothing is told by colour
    assert svg.count("<circle") == sum(1 for p in phases.phases if p.number)  # a marker per numbered phase
    assert svg.count('<g class="phase"') == len(phases.phases)


# --- the cross-file check --------------------------------------------------------------------

def _with_unknown_id(builtin_texts) -> str:
    text = builtin_texts["phases.yaml"]
    assert "      - competence: trygt-rum\n" in text
    return text.replace("      - competence: trygt-rum\n", "      - competence: tryg-rum\n", 1)


def test_an_unknown_competence_in_play_is_an_error_naming_phase_and_id(tmp_path, run, builtin_texts):
    (tmp_path / "phases.yaml").write_text(_with_unknown_id(builtin_texts), encoding="utf-8")
    line = next(i for i, l in enumerate(_with_unknown_id(builtin_texts).splitlines(), 1) if "tryg-rum" in l)
    for args in (["phases", "1"], ["phases", "--overview"], ["phases", "--format", "html"], ["validate"]):
        proc = run("--data-dir", str(tmp_path), *args, "--lang", "en")
        assert proc.returncode == 2, args
        assert "Traceback" not in proc.stderr
        assert f"phases.yaml, line {line}: phases[2] (opstart) › in_play[2].competence: the phase 'opstart' " \
               "names the competence 'tryg-rum', which is not in competences.yaml" in proc.stderr, proc.stderr
        assert "trygt-rum" in proc.stderr  # the ids that can be used


def test_a_repeated_competence_in_play_is_an_error(tmp_path, cli, builtin_texts):
    text = builtin_texts["phases.yaml"].replace("      - competence: trygt-rum\n", "      - competence: strategisk-dagsorden\n", 1)
    (tmp_path / "phases.yaml").write_text(text, encoding="utf-8")
    result = cli("validate", str(tmp_path))
    assert result.exit_code == 2
    assert "kompetencen »strategisk-dagsorden« står mere end én gang i fasen" in result.stderr


COMPETENCES = """\
scale:
  - value: 1
    label: {da: "Lidt", en: "A little"}
  - value: 2
    label: {da: "Meget", en: "A lot"}
competences:
  - id: lytter
    number: 1
    source: authored
    title: {da: "Lytter", en: "Listens"}
    description: {da: "Lytter til andre.", en: "Listens to others."}
    questions:
      - source: authored
        text: {da: "Hvem lyttede jeg til i dag?", en: "Whom did I listen to today?"}
  - id: trygt-rum
    number: 2
    source: authored
    title: {da: "Vores trygge rum", en: "Our safe space"}
    description: {da: "Et rum, hvor alle tør.", en: "A room where all dare."}
    questions:
      - source: authored
        text: {da: "Hvem turde ikke i dag?", en: "Who did not dare today?"}
"""


def test_own_competences_with_the_builtin_phases_ignore_the_mapping_and_say_so(tmp_path, cli):
    (tmp_path / "competences.yaml").write_text(COMPETENCES, encoding="utf-8")
    # 'trygt-rum' exists in the municipality's set too, but means their own item: not used
    out = ok(cli("--data-dir", str(tmp_path), "phases", "1", env={"COLUMNS": "200"}))
    assert "Kompetencer i spil" not in out.split("Kompetencerne i spil vises ikke")[0]
    assert "Kompetencerne i spil vises ikke: de indbyggede faser peger på netleders egne ti kompetencer" in out
    assert "Vores trygge rum" not in out
    data = json.loads(ok(cli("--data-dir", str(tmp_path), "phases", "--overview", "-f", "json")))
    assert data["in_play_used"] is False and "ikke" in data["note"]
    assert all(p["in_play"] == [] for p in data["phases"])
    html = ok(cli("--data-dir", str(tmp_path), "phases", "--overview", "-f", "html", "--lang", "en"))
    assert "The competences in play are not shown" in html and "In play" not in html.split("<svg")[1].split("</svg>")[0]


def test_own_phases_name_own_competences(tmp_path, cli, builtin_texts):
    (tmp_path / "competences.yaml").write_text(COMPETENCES, encoding="utf-8")
    text = builtin_texts["phases.yaml"]
    # keep only the in_play entries that name 'trygt-rum'; the others name ids this set lacks
    text = re.sub(r"      - competence: (?!trygt-rum\n)[a-z-]+\n        source: authored\n        reason:\n"
                  r"          da: .*\n          en: .*\n", "", text)
    text = text.replace("    in_play:\n    questions:", "    questions:")
    (tmp_path / "phases.yaml").write_text(text, encoding="utf-8")
    assert ok(cli("validate", str(tmp_path))).count("kompetencer i spil: 2 i 2 faser") == 1
    out = ok(cli("--data-dir", str(tmp_path), "phases", "1", env={"COLUMNS": "200"}))
    assert "2. Vores trygge rum" in out and "Klare roller og aftalte forventninger" in out


# --- printing -----------------------------------------------------------------------------------

@pytest.fixture
def printed(cli, tmp_path, chromium, pdftotext):
    def run(*args: str, lang: str, env: dict | None = None) -> list[str]:
        html = tmp_path / f"{re.sub(r'[^a-z0-9]+', '-', '-'.join(args[-3:]))}-{lang}.html"
        result = cli(*args, "--format", "html", "--lang", lang, "--output", str(html), env=env)
        assert result.exit_code == 0, result.stderr
        return pdf_pages(pdftotext, print_pdf(chromium, html, tmp_path))

    return run


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_overview_prints_on_exactly_one_page(printed, lang, phases, comps):
    pages = printed("phases", "--overview", lang=lang)
    assert len(pages) == 1
    page = pages[0]
    assert as_printed(HEADING[lang]) in page
    for phase in phases.phases:
        assert as_printed(phase.title(lang)) in page, phase.id
    assert "1 af 1" in page or "1 of 1" in page
    # every competence in play is named in the diagram (wrapped lines are joined by as_printed())
    for phase in phases.phases:
        for item in phase.in_play:
            comp = comps.find(item.competence)
            assert as_printed(f"{comp.number} {comp.title(lang).split()[0]}") in page
    assert {"da": "Kilde: Albertslund Kommune", "en": "Source: Albertslund Municipality"}[lang] in page


def test_an_overview_of_many_phases_still_prints_on_one_page(printed, tmp_path):
    """A municipality's model with 18 phases and long lines: the diagram scales down to the page."""
    import yaml

    folder = tmp_path / "big"
    folder.mkdir()
    long = "Et langt formål, som bliver ved og ved, så det skal ombrydes flere gange i diagrammet. " * 3
    phases = [{"id": f"fase-{n}", "number": n, "source": "handbook",
               "title": {"da": f"Fase med et langt navn nummer {n}", "en": f"Phase {n}"},
               "purpose": {"da": long, "en": long}, "in_brief": {"da": long, "en": long},
               "in_play": [{"competence": cid, "source": "authored", "reason": {"da": "Fordi.", "en": "Because."}}
                           for cid in ("taenk-andre-ind", "engager-og-motiver", "trygt-rum")],
               "questions": [{"source": "authored", "text": {"da": "Hvad nu?", "en": "What now?"}}]}
              for n in range(1, 19)]
    (folder / "phases.yaml").write_text(yaml.safe_dump({"phases": phases}, allow_unicode=True), encoding="utf-8")
    pages = printed("--data-dir", str(folder), "phases", "--overview", lang="da")
    assert len(pages) == 1
    assert as_printed("Fase med et langt navn nummer 18") in pages[0] and "Side 1 af 1" in pages[0]


# --- the summary and the talk printout: which rated competences are in play now -----------------

def test_summary_says_which_rated_competences_are_in_play_now(cli, tmp_path, phases, comps, chromium, pdftotext):
    from builders import make
    from netleder.formats import writer
    from netleder.formats.json import summary_dict
    from netleder.output import plain_text
    from netleder.views.summary import build_summary

    in_play = [item.competence for item in phases.find("3").in_play]  # 4, 2, 6
    ratings = {in_play[0]: 2, in_play[1]: 5, "taenk-andre-ind": 4}  # 6 is in play but not rated
    reflection = make("abcdef", ratings=ratings, phase="fokusering")
    view = build_summary(reflection, phases, comps, "da")
    [section] = [s for s in view.sections if s.key == "in_play"]
    assert section.heading == "I spil nu – fase 3: Fokusering" and not section.authored  # said once
    assert [r.cid for r in section.items] == in_play[:2]  # rated ones only, not 'taenk-andre-ind'
    assert "Ikke vurderet denne gang: 6.\u00a0Har blik for den strategiske dagsorden." in section.note
    text = plain_text(writer("text", "summary")(view), 100)
    assert "I spil nu – fase 3: Fokusering" in text
    assert "4. Sætter nysgerrighed og undren i spil (Sjældent)" in text
    assert summary_dict(view)["in_play"] == in_play[:2]
    md = writer("markdown", "summary")(view)
    assert "## I spil nu – fase 3: Fokusering\n" in md  # the mapping is said once on the page, not marked
    page = writer("html", "summary")(view)
    assert "<h2>I spil nu – fase 3: Fokusering</h2>" in page
    # the talk printout, printed
    target = tmp_path / "samtale.html"
    target.write_text(page, encoding="utf-8")
    printed = " ".join(pdf_pages(pdftotext, print_pdf(chromium, target, tmp_path)))
    assert as_printed("I spil nu – fase 3: Fokusering") in printed
    assert as_printed("2. Engagerer og motiverer (Næsten altid)") in printed
    # no phase, a phase without competences in play, or none of them rated: no section
    for other in (make("b", ratings=ratings), make("c", ratings=ratings, phase="introduktion"),
                  make("d", ratings={"taenk-andre-ind": 4}, phase="fokusering")):
        assert "in_play" not in [s.key for s in build_summary(other, phases, comps, "da").sections]
    # with a municipality's own competence file, the built-in mapping is not used
    from netleder.content.loading import load_competences

    (tmp_path / "competences.yaml").write_text(COMPETENCES, encoding="utf-8")
    own = load_competences(tmp_path)
    assert "in_play" not in [s.key for s in build_summary(reflection, phases, own, "da").sections]


@pytest.mark.parametrize("lang", ["da", "en"])
def test_single_item_handouts_print_on_one_page_titled_by_the_item(printed, lang, phases, comps):
    [page] = printed("phases", "3", lang=lang)
    assert page.startswith(as_printed({"da": "Fase 3: Fokusering", "en": "Phase 3: Focusing"}[lang]))
    assert as_printed({"da": "Kompetencer i spil", "en": "Competences in play"}[lang]) in page
    for item in phases.find("3").in_play:
        assert as_printed(item.reason(lang)) in page
    [page] = printed("competences", "8", lang=lang)
    title = {"da": "Kompetence 8: Skaber fremdrift uden at overstyre *",
             "en": "Competence 8: Keeps momentum without over-steering *"}[lang]
    assert page.startswith(as_printed(title))  # wherever the title wraps (at "over-" with some fonts)
    assert "ti kompetencer" not in page and "ten competences" not in page
    [page] = printed("phases", "afrunding", lang=lang)
    assert {"da": "Værktøjer", "en": "Tools"}[lang] not in page  # no empty section
