"""`netleder history --format html` and `history --competence ID --format html`: a printable page
of the reflections, and one competence's movement across them as an SVG chart that needs no
script and nothing from outside, and prints in black and white (checked by printing it through
headless Chromium and looking at the pixels; FAILS under CI=true without Chromium/poppler)."""

from __future__ import annotations

import html
import itertools
import re
import subprocess

import pytest

from builders import builtin_competences, builtin_ids, make, seed
from netleder.i18n import t
from printing import as_printed, pdf_pages, print_pdf

IDS = builtin_ids()


@pytest.fixture
def five(home):
    seed(home,
         make("aaaaaa", "2024-01-10", {"trygt-rum": 2, IDS[0]: 3}, network="Haver <b>&</b>", phase="fokusering"),
         make("bbbbbb", "2024-03-10", {IDS[0]: 4}, network="Haver <b>&</b>"),  # trygt-rum not rated
         make("cccccc", "2024-06-10T09:00:00+02:00", {"trygt-rum": 4}, network="Haver <b>&</b>"),
         make("dddddd", "2024-06-10T15:30:00+02:00", {"trygt-rum": 3}, network="Haver <b>&</b>"),
         make("eeeeee", "2024-09-10", {"trygt-rum": 5}, complete=False))
    return home


def test_history_as_a_page(cli, five):
    result = cli("history", "-f", "html")
    assert result.exit_code == 0, result.stderr
    page = result.stdout
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page
    assert f"<h1>{t('history.heading', 'da', count=5)}</h1>" in page
    assert "Haver &lt;b&gt;&amp;&lt;/b&gt;" in page and "<b>&</b>" not in page
    row = re.search(r"<tr><td>aaaaaa</td>(.*?)</tr>", page).group(1)
    cells = re.findall(r"<td>(.*?)</td>", row)
    comp = builtin_competences().find("trygt-rum")
    first = builtin_competences().find(IDS[0])
    assert cells == ['<span class="when">10. januar 2024</span>', "Haver &lt;b&gt;&amp;&lt;/b&gt;", "3. Fokusering",
                     "10", "–", f"{comp.number}. {comp.title('da')}"]  # 2 of 5: a growth area; 3 is the middle
    assert "<em>kladde</em>" in page
    assert first.title("da") not in row
    assert t("footer.authored", "da", mark="*") not in page  # nothing marked: no line about the mark


@pytest.mark.parametrize("lang", ["da", "en"])
def test_an_authored_title_carries_its_mark_in_the_history(cli, home, lang):
    seed(home, make("ffffff", "2024-01-10", {"fremdrift": 1, "trygt-rum": 3}))  # growth: 8, whose title is authored
    comp = builtin_competences().find("fremdrift")
    page = cli("history", "-f", "html", "--lang", lang).stdout
    assert f"<td>{comp.number}. {comp.title(lang)} *</td>" in page
    assert t("footer.authored", lang, mark="*") in page
    out = " ".join(cli("history", "--lang", lang, env={"COLUMNS": "100"}).stdout.split())
    assert f"{comp.number}. {comp.title(lang)} *" in out and t("footer.authored", lang, mark="*") in out


def test_output_file_by_its_ending(cli, five, tmp_path):
    out = tmp_path / "historik.html"
    result = cli("history", "-c", "3", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert cli("history", "-o", str(out)).exit_code == 2  # never replaced without --force
    assert cli("history", "-o", str(out), "--force").exit_code == 0


def test_the_trend_chart_is_self_contained_and_black_and_white(cli, five):
    page = cli("history", "--competence", "trygt-rum", "--format", "html", "--lang", "en").stdout
    comp = builtin_competences().find("trygt-rum")
    heading = t("trend.heading", "en", competence=f"{comp.number}. {comp.title('en')}")
    assert f"<h1>{heading}</h1>" in html.unescape(page)
    svg = page.split("<svg", 1)[1].split("</svg>", 1)[0]
    # nothing from outside and nothing that runs
    for banned in ("<script", "src=", "href=", "url(", "@import", "<image", "<foreignObject", "onload"):
        assert banned not in page, banned
    # only black, white and greys: it prints the same without colour
    colours = re.findall(r'(?:fill|stroke)="([^"]+)"', svg)
    assert colours
    for colour in colours:
        assert colour == "none" or re.fullmatch(r"#([0-9a-f])\1\1|#([0-9a-f]{2})\2\2", colour), colour
    # one point per reflection that rated it (4 of 5), the draft open; the scale's steps labelled
    circles = re.findall(r"<circle [^>]*fill=\"(#000|#fff)\"", svg)
    assert circles == ["#000", "#000", "#000", "#fff"]
    for level in comp_levels("en"):
        assert f">{level}</text>" in svg
    # two on one day: their times under the chart
    assert len(re.findall(r">\d\d:\d\d</text>", svg)) == 2
    assert "<desc>" in svg and "10 January 2024" in svg
    assert t("trend.skipped", "en", count=1) in page


def comp_levels(lang: str) -> list[str]:
    return [level.label(lang) for level in builtin_competences().scale]


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_chart_prints_in_black_and_white(cli, five, tmp_path, chromium, pdftotext, require_tool, lang):
    import shutil

    pdftoppm = require_tool(shutil.which("pdftoppm"), "pdftoppm (Debian package poppler-utils)")
    html = tmp_path / f"trend-{lang}.html"
    assert cli("history", "-c", "3", "-o", str(html), "--lang", lang).exit_code == 0
    pdf = print_pdf(chromium, html, tmp_path)
    pages = pdf_pages(pdftotext, pdf)
    assert len(pages) == 1
    for level in comp_levels(lang):  # the axis is text in the PDF, not a picture
        assert as_printed(level) in pages[0]
    assert {"da": "10. januar 2024", "en": "10 January 2024"}[lang] in pages[0]
    # every pixel of the printed page is grey (r = g = b): nothing relies on colour
    subprocess.run([pdftoppm, "-r", "40", "-singlefile", str(pdf), str(tmp_path / f"page-{lang}")],
                   capture_output=True, timeout=60, check=True)
    raw = (tmp_path / f"page-{lang}.ppm").read_bytes()
    header = re.match(rb"P6\s+(\d+)\s+(\d+)\s+255\s", raw)
    width, height = int(header.group(1)), int(header.group(2))
    pixels = raw[header.end():header.end() + width * height * 3]
    assert len(pixels) == width * height * 3
    coloured = sum(1 for i in range(0, len(pixels), 3) if not (pixels[i] == pixels[i + 1] == pixels[i + 2]))
    assert coloured == 0
    dark = sum(1 for i in range(0, len(pixels), 3) if pixels[i] < 100)
    assert dark > 500  # and something was drawn


def test_empty_and_unrated_pages_say_so(cli, home):
    seed(home, make("aaaaaa", "2024-01-01", {IDS[0]: 2}))
    page = cli("history", "-c", "trygt-rum", "-f", "html").stdout
    comp = builtin_competences().find("trygt-rum")
    assert t("trend.none", "da", competence=f"{comp.number}. {comp.title('da')}") in page and "<svg" not in page
    result = cli("history", "-n", "Ukendt", "-f", "html")  # no reflection has that network: said, exit 2
    assert result.exit_code == 2 and result.stdout == "" and "Ukendt" in result.stderr
    page = cli("history", "-f", "html", env={"NETLEDER_HOME": str(home / "tom")}).stdout  # an empty store
    assert t("history.none_html", "da") in page


# --- the dates under the chart never overlap; its text is the size of the page's ----------------

CHAR_EM = 0.6  # a generous width of a Helvetica character, in ems


def axis_labels(svg: str) -> list[tuple[float, float, list[str]]]:
    """(x, font size, lines) of each date under the chart, left to right (a time below its date)."""
    found: dict[float, tuple[float, list[str]]] = {}
    for x, size, text in re.findall(r'<text class="axis" x="([\d.]+)" y="[\d.]+" text-anchor="middle" '
                                    r'font-size="([\d.]+)">([^<]*)</text>', svg):
        found.setdefault(float(x), (float(size), []))[1].append(text)
    return [(x, size, lines) for x, (size, lines) in sorted(found.items())]


def same_day_pair(home, day: str = "2026-12-02") -> None:
    seed(home, make("vk5vux", f"{day}T09:00:00+01:00", {IDS[0]: 2}, network="N"),
         make("ab3cde", f"{day}T14:30:00+01:00", {IDS[0]: 4}, network="N"))


def many(home, n: int) -> None:
    import datetime

    seed(home, *[make(f"r{i:05d}", (datetime.date(2025, 1, 1) + datetime.timedelta(days=3 * i)).isoformat(),
                      {IDS[0]: 1 + i % 5}, network="N") for i in range(n)])


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("count", [2, 3, 7, 40, 400])
def test_the_dates_under_the_chart_never_overlap(cli, home, lang, count):
    same_day_pair(home) if count == 2 else many(home, count)
    page = cli("history", "-c", "1", "--format", "html", "--lang", lang).stdout
    svg = page.split("<svg", 1)[1].split("</svg>", 1)[0]
    labels = axis_labels(svg)
    assert len(labels) >= min(count, 2)  # at least the first and the newest
    if count == 2:  # two on one day: both dates, each with its time below
        assert [len(lines) for _, _, lines in labels] == [2, 2]
        assert labels[0][2][0] == labels[1][2][0] == {"da": "2. december 2026", "en": "2 December 2026"}[lang]
    for (x1, s1, l1), (x2, s2, l2) in itertools.pairwise(labels):
        w1, w2 = (max(map(len, lines)) * size * CHAR_EM for size, lines in ((s1, l1), (s2, l2)))
        assert x2 - x1 >= (w1 + w2) / 2, (l1, l2, x2 - x1, w1, w2)
    width = float(re.search(r'viewBox="0 0 ([\d.]+) ', svg).group(1))
    assert labels[-1][0] + max(map(len, labels[-1][2])) * labels[-1][1] * CHAR_EM / 2 <= width  # not cut off
    # drawn at its own size, in points, no wider than the page: its text is the page's size, not blown up
    assert re.search(r'<svg [^>]*width="(\d+)pt"', page) and float(re.search(r'width="(\d+)pt"', svg).group(1)) <= 484
    assert 'font-size="11"' in svg  # the scale's steps like the 11pt body text


@pytest.mark.parametrize("count", [2, 40])
def test_in_chromium_the_dates_do_not_overlap_and_the_text_is_body_sized(cli, home, tmp_path, chromium, count):
    from browser import Browser

    same_day_pair(home) if count == 2 else many(home, count)
    html = tmp_path / "hist.html"
    assert cli("history", "-c", "1", "--format", "html", "-o", str(html)).exit_code == 0
    browser = Browser(chromium, tmp_path / "profile")
    try:
        page = browser.page(html.as_uri())
        page.wait_for("document.querySelector('svg')")
        boxes = page.js("[...document.querySelectorAll('svg text.axis')].map(e => {"
                        "const r = e.getBoundingClientRect(); return [r.left, r.right, r.top, r.bottom]; })")
        # the size a step's text is drawn at: its font size times the SVG's scale on the page
        # (not its box's height, which depends on the font's line spacing)
        sizes = page.js("(() => { const step = document.querySelector('svg text:not(.axis)');"
                        "const m = step.getScreenCTM();"
                        "const drawn = parseFloat(getComputedStyle(step).fontSize) * Math.hypot(m.a, m.b);"
                        "const body = parseFloat(getComputedStyle(document.querySelector('td')).fontSize);"
                        "return [drawn, body]; })()")
    finally:
        browser.close()
    assert boxes
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            apart = a[1] <= b[0] or b[1] <= a[0] or a[3] <= b[2] or b[3] <= a[2]
            assert apart, (a, b)
    step, body = sizes
    assert 0.9 * body <= step <= 1.15 * body, sizes
