"""`netleder show [ID]`: the id rules, the summary again in every format, the leader's text
escaped as typed, --output (owner-only, no overwrite), and the HTML printed through headless
Chromium to a PDF whose text is checked (skipped locally without Chromium, FAILS under CI)."""

from __future__ import annotations

import json
import re
import stat
from html.parser import HTMLParser

import pytest

from builders import (
    builtin_competences,
    builtin_ids,
    db,
    fingerprint,
    flat,
    make,
    seed,
    unwritable_folder,
)
from netleder.i18n import t
from netleder.output import plain_text
from netleder.reflection import FollowUp
from printing import as_printed, font_with, pdf_pages, print_pdf
from summaries import summary_json, summary_view

ESC = "\x1b"
IDS = builtin_ids()
SCRIPT = "<script>alert('x')</script> & &amp; <b>fed</b>"
MARKDOWN = "*stjerne* _under_ [link](http://x) `kode` | pipe \\ # ikke overskrift ~~streg~~"
LINES = "første linje\nanden linje\r\ntredje linje"
RATINGS = {cid: v for cid, v in zip(IDS, [4, 2, 5, 3, 1, 3, 3, 2, 4, 3])}


def title(cid: str, lang: str = "da") -> str:
    comp = builtin_competences().find(cid)
    return f"{comp.number}. {comp.title(lang)}"


def question(cid: str, i: int, lang: str = "da") -> str:
    return builtin_competences().find(cid).questions[i].text(lang)


@pytest.fixture
def store(home):
    """A previous reflection with next steps, the one to show (with every kind of user text and
    follow-ups on the previous one), and a newer draft."""
    seed(
        home,
        make("prevvv", "2024-01-10", RATINGS, network="Urban farming i Albertslund",
             next_steps={"mod-til-at-eksperimentere": "Prøv én ting", "engager-og-motiver": "Ring til Åse"}),
        make(
            "shownn", "2024-06-01", RATINGS, network="Urban farming <i>i</i> Albertslund", phase="fokusering",
            answers={"taenk-andre-ind": [SCRIPT, MARKDOWN], "trygt-rum": [LINES, ""]},
            next_steps={"mod-til-at-eksperimentere": "Næste *skridt* <u>nu</u>\nmed to linjer"},
            follow_ups=[FollowUp("mod-til-at-eksperimentere", "Prøv én ting", "done", "Gik <godt> & _fint_", "prevvv"),
                        FollowUp("engager-og-motiver", "Ring til Åse", "not_yet", "", "prevvv")],
        ),
        make("draftt", "2024-09-01", {IDS[0]: 2}, complete=False),
    )
    return home


def shown(home):
    from netleder.store.database import Store

    with Store.open(db(home), create=False) as s:
        return s.get("shownn")


# --- ids ---------------------------------------------------------------------------------------


def test_default_is_the_latest_complete_reflection_as_its_summary(cli, store, comps, phases):
    result = cli("show", env={"COLUMNS": "90"})
    assert result.exit_code == 0, result.stderr
    assert result.stderr == "" and ESC not in result.stdout
    expected = plain_text(summary_view(shown(store), phases, "da", comps), 90)
    assert result.stdout == expected
    assert result.stdout.startswith("Refleksion 1. juni 2024\n")
    assert cli("show", "latest", env={"COLUMNS": "90"}).stdout == expected


@pytest.mark.parametrize("ref", ["shownn", "SHOWN", "sho", "s"])
def test_any_unique_prefix_in_any_case(cli, store, ref):
    result = cli("show", ref, "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["id"] == "shownn"


def test_a_draft_is_shown_as_a_draft(cli, store):
    out = cli("show", "dr").stdout
    assert out.startswith(f"Refleksion 1. september 2024 ({t('summary.draft', 'da')})")


def test_latest_is_the_newest_draft_when_nothing_is_complete(cli, home):
    seed(home, make("draftt", "2024-09-01", {IDS[0]: 2}, complete=False))
    assert json.loads(cli("show", "-f", "json").stdout)["id"] == "draftt"


def test_unknown_ambiguous_and_empty(cli, home):
    result = cli("show")
    assert result.exit_code == 2 and result.stderr == f"Fejl: {t('store.none_yet', 'da')}\n"
    assert not home.exists()
    seed(home, make("abcdef", "2024-01-01", RATINGS), make("abcxyz", "2024-02-01", RATINGS, complete=False))
    result = cli("show", "abc")
    assert result.exit_code == 2 and result.stdout == ""
    assert "'abc'" in result.stderr and "abcdef (1. januar 2024)" in result.stderr
    assert "abcxyz (1. februar 2024, kladde)" in result.stderr
    result = cli("show", "nix", "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: There is no reflection 'nix'. The newest are: abcxyz (1 February 2024, draft), "
                                    "abcdef (1 January 2024).")


def test_a_damaged_store_is_left_as_it_is(cli, home):
    home.mkdir()
    db(home).write_text("not a database, just text\n", encoding="utf-8")
    before = fingerprint(db(home))
    result = cli("show")
    assert result.exit_code == 1 and str(db(home)) in result.stderr and "Traceback" not in result.stderr
    assert fingerprint(db(home)) == before


# --- JSON ------------------------------------------------------------------------------------


def test_json_is_the_public_form(cli, store, comps, phases):
    result = cli("show", "shownn", "--format", "json")
    assert result.exit_code == 0 and result.stderr == ""
    data = json.loads(result.stdout)
    assert data == summary_json(shown(store), phases, comps, "da")
    assert data["answers"]["taenk-andre-ind"] == [SCRIPT, MARKDOWN]
    assert data["answers"]["trygt-rum"] == [LINES, ""]  # exactly as stored, CR LF and all
    assert [f["status"] for f in data["follow_ups"]] == ["done", "not_yet"]


# --- Markdown --------------------------------------------------------------------------------


class TextOf(HTMLParser):
    """The text of an HTML document, and the tags it contains."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.parts.append(data)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def text_of(html: str) -> TextOf:
    parser = TextOf()
    parser.feed(html)
    return parser


@pytest.mark.parametrize("lang", ["da", "en"])
def test_markdown_has_everything_for_the_talk(cli, store, lang, comps, phases):
    result = cli("show", "shownn", "--format", "markdown", "--lang", lang)
    assert result.exit_code == 0, result.stderr
    md = result.stdout
    from markdown_it import MarkdownIt

    rendered = MarkdownIt("commonmark").enable("table").render(md)
    doc = text_of(rendered)
    text = doc.text
    flat_text = flat(text)
    assert md.startswith(f"# {t('summary.title', lang, date={'da': '1. juni 2024', 'en': '1 June 2024'}[lang])}\n")
    # the head: network (the leader's own text, escaped), type, phase and id
    assert "Urban farming <i>i</i> Albertslund" in text
    assert f"{phases.find('fokusering').number}. {phases.find('fokusering').title(lang)}" in text
    assert "shownn" in text
    # every rating with its bar and label, in a table
    assert "table" in doc.tags
    for cid, value in RATINGS.items():
        label = comps.scale_label(value, lang)
        assert label in flat_text and f"/5 {label}" not in flat_text, cid  # by its label, never a grade
        assert flat(title(cid, lang)) in flat_text
    summary = shown(store).summary()
    strengths = md.split(f"## {t('summary.strengths', lang)}", 1)[1].split("## ", 1)[0]
    assert [c for c in IDS if title(c, lang).replace(".", "\\.", 1) in strengths] == sorted(
        summary.strengths, key=IDS.index)
    # the answers under their questions, exactly as typed
    assert SCRIPT in text and MARKDOWN in text
    for tag in ("script", "b", "code", "del", "s", "u", "i"):  # none of the typed markup became markup
        assert tag not in doc.tags, tag
    assert doc.tags.count("a") == 1  # the footer's link to the source; the typed [link](http://x) is text
    assert doc.tags.count("h1") == 1 and doc.tags[0] == "h1"  # the typed "# ..." is no heading
    assert "første linje<br />\nanden linje<br />\ntredje linje" in rendered  # line breaks kept: hard breaks
    assert text.index(flat(question("taenk-andre-ind", 0, lang))) < text.index(SCRIPT) \
        < text.index(flat(question("taenk-andre-ind", 1, lang))) < text.index(MARKDOWN)
    assert t("summary.no_answer", lang) in text  # trygt-rum's second question
    # next steps, follow-ups and the questions to keep asking
    assert "Næste *skridt* &lt;u&gt;nu&lt;/u&gt;<br />\nmed to linjer" in rendered
    assert t("follow_up.done", lang) in text and "Gik <godt> & _fint_" in text
    assert t("follow_up.not_yet", lang) in text and "Ring til Åse" in text
    asking = text.split(t("summary.keep_asking", lang), 1)[1]
    for cid in summary.growth:
        assert flat(question(cid, 0, lang)) in flat(asking) and flat(question(cid, 1, lang)) in flat(asking)
    # the footer: what netleder wrote, and that this is personal
    assert t("footer.authored", lang, mark="*") in text
    assert t("show.private", lang) in text


def test_markdown_marks_the_texts_netleder_wrote(cli, store):
    md = cli("show", "shownn", "-f", "markdown").stdout
    assert f"| {title('fremdrift').replace('.', chr(92) + '.', 1)} \\*" in md  # an authored competence
    assert f"| {title('taenk-andre-ind').replace('.', chr(92) + '.', 1)} |" in md  # the handbook's: no mark
    assert f"{question('taenk-andre-ind', 0)} *" in flat(md.replace("\\", ""))


# --- HTML ------------------------------------------------------------------------------------


def test_html_is_escaped_printable_and_complete(cli, store, tmp_path):
    target = tmp_path / "samtale.html"
    result = cli("show", "shownn", "--format", "html", "--output", str(target))
    assert result.exit_code == 0, result.stderr
    assert t("output.written", "da", path=target) in result.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "@page { size: A4;" in page and "<footer>" in page
    doc = text_of(page)
    assert doc.tags.count("script") == 0 and doc.tags.count("b") == 0 and doc.tags.count("u") == 0
    assert SCRIPT in doc.text and MARKDOWN in doc.text
    assert "<i>" not in page.split("<body>", 1)[1] and "Urban farming <i>i</i> Albertslund" in doc.text
    assert "første linje\nanden linje\ntredje linje" in doc.text  # kept; the CSS shows them (pre-wrap)
    assert '<div class="answer">første linje\nanden linje\ntredje linje</div>' in page
    assert "Gik <godt> & _fint_" in doc.text
    assert t("footer.generated", "da", version=__import__("netleder").__version__) in doc.text
    assert t("print.authored_short", "da", mark="*") in page  # on every printed page


def test_control_characters_are_shown_not_sent(cli, home):
    seed(home, make("ctrlll", "2024-01-01", RATINGS, answers={IDS[0]: ["før\x1b[31mrød\x07\x00efter", ""]}))
    for fmt in ("text", "markdown", "html"):
        out = cli("show", "-f", fmt).stdout
        assert ESC not in out and "\x07" not in out and "\x00" not in out, fmt
        assert "før␛[31mrød␇␀efter" in out.replace("\\[", "["), fmt


# --- --output -------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt, ending", [("text", "txt"), ("markdown", "md"), ("html", "html"), ("json", "json")])
def test_output_is_owner_only_and_never_replaced_without_force(cli, store, tmp_path, fmt, ending):
    target = tmp_path / f"refleksion.{ending}"
    assert cli("show", "-f", fmt, "-o", str(target)).exit_code == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    first = target.read_bytes()
    assert first and ("Urban farming" in first.decode("utf-8"))
    target.write_text("mine\n", encoding="utf-8")
    result = cli("show", "-f", fmt, "-o", str(target))
    assert result.exit_code == 2 and "--force" in result.stderr
    assert target.read_text(encoding="utf-8") == "mine\n"
    assert cli("show", "-f", fmt, "-o", str(target), "--force").exit_code == 0
    assert target.read_bytes() == first


def test_output_in_a_missing_folder_or_without_write_permission(cli, store, tmp_path):
    result = cli("show", "-o", str(tmp_path / "findes-ikke" / "x.md"), "-f", "markdown")
    assert result.exit_code == 2
    assert result.stderr == f"Fejl: {t('output.no_dir', 'da', path=tmp_path / 'findes-ikke')}\n"
    locked = unwritable_folder(tmp_path)
    result = cli("show", "-o", str(locked / "x.md"), "-f", "markdown")
    assert result.exit_code == 1 and str(locked / "x.md") in result.stderr and "Traceback" not in result.stderr
    assert not (locked / "x.md").exists()


def test_output_is_checked_before_the_store_is_read(cli, home, tmp_path):
    result = cli("show", "-o", str(tmp_path / "nej" / "x.html"), "-f", "html")
    assert result.exit_code == 2 and "nej" in result.stderr and t("store.none_yet", "da") not in result.stderr


# --- print -----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_html_prints_to_a_pdf_with_everything_on_it(cli, store, tmp_path, chromium, pdftotext, lang, comps,
                                                         require_tool):
    require_tool(font_with("█░"), "a font with the bars' █ and ░ (Debian package fonts-dejavu-core)")
    html = tmp_path / f"show-{lang}.html"
    assert cli("show", "shownn", "-f", "html", "--lang", lang, "-o", str(html)).exit_code == 0
    pages = pdf_pages(pdftotext, print_pdf(chromium, html, tmp_path))
    text = " ".join(pages)
    assert text.startswith(as_printed(t("summary.title", lang, date={"da": "1. juni 2024", "en": "1 June 2024"}[lang])))
    assert as_printed("Urban farming <i>i</i> Albertslund") in text
    for cid, value in RATINGS.items():
        assert as_printed(title(cid, lang)) in text
        assert as_printed(comps.scale_label(value, lang)) in text
    assert as_printed(SCRIPT) in text and as_printed(MARKDOWN) in text
    assert as_printed("første linje anden linje tredje linje") in text
    assert as_printed("Næste *skridt* <u>nu</u> med to linjer") in text
    assert as_printed(t("summary.keep_asking", lang)) in text and as_printed(t("summary.follow_ups", lang)) in text
    assert as_printed(t("footer.authored", lang, mark="*")) in text
    for number, page in enumerate(pages, 1):  # every page: the authored note and "page X of Y"
        assert as_printed(t("print.authored_short", lang, mark="*")) in page
        assert as_printed(t("print.page", lang, page=number, pages=len(pages))) in page
    assert re.search(r"█+░* ", text)  # the bars print (with a font that has their glyphs)
