"""`netleder history`: the list (text and JSON), drafts, --network, the trend chart of one
competence, and its speed with 1,000 reflections (whole processes, as a user runs it)."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from builders import builtin_competences, builtin_ids, db, flat, make, seed
from netleder.i18n import t

ESC = "\x1b"
IDS = builtin_ids()
R = {cid: v for cid, v in zip(IDS, [4, 2, 5, 3, 1, 3, 3, 2, 4, 3])}


def title(cid: str, lang: str = "da") -> str:
    comp = builtin_competences().find(cid)
    return f"{comp.number}. {comp.title(lang)}"


def number(cid: str) -> str:
    return str(builtin_competences().find(cid).number)


@pytest.fixture
def three(home):
    """An old complete reflection, a newer one of another network, and the newest: a draft."""
    seed(
        home,
        make("oldone", "2024-02-01", R, network="Urban farming i Albertslund", phase="fokusering"),
        make("midone", "2024-09-15", {**R, "fremdrift": 5, "trygt-rum": 1},
             network="Ældrenetværket", phase="afrunding"),
        make("newdft", "2025-03-01", {IDS[0]: 3, IDS[1]: 4}, complete=False, network="urban FARMING i albertslund"),
    )
    return home


BELOW = re.compile(r"^\s+(Styrke|Udviklingsområde|Strength|Growth area): (.*)$")


def below(out: str) -> dict[str, dict[str, str]]:
    """The lines under each row ("Styrke: ...", "Udvikling: ...") as {id: {label: text}}."""
    found: dict[str, dict[str, str]] = {}
    current = None
    for line in out.splitlines():
        if re.match(r"^[a-z0-9]{6,}  ", line):
            current = found.setdefault(line.split()[0], {})
        match = BELOW.match(line)
        if match and current is not None:
            current[match.group(1)] = match.group(2)
    return found


def columns(out: str) -> dict[str, list[str]]:
    """The table as {id: [cell, ...]}: columns cut where the rule under the header has gaps,
    a cell's wrapped lines joined with spaces (the lines drawn under a row are left out)."""
    lines = [line for line in out.splitlines() if not BELOW.match(line)]
    rule = next(i for i, line in enumerate(lines) if re.match("─+  ─", line))
    bounds = [(m.start(), m.end()) for m in re.finditer(r"─+", lines[rule])]
    starts = [b[0] for b in bounds] + [10**6]
    table: dict[str, list[list[str]]] = {}
    current = None
    for line in lines[rule + 1:]:
        if not line.strip():
            break
        cells = [line[starts[i]:starts[i + 1]].strip() for i in range(len(bounds))]
        if cells[0]:
            current = table.setdefault(cells[0], [[] for _ in bounds])
        for i, text in enumerate(cells):
            if text:
                current[i].append(text)
    return {rid: [" ".join(parts) for parts in cells] for rid, cells in table.items()}


# --- the list --------------------------------------------------------------------------------


def test_empty_store_says_how_to_begin_and_creates_nothing(cli, home):
    for args in ([], ["--lang", "en"]):
        result = cli("history", *args)
        assert result.exit_code == 0, result.stderr
        assert "netleder reflect" in result.stdout
        assert result.stdout.strip() == t("store.none_yet", "en" if args else "da")
    result = cli("history", "-f", "json")
    assert result.exit_code == 0 and json.loads(result.stdout) == {"reflections": []}
    assert not home.exists()  # a read command makes no store and no folder


@pytest.mark.parametrize("width", ["80", "120"])
def test_newest_first_with_every_column_and_drafts_marked(cli, three, width):
    result = cli("history", env={"COLUMNS": width})
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert ESC not in out and result.stderr == ""
    assert out.startswith(t("history.heading", "da", count=3) + "\n")
    header = next(line for line in out.splitlines() if line.startswith("Id "))
    assert header.split() == ["Id", "Dato", "Netværk", "Fase", "Kompetencer"]
    table = columns(out)
    assert list(table) == ["newdft", "midone", "oldone"]  # newest first
    # id, date in words, network, phase by its number and title, 10 competences
    assert table["oldone"] == ["oldone", "1. februar 2024", "Urban farming i Albertslund", "3. Fokusering", "10"]
    assert table["midone"] == ["midone", "15. september 2024", "Ældrenetværket", "Afrunding af netværksarbejdet",
                               "10"]  # an unnumbered phase by its title
    assert table["newdft"] == ["newdft", "1. marts 2025 kladde", "urban FARMING i albertslund", "–", "2/10"]
    # under each row, the top strength and growth area by name (never a bare number):
    # oldone: strength 3 (rated 5), growth 5 (rated 1); the draft: 4 is a strength, and 3 is the
    # middle of the scale, so no growth area is claimed
    assert below(out) == {
        "oldone": {"Styrke": title("trygt-rum"), "Udviklingsområde": title("mod-til-at-eksperimentere")},
        "midone": {"Styrke": title("fremdrift") + " *", "Udviklingsområde": title("trygt-rum")},  # 8's title is authored
        "newdft": {"Styrke": title(IDS[1]), "Udviklingsområde": "–"},
    }
    assert t("history.legend", "da") in flat(out)
    assert t("footer.authored", "da", mark="*") in flat(out)  # what the mark means
    assert "netleder show ID" in flat(out)


def test_two_on_one_day_show_their_times_in_the_local_time_zone(run, home):
    """Dates and times in the user's zone (a real process, so TZ counts): 23:30 UTC on the 1st
    is 01:30 on the 2nd in Copenhagen, the same day as the 15:40 one."""
    seed(home, make("aaaaaa", "2024-05-01T23:30:00+00:00", R), make("bbbbbb", "2024-05-02T15:40:00+02:00", R),
         make("cccccc", "2024-06-01T09:05:00+02:00", R))
    env = {"NETLEDER_HOME": str(home), "COLUMNS": "100"}
    table = columns(run("history", env={**env, "TZ": "Europe/Copenhagen"}).stdout)
    assert table["aaaaaa"][1] == "2. maj 2024 kl. 01.30"
    assert table["bbbbbb"][1] == "2. maj 2024 kl. 15.40"
    assert table["cccccc"][1] == "1. juni 2024"  # alone on its day: no time
    table = columns(run("history", "--lang", "en", env={**env, "TZ": "UTC"}).stdout)
    assert table["aaaaaa"][1] == "1 May 2024" and table["bbbbbb"][1] == "2 May 2024"  # different days in UTC
    out = run("history", "-c", "1", env={**env, "TZ": "Europe/Copenhagen"}).stdout  # the trend too
    assert "2. maj 2024" in out and "kl. 01.30" in out and "kl. 15.40" in out


def test_in_english(cli, three):
    out = cli("history", "--lang", "en").stdout
    assert out.startswith(t("history.heading", "en", count=3))
    assert "draft" in out and "kladde" not in out
    assert below(out)["oldone"] == {"Strength": title("trygt-rum", "en"),
                                    "Growth area": title("mod-til-at-eksperimentere", "en")}
    assert below(out)["midone"]["Strength"] == title("fremdrift", "en") + " *"
    assert t("footer.authored", "en", mark="*") in flat(out)
    assert columns(out)["oldone"][1] == "1 February 2024"


def test_json_shape(cli, three):
    result = cli("history", "--format", "json")
    assert result.exit_code == 0 and result.stderr == ""
    data = json.loads(result.stdout)
    assert list(data) == ["reflections"]
    items = data["reflections"]
    assert [i["id"] for i in items] == ["newdft", "midone", "oldone"]
    for item in items:
        assert {"id", "created_at", "network", "network_type", "phase", "complete"} <= set(item)
    old = items[2]
    assert old["created_at"] == "2024-02-01T09:00:00+01:00"
    assert (old["network"], old["network_type"], old["phase"], old["complete"]) == (
        "Urban farming i Albertslund", None, "fokusering", True)
    assert old["ratings"] == R and old["competences"] == IDS
    assert old["strengths"][0] == "trygt-rum" and old["growth"][0] == "mod-til-at-eksperimentere"
    assert items[0]["complete"] is False and items[0]["ratings"] == {IDS[0]: 3, IDS[1]: 4}


def test_network_filter_ignores_case_spacing_and_dashes(cli, three):
    out = cli("history", "--network", "URBAN farming i  Albertslund").stdout
    assert list(columns(out)) == ["newdft", "oldone"]
    assert "Ældrenetværket" not in out
    assert list(columns(cli("history", "--network", "urban-farming – i albertslund").stdout)) == ["newdft", "oldone"]
    data = json.loads(cli("history", "-n", "ældrenetværket", "-f", "json").stdout)
    assert [i["id"] for i in data["reflections"]] == ["midone"]


def test_an_unknown_network_is_bad_input_that_lists_the_known_names(cli, three):
    result = cli("history", "--network", "Ukendt netværk")
    assert result.exit_code == 2 and result.stdout == ""
    assert "Ukendt netværk" in result.stderr
    # one spelling per network, the newest: the draft wrote it in lower case
    assert "»urban FARMING i albertslund«" in result.stderr and "»Ældrenetværket«" in result.stderr
    assert "Traceback" not in result.stderr
    assert cli("compare", "--network", "Ukendt netværk").exit_code == 2
    result = cli("feedback", "show", "--network", "Ukendt netværk")
    assert result.exit_code == 2 and "»Ældrenetværket«" in result.stderr


@pytest.mark.parametrize("width", [60, 80, 120])
def test_readable_at_any_width_and_without_colour(cli, three, width):
    result = cli("history", env={"COLUMNS": str(width), "NO_COLOR": "1"})
    assert result.exit_code == 0
    assert ESC not in result.stdout
    for line in result.stdout.splitlines():
        assert len(line) <= width, line
        assert line == line.rstrip()
    words = result.stdout.split()
    for word in ["Urban", "farming", "i", "Albertslund", "Ældrenetværket", "15.", "september", "2024", "kladde", "2/10", "Fokusering", "Afrunding", "netværksarbejdet"]:
        assert word in words  # wrapped, never cut


def test_network_names_are_shown_as_typed_never_as_markup(cli, home):
    name = "[bold]Net[/] <b>\x1b[31mrødt"
    seed(home, make("aaaaaa", "2024-01-01", R, network=name))
    out = cli("history").stdout
    assert "[bold]Net[/] <b>␛[31mrødt" in out and ESC not in out


def test_long_ids_are_shortened_to_a_unique_prefix(cli, home):
    seed(home, make("abcdefghjkmn", "2024-01-01", R), make("abcdefghjkmp", "2024-01-02", R), make("zzzzzzzzzzzz", "2024-01-03", R))
    out = cli("history").stdout
    assert list(columns(out)) == ["zzzzzz", "abcdefghjkmp", "abcdefghjkmn"]


# --- the trend ---------------------------------------------------------------------------------


def test_trend_of_one_competence_oldest_first(cli, home):
    seed(
        home,
        make("aaaaaa", "2024-01-01", {"trygt-rum": 2, IDS[0]: 3}, network="Netværk A"),
        make("bbbbbb", "2024-06-01", {IDS[0]: 3, IDS[1]: 3}),  # trygt-rum not rated
        make("cccccc", "2024-09-01", {"trygt-rum": 4, IDS[0]: 1}),
        make("dddddd", "2025-01-01", {"trygt-rum": 1}, complete=False),
    )
    for key in ("trygt-rum", "3", "TRYGT-RUM"):
        result = cli("history", "--competence", key)
        assert result.exit_code == 0, result.stderr
        out = result.stdout
        assert out.startswith(t("trend.heading", "da", competence=title("trygt-rum")) + "\n")
        chart = [line for line in out.splitlines() if re.match(r"\d+\. \w+ \d{4} ", line)]
        assert [flat(line) for line in chart] == [
            "1. januar 2024 aaaaaa ██░░░ Sjældent Netværk A",
            "1. september 2024 cccccc ████░ Ofte",  # no arrow from Netværk A's rating to another network's
            "1. januar 2025 dddddd █░░░░ Næsten aldrig ↓",
        ]
        assert "kladde" in out.split("dddddd", 1)[1]  # the draft is marked
        assert t("trend.summary_one_network", "da", network="Netværk A", first="Sjældent", last="Sjældent") in flat(out)
        assert t("trend.summary_one_network", "da", network=t("trend.no_network", "da"), first="Ofte",
                 last="Næsten aldrig") in flat(out)  # first to last, per network
        assert t("trend.skipped", "da", count=1) in flat(out)
    data = json.loads(cli("history", "-c", "3", "-f", "json").stdout)
    assert data == {"competence": "trygt-rum", "points": [
        {"id": "aaaaaa", "created_at": "2024-01-01T09:00:00+01:00", "network": "Netværk A", "complete": True, "value": 2},
        {"id": "cccccc", "created_at": "2024-09-01T09:00:00+01:00", "network": None, "complete": True, "value": 4},
        {"id": "dddddd", "created_at": "2025-01-01T09:00:00+01:00", "network": None, "complete": False, "value": 1},
    ]}


def test_trend_reads_in_black_and_white_at_60_columns(cli, home):
    seed(home, *[make(f"aaaa{c}{c}", f"2024-0{i + 1}-01", {"fremdrift": 1 + i % 5}, network="Et ret langt netværksnavn her")
                 for i, c in enumerate("abcdefg")])
    result = cli("history", "-c", "fremdrift", env={"COLUMNS": "60", "NO_COLOR": "1"})
    assert result.exit_code == 0
    assert all(len(line) <= 60 for line in result.stdout.splitlines())
    assert "Et ret langt netværksnavn her" in result.stdout
    assert "↑" in result.stdout and "↓" in result.stdout and "Næsten altid" in result.stdout


def test_trend_without_ratings_of_that_competence(cli, home):
    seed(home, make("aaaaaa", "2024-01-01", {IDS[0]: 2}))
    result = cli("history", "--competence", "forankring")
    assert result.exit_code == 0
    assert result.stdout.strip() == t("trend.none", "da", competence=title("forankring"))


def test_trend_of_an_unknown_competence_is_bad_input(cli, home):
    seed(home, make("aaaaaa", "2024-01-01", R))
    result = cli("history", "--competence", "99")
    assert result.exit_code == 2
    assert result.stderr.startswith("Fejl: Der er ingen kompetence »99«")
    assert result.stderr.rstrip().endswith(": 1–10.")  # the numbers, as every such error names them
    assert result.stdout == ""


def test_bad_format_and_damaged_store(cli, home):
    result = cli("history", "--format", "docx")
    assert result.exit_code == 2 and "text, json, html, pdf" in result.stderr
    home.mkdir()
    db(home).write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    before = db(home).read_bytes()
    result = cli("history")
    assert result.exit_code == 1 and str(db(home)) in result.stderr and "Traceback" not in result.stderr
    assert db(home).read_bytes() == before


# --- no per-row loading, and speed -----------------------------------------------------------


def _statements(cli, monkeypatch, *args) -> list[str]:
    """The SQL a command runs, seen through SQLite's own trace hook."""
    from netleder.store import base as store

    seen: list[str] = []
    real = store.connect

    def traced(path, mode):
        conn = real(path, mode)
        conn.set_trace_callback(seen.append)
        return conn

    with monkeypatch.context() as patch:
        patch.setattr(store, "connect", traced)
        assert cli(*args).exit_code == 0
    return seen


def test_history_reads_no_answers_and_the_same_queries_for_any_number(cli, home, monkeypatch):
    seed(home, make("aaaaaa", "2024-01-01", R, answers={IDS[0]: ["hemmeligt svar", ""]}))
    one = _statements(cli, monkeypatch, "history")
    seed(home, *[make(f"bb{i:04d}", "2024-02-01", R, answers={IDS[0]: ["svar", ""]}) for i in range(60)])
    many = _statements(cli, monkeypatch, "history")
    assert len(many) == len(one)
    assert not any(re.search(r"\b(answers|next_steps|follow_ups)\b", q) for q in many), many


# Runs the command and reports its CPU time and peak memory. A small process of its own, because
# a child's peak memory (ru_maxrss) includes what it shared with its parent before exec: measured
# straight from pytest, the test process's own memory would be counted as netleder's.
_MEASURE = """
import os, subprocess, sys
proc = subprocess.Popen(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
err = proc.stderr.read()
_, status, usage = os.wait4(proc.pid, 0)
sys.stderr.write(err.decode("utf-8", "replace"))
print(os.waitstatus_to_exitcode(status), usage.ru_utime + usage.ru_stime, usage.ru_maxrss)
"""


def _run(home: Path, *args: str) -> tuple[float, int]:
    """CPU seconds (user + system) and peak resident memory (KiB) of one `netleder` process.

    CPU time, not wall time: on a busy machine (CI runs tests side by side) the wall clock
    also counts the time spent waiting for a core, which says nothing about netleder.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("NETLEDER_")}
    env.update(NETLEDER_HOME=str(home), NO_COLOR="1", COLUMNS="100", PYTHONPATH=str(Path(__file__).parent.parent))
    proc = subprocess.run([sys.executable, "-c", _MEASURE, sys.executable, "-m", "netleder", *args], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    code, cpu, peak = proc.stdout.split()
    assert code == "0", proc.stderr
    return float(cpu), int(peak)


def _bench_like(i: int, rid: str, created: str):
    """A reflection like benchmarks/bench.py's: all ten rated, two short answers and a next step each."""
    return make(rid, created, {cid: 1 + (i + k * 7) % 5 for k, cid in enumerate(IDS)}, network="Benchmarknetværket",
                phase="fokusering", complete=i % 9 != 0,
                answers={cid: [f"Svar på første spørgsmål om kompetence {k}", "Og det andet svar"]
                         for k, cid in enumerate(IDS, 1)},
                next_steps={cid: f"Prøv noget nyt i kompetence {k}" for k, cid in enumerate(IDS, 1)})


def test_a_thousand_reflections_list_fast_and_small(tmp_path):
    """≤ 2.6 × the CPU time with one reflection, < 80 MiB. The budget was 1.5 × while start-up cost
    about 0.22 s, then 2 × at about 0.15 s, then 2.2 × at about 0.14 s; start-up is now about
    0.124 s (issue 24: the summary's layout, hashlib, the records, no collecting at exit) and the
    same cost per row (about 150 µs, read twice: measured, then drawn) is a larger share of the
    ratio, which sat at 2.26-2.36 on a quiet machine. Twice the cost per row would still fail
    (about 3.5 ×). The memory budgets live in benchmarks/bench.py (peak at --scale reflections)."""
    one, many = tmp_path / "one", tmp_path / "many"
    seed(one, _bench_like(1, "aaaaaa", "2020-01-01"))
    seed(many, *[_bench_like(i, f"r{i:05d}", f"{2020 + i // 336}-{1 + (i // 28) % 12:02d}-{1 + i % 28:02d}")
                 for i in range(1000)])
    conn = sqlite3.connect(db(many))
    assert conn.execute("SELECT count(*) FROM reflections").fetchone() == (1000,)
    conn.close()
    _run(one, "history"), _run(many, "history")  # warm-up (page cache, .pyc)
    ones, manys, peaks = [], [], []
    for _ in range(7):  # interleaved, so a slow moment hits both alike
        ones.append(_run(one, "history")[0])
        seconds, peak = _run(many, "history")
        manys.append(seconds)
        peaks.append(peak)
    # The fastest run of each: noise (another process, a cold cache) only ever adds CPU time, so
    # the minimum is the steadiest estimate of what the work itself costs.
    ratio = min(manys) / min(ones)
    assert ratio <= 2.6, (ratio, min(ones), min(manys))
    assert max(peaks) < 80 * 1024, max(peaks)


def test_narrow_columns_share_room_so_no_word_is_cut(cli, home):
    seed(home, make("aaaaaa", "2024-06-10", R, network="Urban farming", phase="introduktion"),
         make("bbbbbb", "2024-09-10", R, network="Urban farming", phase="fokusering"))
    out = cli("history", "--lang", "en", env={"COLUMNS": "60"}).stdout
    assert "Introduction" in out.split() and "Focusing" in out.split()


@pytest.mark.parametrize("args", [("history", "-c", "99"), ("invite", "-c", "99"), ("reflect", "-c", "99"),
                                  ("competences", "99")])
@pytest.mark.parametrize("lang", ["da", "en"])
def test_an_unknown_competence_names_the_numbers_as_a_range(cli, home, args, lang):
    """Every 'no such competence' error offers the same choices: the numbers 1–10, not ten long ids."""
    result = cli(*args, "--lang", lang)
    assert result.exit_code == 2
    said = flat(result.stderr)
    assert said.rstrip().endswith(": 1–10."), said
    assert "taenk-andre-ind" not in said and "forankring" not in said


def test_an_unknown_phase_names_the_numbers_as_a_range_and_the_ids_of_the_rest(cli, home):
    said = flat(cli("phases", "99").stderr)
    assert said.rstrip().endswith(": introduktion, 1–8, afrunding."), said


# --- one competence across networks: never compared across networks, never a word split ------

NETWORKS = ["Sundhedsnetværket", "Læringsnetværket om klima og grøn omstilling", "Sundhedsnetværket"]


def _across_networks():
    return [make(f"a{i}aaaa", f"2025-0{i + 1}-01T10:00:00+01:00", {"trygt-rum": v}, network=n)
            for i, (n, v) in enumerate(zip(NETWORKS, [2, 5, 3]))]


def test_a_trend_across_networks_compares_each_point_only_within_its_network():
    from netleder.views.history import build_trend

    points = [(r, r.ratings["trygt-rum"]) for r in _across_networks()]
    view = build_trend("trygt-rum", "3. Trygt rum", points, 0, "en")
    assert [p.line for p in view.points] == [0, 1, 0]  # one line per network
    assert [p.direction for p in view.points] == ["", "", "up"]  # 3 after 2 in Sundhedsnetværket, never "down" from 5
    assert view.networks == 2 and "2 networks" in view.summary and "not compared" in view.summary
    one = build_trend("trygt-rum", "3. Trygt rum", points[::2], 0, "en")
    assert one.networks == 1 and one.summary == t("trend.summary", "en", first="Rarely", last="Sometimes")


def test_the_trend_chart_draws_one_line_per_network(home, cli, tmp_path):
    seed(home, *_across_networks())
    page = tmp_path / "trend.html"
    assert cli("history", "--competence", "trygt-rum", "--format", "html", "--output", str(page)).exit_code == 0
    svg = page.read_text(encoding="utf-8")
    lines = re.findall(r'<polyline [^>]*points="([^"]*)"', svg)
    assert len(lines) == 1 and len(lines[0].split()) == 2  # Sundhedsnetværket's two points; the other has one


@pytest.mark.parametrize("width", range(56, 101, 4))
def test_a_network_name_is_never_split_in_the_trend_table(home, width):
    seed(home, *_across_networks())
    env = dict(os.environ, NETLEDER_HOME=str(home), COLUMNS=str(width))
    done = subprocess.run([sys.executable, "-m", "netleder", "history", "--competence", "trygt-rum", "--lang", "en"],
                          env=env, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    words = {w for line in done.stdout.splitlines() for w in line.split()}
    assert "Sundhedsnetværket" in words and "omstilling" in words, done.stdout
    assert not [w for w in words if w.startswith("Sundhedsnet") and w != "Sundhedsnetværket"], done.stdout


@pytest.mark.parametrize("lang", ["da", "en"])
def test_no_word_in_the_trend_table_is_split_or_cut_at_any_width(home, cli, lang):
    """From the narrowest width netleder draws for (40) up: every word of a rating's label and
    of a network is whole on some line, and no line is wider than the terminal."""
    from netleder.reflection import Snapshot

    seed(home, *_across_networks())
    labels = dict(Snapshot.from_content(builtin_competences()).scale)
    wanted = {w for v in (2, 5, 3) for w in labels[v](lang).split()} | {"Sundhedsnetværket", "omstilling"}
    for width in range(40, 101, 3):
        done = cli("history", "--competence", "trygt-rum", "--lang", lang, env={"COLUMNS": str(width)})
        assert done.exit_code == 0, done.output
        lines = done.stdout.splitlines()
        words = {w for line in lines for w in line.split()}
        assert wanted <= words, (width, wanted - words, done.stdout)
        assert max(len(line) for line in lines) <= width, (width, done.stdout)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_no_word_in_the_history_table_is_cut_at_any_width(home, cli, lang):
    """Every column's header, every date and every count is whole at every width from 40: a
    row too wide was cut at the terminal's edge ('Kompetenc', the count gone)."""
    seed(home, *_across_networks())
    for width in range(40, 101, 3):
        done = cli("history", "--lang", lang, env={"COLUMNS": str(width)})
        assert done.exit_code == 0, done.output
        lines = done.stdout.splitlines()
        words = {w for line in lines for w in line.split()}
        header = next(line for line in lines if line.startswith("Id "))
        assert {t("history.col.count", lang), t("history.col.phase", lang)} <= set(header.split()), (width, header)
        assert "2025" in words and "10" in words, (width, done.stdout)
        assert max(len(line) for line in lines) <= width, (width, done.stdout)
