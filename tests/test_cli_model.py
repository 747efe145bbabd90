"""Commands: `netleder phases` and `netleder competences` in every language and format, with
--output, run through typer's CliRunner (and a real process where only that can tell)."""

from __future__ import annotations

import html
import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from netleder import __version__
from netleder.content.loading import builtin_dir

ESC = "\x1b"
LANG_WAYS = {
    "option": lambda lang: ([], ["--lang", lang], None),
    "global": lambda lang: (["--lang", lang], [], None),
    "env": lambda lang: ([], [], {"NETLEDER_LANG": lang}),
}
HEADINGS = {
    "phases": {"da": "Netværksmodellens faser", "en": "The phases of the network model"},
    "competences": {"da": "Netværkslederens ti kompetencer", "en": "The network leader's ten competences"},
}
FOOTER = {
    "da": ("Kilde: Albertslund Kommune: Netværksmodellen", "netleder-projektets egne, ligesom tekster mærket *"),
    "en": ("Source: Albertslund Municipality: The Network Model", "written by the netleder project, as were texts marked *"),
}


def flat(text: str) -> str:
    """Text with every run of whitespace as one space: wrapped lines read as one."""
    return " ".join(text.split())


def ok(result) -> str:
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert ESC not in result.stdout
    return result.stdout


# --- text ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("way", LANG_WAYS)
def test_phases_overview_in_each_language_each_way(cli, lang, way, phases):
    before, after, env = LANG_WAYS[way](lang)
    out = ok(cli(*before, "phases", *after, env=env))
    text = flat(out)
    assert out.startswith(HEADINGS["phases"][lang] + "\n")
    for p in phases.phases:
        assert p.title(lang) in text
        assert flat(p.purpose(lang)) in text
        assert p.questions[0].text(lang) not in text  # the overview has no questions
    other = "en" if lang == "da" else "da"
    assert phases.find("opstart").title(other) not in text
    for note in FOOTER[lang]:
        assert note in text
    # numbered in model order, unnumbered ones marked with a dash
    numbers = [m.group(1) for m in re.finditer(r"^\s*(\d+\.|–) ", out, re.MULTILINE)]
    assert numbers == ["–", "1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "–"]


@pytest.mark.parametrize("key", ["3", "fokusering", "opstart", "1", "introduktion", "afrunding"])
@pytest.mark.parametrize("lang", ["da", "en"])
def test_one_phase_in_full(cli, key, lang, phases):
    phase = phases.find(key)
    out = ok(cli("phases", key, "--lang", lang))
    text = flat(out)
    first = out.splitlines()[0]
    if phase.number:
        label = {"da": "Fase", "en": "Phase"}[lang]
        assert text.startswith(f"{label} {phase.number}: {phase.title(lang)}")
    else:
        assert text.startswith(phase.title(lang))
    assert first.strip()
    assert flat(phase.purpose(lang)) in text
    for q in phase.questions:
        assert flat(q.text(lang)) in text
    for tool in phase.tools:
        assert flat(tool(lang)) in text
    # the heading carries * when every key question is authored; otherwise each authored one does
    mark = " *" if all(q.source == "authored" for q in phase.questions) else ""
    # purpose and tools carry the phase's own mark (phase 5's are the project's); a phase without
    # tools has no tools section
    own = " *" if phase.source == "authored" else ""
    headings = {"da": ["Formål" + own, "Nøglespørgsmål" + mark, "Værktøjer, roller og metoder" + own],
                "en": ["Purpose" + own, "Key questions" + mark, "Tools, roles and methods" + own]}[lang]
    for heading in headings[:2] + (headings[2:] if phase.tools else []):
        assert heading in out.splitlines()
    if not phase.tools:
        assert headings[2].rstrip(" *") not in out
    for other in phases.phases:
        if other is not phase:
            assert other.purpose(lang) not in text


def test_phase_without_tools_leaves_the_section_out(cli):
    out = ok(cli("phases", "afrunding"))
    assert "Værktøjer, roller og metoder" not in out and "Ingen navngivne" not in out
    assert "Værktøjer, roller og metoder" in ok(cli("phases", "1"))


def test_authored_phase_is_marked(cli):
    assert ok(cli("phases", "5")).splitlines()[0].endswith(" *")
    assert not ok(cli("phases", "4")).splitlines()[0].endswith("*")


@pytest.mark.parametrize("lang", ["da", "en"])
def test_competences_overview(cli, lang, comps):
    out = ok(cli("competences", "--lang", lang))
    text = flat(out)
    assert out.startswith(HEADINGS["competences"][lang] + "\n")
    for comp in comps.competences:
        assert f"{comp.number}. {comp.title(lang)}" in text
        assert flat(comp.description(lang)) in text
        assert comp.questions[0].text(lang) not in text
        assert (f"{comp.title(lang)} *" in text) == (comp.number >= 8)
    for level in comps.scale:
        assert f"{level.value} {level.label(lang)}" in text
    for note in FOOTER[lang]:
        assert note in text


@pytest.mark.parametrize("key", ["8", "fremdrift", "1", "10"])
@pytest.mark.parametrize("lang", ["da", "en"])
def test_one_competence_in_full(cli, key, lang, comps):
    comp = comps.find(key)
    out = ok(cli("competences", key, "--lang", lang))
    text = flat(out)
    label = {"da": "Kompetence", "en": "Competence"}[lang]
    assert text.startswith(f"{label} {comp.number}: {comp.title(lang)}")
    assert flat(comp.description(lang)) in text
    assert len(comp.questions) == 2
    for i, q in enumerate(comp.questions, 1):
        assert f"{i}. {flat(q.text(lang))}" in text
    heading = {"da": "Spørgsmål til dig selv", "en": "Questions to ask yourself"}[lang]
    assert heading in out.splitlines() and f"{heading} *" not in out  # the project's questions: said once


def test_command_option_beats_global_option_beats_environment(cli):
    env = {"NETLEDER_LANG": "en"}
    assert ok(cli("phases", env=env)).startswith(HEADINGS["phases"]["en"])
    assert ok(cli("--lang", "da", "phases", env=env)).startswith(HEADINGS["phases"]["da"])
    assert ok(cli("--lang", "da", "phases", "--lang", "en")).startswith(HEADINGS["phases"]["en"])
    assert ok(cli("phases", "--lang", "EN")).startswith(HEADINGS["phases"]["en"])


@pytest.mark.parametrize("value,lang", [
    ("en_GB", "en"), ("en-US", "en"), ("en_US.UTF-8", "en"), ("English", "en"), ("engelsk", "en"),
    ("da_DK.UTF-8", "da"), ("DA", "da"), ("dansk", "da"), ("danish", "da"),
])
def test_a_language_written_as_a_locale_or_a_name_is_understood(cli, value, lang):
    """NETLEDER_LANG and --lang take a language as systems and people write it (en_GB, English),
    so a locale copied from LANG does not stop every command."""
    assert ok(cli("phases", env={"NETLEDER_LANG": value})).startswith(HEADINGS["phases"][lang])
    assert ok(cli("phases", "--lang", value)).startswith(HEADINGS["phases"][lang])
    assert cli("--help", env={"NETLEDER_LANG": value}).stdout.startswith({"da": "Brug:", "en": "Usage:"}[lang])


@pytest.mark.parametrize(
    "args,env,where",
    [
        (["phases", "--lang", "xx"], None, "--lang"),
        (["--lang", "xx", "competences"], None, "--lang"),
        (["competences", "3"], {"NETLEDER_LANG": "klingon"}, "NETLEDER_LANG"),
        (["competences", "3"], {"NETLEDER_LANG": "de_DE.UTF-8"}, "NETLEDER_LANG"),
        (["validate", "--lang", "de"], None, "--lang"),
    ],
)
def test_unknown_language_exits_2_naming_the_choices(cli, args, env, where):
    result = cli(*args, env=env)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert f"i {where}. Vælg et af: da, en." in result.stderr
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("command,key", [("phases", "9"), ("phases", "nope"), ("competences", "11")])
def test_unknown_item_exits_2_naming_the_choices(cli, command, key):
    result = cli(command, key)
    assert result.exit_code == 2 and result.stdout == ""
    assert f"»{key}«" in result.stderr  # a value in Danish quotation marks
    assert ("introduktion, 1–8, afrunding." if command == "phases" else ": 1–10.") in result.stderr  # runs as ranges


def test_unknown_format_exits_2(cli):
    result = cli("phases", "--format", "docx")
    assert result.exit_code == 2 and result.stdout == ""
    assert "text, markdown, html, json, pdf" in result.stderr


def test_format_name_is_case_insensitive(cli):
    assert ok(cli("phases", "-f", "JSON")).startswith("{")


# --- 60 columns --------------------------------------------------------------------------


def every_text_view(phases, comps):
    yield ["phases"]
    yield ["competences"]
    for p in phases.phases:
        yield ["phases", p.id]
    for comp in comps.competences:
        yield ["competences", comp.id]


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("width", [60, 40])
def test_text_fits_narrow_terminals(cli, lang, width, comps, phases):
    for args in every_text_view(phases, comps):
        out = ok(cli(*args, "--lang", lang, env={"COLUMNS": str(width)}))
        lines = out.splitlines()
        too_long = [line for line in lines if len(line) > width]
        assert not too_long, (args, too_long)
        assert all(line == line.rstrip() for line in lines)
        # wrapping keeps every word: the content is all there
        item = (phases.find(args[1]) or comps.find(args[1])) if len(args) > 1 else None
        if item is not None:
            body = item.purpose(lang) if hasattr(item, "purpose") else item.description(lang)
            assert flat(body) in flat(out)


def test_text_at_60_columns_reads_well(cli):
    """The shape a reader sees: heading, underline, numbered entries, body indented under titles."""
    out = ok(cli("competences", env={"COLUMNS": "60"}))
    lines = out.splitlines()
    assert lines[0] == "Netværkslederens ti kompetencer"
    assert set(lines[1]) == {"─"} and len(lines[1]) == len(lines[0])
    assert lines[2] == ""
    assert lines[3].startswith("Som netværksleder skal du")  # the handbook's framing of the competences
    first = lines.index(" 1. Tænker andre ind i opgaven")
    assert lines[first - 1] == ""
    assert lines[first + 1].startswith("    En tværgående udfordring")  # under the title, not under the number
    assert "10. Forankrer løsninger og tankegang *" in lines


# --- the other formats -------------------------------------------------------------------

PHASE_KEYS = {"id", "number", "title", "purpose", "questions", "tools", "source", "in_brief", "in_play"}
COMPETENCE_KEYS = {"id", "number", "title", "description", "questions", "source"}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_phases_json_has_exactly_the_documented_shape(cli, lang, phases, comps):
    data = json.loads(ok(cli("phases", "--format", "json", "--lang", lang)))
    assert set(data) == {"phases", "in_play_used"} and data["in_play_used"] is True
    assert [p["id"] for p in data["phases"]] == [p.id for p in phases.phases]
    for got, phase in zip(data["phases"], phases.phases):
        assert set(got) == PHASE_KEYS
        assert got == {
            "id": phase.id,
            "number": phase.number,
            "title": phase.title(lang),
            "purpose": phase.purpose(lang),
            "questions": [{"text": q.text(lang), "source": q.source} for q in phase.questions],
            "tools": [tool(lang) for tool in phase.tools],
            "source": phase.source,
            "in_brief": phase.in_brief(lang),
            "in_play": [{"competence": item.competence, "number": comps.find(item.competence).number,
                         "title": comps.find(item.competence).title(lang), "reason": item.reason(lang),
                         "source": item.source} for item in phase.in_play],
        }
    assert data["phases"][0]["number"] is None


@pytest.mark.parametrize("lang", ["da", "en"])
def test_competences_json_has_exactly_the_documented_shape(cli, lang, comps):
    data = json.loads(ok(cli("competences", "-f", "json", "--lang", lang)))
    assert set(data) == {"scale", "scale_source", "scale_question", "competences"}
    assert data["scale_source"] == "authored" and data["scale_question"] == comps.scale_question(lang)
    assert data["scale"] == [{"value": s.value, "label": s.label(lang)} for s in comps.scale]
    assert len(data["competences"]) == 10
    for got, comp in zip(data["competences"], comps.competences):
        assert set(got) == COMPETENCE_KEYS
        assert got == {
            "id": comp.id,
            "number": comp.number,
            "title": comp.title(lang),
            "description": comp.description(lang),
            "questions": [{"text": q.text(lang), "source": q.source} for q in comp.questions],
            "source": comp.source,
        }


def test_json_of_one_item(cli):
    data = json.loads(ok(cli("phases", "opstart", "-f", "json", "--lang", "en")))
    assert [p["title"] for p in data["phases"]] == ["Starting the network"]
    data = json.loads(ok(cli("competences", "8", "-f", "json")))
    assert [x["id"] for x in data["competences"]] == ["fremdrift"] and len(data["scale"]) == 5


def test_json_keeps_danish_letters_unescaped(cli):
    out = ok(cli("phases", "-f", "json"))
    assert "Netværket" in out and "\\u00e6" not in out


@pytest.mark.parametrize("lang", ["da", "en"])
def test_phases_markdown(cli, lang, phases):
    out = ok(cli("phases", "--format", "markdown", "--lang", lang))
    lines = out.splitlines()
    assert lines[0] == f"# {HEADINGS['phases'][lang]}"
    h2 = [line for line in lines if line.startswith("## ")]
    assert len(h2) == len(phases.phases)
    label = {"da": "Fase", "en": "Phase"}[lang]
    assert h2[1] == f"## {label} 1: {phases.find('opstart').title(lang)}"
    assert h2[5].endswith(" \\*")  # phase 5 is authored
    for phase in phases.phases:
        assert any(phase.title(lang) in line for line in h2)
    assert sum(1 for line in lines if re.match(r"^\d\. ", line)) == sum(len(p.questions) for p in phases.phases)
    in_play = sum(len(p.in_play) for p in phases.phases)
    assert in_play > 0
    assert sum(1 for line in lines if line.startswith("- **")) == in_play  # the competences in play
    assert sum(1 for line in lines if line.startswith("- ") and not line.startswith("- **")) == \
        sum(len(p.tools) for p in phases.phases)
    assert "<" not in out.replace("(<https://", "")  # no raw HTML, only the link's <url>
    assert "---" in lines and FOOTER[lang][1].replace("*", "\\*") in out
    assert "(<https://medarbejdersiden.albertslund.dk/" in out


def test_competences_markdown(cli, comps):
    out = ok(cli("competences", "-f", "markdown", "--lang", "en"))
    assert out.startswith("# The network leader's ten competences\n")
    for comp in comps.competences:
        assert f"## {comp.number}. {comp.title('en')}" in out
    assert "- 3: Sometimes" in out
    assert "**Questions to ask yourself**\n" in out  # all the project's: said once in the line, not marked


@pytest.mark.parametrize("lang", ["da", "en"])
def test_phases_html_is_a_self_contained_printable_handout(cli, lang, phases):
    out = ok(cli("phases", "--format", "html", "--lang", lang))
    assert out.startswith("<!DOCTYPE html>\n") and f'<html lang="{lang}">' in out
    assert '<meta charset="utf-8">' in out
    assert f"<title>{HEADINGS['phases'][lang]}</title>" in out
    # no external resources of any kind
    for banned in ("<script", "<link", "<img", "<iframe", "src=", "@import", "url("):
        assert banned not in out.lower(), banned
    # A4 print CSS with page breaks kept out of sections and a running foot
    assert "@page" in out and "size: A4" in out
    assert "break-inside: avoid" in out
    assert "counter(page)" in out
    # readable in black and white: every colour is a grey
    for colour in re.findall(r"#([0-9a-fA-F]{3,6})\b", out):
        full = colour if len(colour) == 6 else "".join(ch * 2 for ch in colour)
        assert full[0:2] == full[2:4] == full[4:6], colour
    for phase in phases.phases:
        assert f'<section id="{phase.id}">' in out
        assert phase.title(lang) in html.unescape(out)  # escaped as the page needs, shown as written
    footer = out[out.index("<footer>"):]
    assert "Albertslund" in footer and FOOTER[lang][1] in footer
    assert 'href="https://medarbejdersiden.albertslund.dk/' in footer
    assert f"netleder {__version__}" in footer


def test_competences_html(cli):
    out = ok(cli("competences", "-f", "html"))
    assert out.count("<section id=") == 10
    assert '<ul class="scale">' in out
    assert "netleder-projektets egne, ligesom tekster mærket *" in out
    assert "fasernes kompetencer og tekster mærket * er netleder-projektets egne" in out  # on every printed page


def test_one_phase_as_html(cli):
    out = ok(cli("phases", "3", "-f", "html", "--lang", "en"))
    assert out.count("<section id=") == 1 and "Phase 3: Focusing" in out


# --- custom content through the commands ------------------------------------------------

TRICKY = """\
scale:
  - {value: 1, label: {da: "Lav", en: "Low"}}
  - {value: 2, label: {da: "Høj", en: "High"}}
competences:
  - id: egen
    number: 1
    source: handbook
    title: {da: "<b>Fed</b> & *stjerne*", en: "<script>alert(1)</script>"}
    description: {da: "# ikke en overskrift\\n- ikke et punkt", en: "[link](http://x) `kode`"}
    questions:
      - source: handbook
        text: {da: "Hvem er _vigtig_?", en: "Who | matters?"}
"""


def test_custom_content_is_escaped_in_every_format(cli, tmp_path):
    (tmp_path / "competences.yaml").write_text(TRICKY, encoding="utf-8")
    page = ok(cli("competences", "--data-dir", str(tmp_path), "-f", "html"))
    assert "&lt;b&gt;Fed&lt;/b&gt; &amp; *stjerne*" in page and "<b>" not in page
    assert f"Indhold fra {tmp_path / 'competences.yaml'}." in page
    assert "Netværkslederens kompetencer (1)" in page
    html_en = ok(cli("competences", "--data-dir", str(tmp_path), "-f", "html", "--lang", "en"))
    assert "<script>" not in html_en and "&lt;script&gt;" in html_en
    md = ok(cli("competences", "--data-dir", str(tmp_path), "-f", "markdown"))
    assert "\\<b\\>Fed\\</b\\> & \\*stjerne\\*" in md
    assert "\\# ikke en overskrift" in md and "\\- ikke et punkt" in md
    assert "Hvem er \\_vigtig\\_?" in md
    md_en = ok(cli("competences", "--data-dir", str(tmp_path), "-f", "markdown", "--lang", "en"))
    assert "\\[link\\](http://x) \\`kode\\`" in md_en and "Who \\| matters?" in md_en
    data = json.loads(ok(cli("competences", "--data-dir", str(tmp_path), "-f", "json")))
    assert data["competences"][0]["title"] == "<b>Fed</b> & *stjerne*"
    text = ok(cli("competences", "1", "--data-dir", str(tmp_path)))
    assert "<b>Fed</b> & *stjerne*" in text  # plain text shows it exactly as written


def test_data_dir_with_only_competences_uses_builtin_phases(cli, tmp_path):
    (tmp_path / "competences.yaml").write_text(TRICKY, encoding="utf-8")
    phases = ok(cli("--data-dir", str(tmp_path), "phases"))
    assert phases.startswith(HEADINGS["phases"]["da"])
    comps = ok(cli("competences", env={"NETLEDER_DATA_DIR": str(tmp_path)}))
    assert comps.startswith("Netværkslederens kompetencer (1)")
    assert "Kilde:" not in comps  # a custom file without `about` names no source


# --- --output ----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt, ending", [("text", "txt"), ("markdown", "md"), ("html", "html"), ("json", "json")])
def test_output_writes_the_file(cli, tmp_path, fmt, ending):
    target = tmp_path / f"faser.{ending}"
    result = cli("phases", "-f", fmt, "--output", str(target))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr == f"Skrevet til {target}\n"
    written = target.read_text(encoding="utf-8")
    if fmt == "text":
        assert written.startswith(HEADINGS["phases"]["da"]) and ESC not in written
        assert max(len(line) for line in written.splitlines()) <= 80
    else:
        assert written == ok(cli("phases", "-f", fmt))
    assert oct(target.stat().st_mode & 0o777) != "0o600"  # a handout, not private
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left


def test_output_refuses_to_replace_without_force(cli, tmp_path):
    target = tmp_path / "handout.html"
    target.write_text("mine", encoding="utf-8")
    result = cli("phases", "-f", "html", "-o", str(target))
    assert result.exit_code == 2 and result.stdout == ""
    assert f"Filen {target} findes allerede" in result.stderr and "--force" in result.stderr
    assert target.read_text(encoding="utf-8") == "mine"

    result = cli("phases", "-f", "html", "-o", str(target), "--force")
    assert result.exit_code == 0, result.stderr
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_output_into_a_missing_folder(cli, tmp_path):
    target = tmp_path / "mangler" / "handout.html"
    result = cli("competences", "-f", "html", "-o", str(target))
    assert result.exit_code == 2 and result.stdout == ""
    assert f"Mappen {target.parent} findes ikke" in result.stderr
    assert not target.parent.exists()


def test_output_onto_a_folder(cli, tmp_path):
    result = cli("competences", "-o", str(tmp_path), "--force")
    assert result.exit_code == 2 and "er en mappe" in result.stderr


def test_output_is_checked_before_content_is_loaded(cli, tmp_path):
    """A wrong --output is reported even when the content is fine: nothing is half done."""
    target = tmp_path / "x.md"
    target.write_text("", encoding="utf-8")
    result = cli("competences", "8", "-f", "markdown", "-o", str(target), "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: The file {target} already exists.")


# --- version, help, python -m ------------------------------------------------------------


def test_version(cli):
    result = cli("--version")
    assert result.exit_code == 0 and result.stdout == f"netleder {__version__}\n"


def test_python_m_netleder(run):
    proc = run("--version")
    assert proc.returncode == 0 and proc.stdout == f"netleder {__version__}\n" and proc.stderr == ""
    proc = run("phases", "3", "--lang", "en")
    assert proc.returncode == 0 and proc.stdout.startswith("Phase 3: Focusing\n")
    assert ESC not in proc.stdout  # a pipe gets plain text


def test_no_command_shows_help_not_an_error(cli):
    result = cli()
    assert result.exit_code == 2
    assert result.stderr.startswith("Brug: netleder")
    assert "Fejl" not in result.stderr and "phases" in result.stderr


@pytest.mark.parametrize("command", ["phases", "competences", "validate"])
def test_help_in_both_languages(run, command):
    da = run(command, "--help")
    en = run(command, "--help", env={"NETLEDER_LANG": "en"})
    assert da.returncode == en.returncode == 0
    for option in ("--lang", "--data-dir"):
        assert option in da.stdout and option in en.stdout
    assert "Sprog: da (dansk, standard)" in da.stdout
    assert "Language: da (Danish, the default)" in en.stdout


# --- on a real terminal --------------------------------------------------------------------


def spawn_in_terminal(args: list[str], env: dict) -> str:
    pexpect = pytest.importorskip("pexpect")
    import os

    full_env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "COLUMNS", "LINES")}
    full_env.update({"TERM": "xterm-256color", "PYTHONPATH": str(Path(__file__).parent.parent)}, **env)
    child = pexpect.spawn(sys.executable, ["-m", "netleder", *args], env=full_env, encoding="utf-8",
                          dimensions=(40, 70), timeout=30)
    out = child.read()
    child.close()
    assert child.exitstatus == 0, out
    return out


def test_rich_on_a_terminal_and_plain_with_no_color():
    coloured = spawn_in_terminal(["phases", "3"], {})
    assert ESC + "[" in coloured
    assert "Fokusering" in coloured
    plain = spawn_in_terminal(["phases", "3"], {"NO_COLOR": "1"})
    assert ESC not in plain and "Fase 3: Fokusering" in plain
    assert max(len(line) for line in plain.replace("\r", "").splitlines()) <= 70


# --- click's usage errors, in the user's language ------------------------------------------------


@pytest.mark.parametrize(
    "args, env, expected",
    [
        (["fases"], None, "Der er ingen kommando »fases«. Kommandoerne er: phases, competences"),
        (["--lang", "en", "fases"], None, "There is no command 'fases'. The commands are: phases"),
        (["phases", "1", "2"], None, "For mange argumenter: 2."),
        (["import"], None, "Mangler FIL."),
        (["course", "show"], None, "Mangler FIL eller MAPPE."),
        (["course", "show", "--lang", "en"], None, "FILE or DIR is missing."),
        (["import", "--lang", "en"], None, "FILE is missing."),
        (["import"], {"NETLEDER_LANG": "en"}, "FILE is missing."),
        (["phases", "--bogus", "--lang", "en"], None, "Unknown option --bogus."),
    ],
)
def test_usage_errors_speak_the_users_language(run, args, env, expected):
    proc = run(*args, env=env)
    assert proc.returncode == 2
    assert expected in proc.stderr
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    assert ("--help" in proc.stderr)


# --- where output cannot go -----------------------------------------------------------------------


@pytest.mark.parametrize("args", [["phases"], ["phases", "--format", "html"], ["competences", "--format", "json"]])
def test_a_full_stdout_is_a_short_error_not_a_traceback(tmp_path, args):
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    with open("/dev/full", "w") as full:
        proc = subprocess.run([sys.executable, "-m", "netleder", *args], stdout=full, stderr=subprocess.PIPE,
                              text=True, cwd=tmp_path, timeout=60, check=False)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert "--output" in proc.stderr


def test_force_never_replaces_a_link(cli, tmp_path):
    target = tmp_path / "target.html"
    target.write_text("mine", encoding="utf-8")
    link = tmp_path / "link.html"
    link.symlink_to(target)
    result = cli("phases", "--format", "html", "--output", str(link), "--force")
    assert result.exit_code == 2
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "mine"


def test_force_never_replaces_a_pipe(cli, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result = cli("phases", "--output", str(fifo), "--force")
    assert result.exit_code == 2
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


@pytest.mark.parametrize(
    "name, start",
    [("faser.html", "<!DOCTYPE html>"), ("faser.md", "# Netværksmodellens faser"), ("faser.json", "{"),
     ("faser.txt", "Netværksmodellens faser")],
)
def test_without_format_the_output_files_ending_decides(cli, tmp_path, name, start):
    target = tmp_path / name
    assert cli("phases", "--output", str(target)).exit_code == 0
    assert target.read_text(encoding="utf-8").startswith(start)


def test_an_explicit_format_must_match_the_ending(cli, tmp_path):
    """A file is what its name says: text is not written into faser.html."""
    target = tmp_path / "faser.html"
    result = cli("phases", "--format", "text", "--output", str(target))
    assert result.exit_code == 2 and result.stdout == ""
    assert flat(result.stderr) == ("Fejl: --format text passer ikke til filnavnet »faser.html«, så intet er "
                                   "skrevet. Giv filen endelsen .txt, eller udelad --format.")
    assert list(tmp_path.iterdir()) == []
    assert cli("phases", "--format", "text", "--output", str(tmp_path / "faser.txt")).exit_code == 0
    assert cli("phases", "--format", "html", "--output", str(tmp_path / "Faser.HTM")).exit_code == 0


@pytest.mark.parametrize(
    "command, name, endings",
    [(["phases"], "faser.docx", ".txt, .md, .markdown, .html, .htm, .json, .pdf"),
     (["competences", "3"], "a.odt", ".txt, .md, .markdown, .html, .htm, .json, .pdf"),
     (["worksheet"], "ark.doc", ".md, .markdown, .html, .htm, .pdf"),
     (["history"], "h.md", ".txt, .json, .html, .htm, .pdf"),
     (["show"], "s.rtf", ".txt, .md, .markdown, .html, .htm, .json, .pdf"),
     (["feedback", "show"], "f.xlsx", ".txt, .md, .markdown, .html, .htm, .json, .pdf"),
     (["invite"], "form.md", ".html, .htm, .pdf"),
     (["export"], "alt.csv", ".json")],
)
def test_an_unknown_ending_is_refused_naming_what_the_command_writes(cli, tmp_path, command, name, endings):
    target = tmp_path / name
    result = cli(*command, "--output", str(target))
    assert result.exit_code == 2 and result.stdout == ""
    ending = "." + name.rsplit(".", 1)[1]
    assert flat(result.stderr) == (f"Fejl: netleder skriver ikke filer med endelsen »{ending}«, så intet er "
                                   f"skrevet. Denne kommando skriver {endings}.")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_custom_content_does_not_credit_netleder_for_its_authored_texts(cli, tmp_path, fmt):
    import shutil

    shutil.copy(builtin_dir() / "competences.yaml", tmp_path / "competences.yaml")
    custom = cli("competences", "--format", fmt, "--data-dir", str(tmp_path))
    builtin = cli("competences", "--format", fmt)
    assert custom.exit_code == builtin.exit_code == 0
    assert "netleder-projektet" in builtin.stdout and "netleder-projektet" not in custom.stdout
    assert "source: authored" in custom.stdout
