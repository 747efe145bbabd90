"""`netleder reflect --answers FILE`: the loader, its bad-file table, and the command.

The loader is tested directly (netleder.answers.load_answers) against the built-in content;
the command through typer's CliRunner with NETLEDER_HOME in a temporary folder, checking the
store through the library afterwards; stdin and the no-terminal case in real processes.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builders import make
from netleder.content.loading import load_competences, load_phases
from netleder.content.yaml_check import MAX_NODES
from netleder.errors import BadInput
from netleder.exchange import answers as answers_module
from netleder.exchange.answers import load_answers
from netleder.i18n import t
from netleder.reflection import (
    FOLLOW_UP_STATUSES,
    ID_ALPHABET,
    NETWORK_TYPES,
    CompetenceSnapshot,
    FollowUp,
    Reflection,
    Snapshot,
)

ROOT = Path(__file__).resolve().parent.parent


# --- the good file -----------------------------------------------------------------------

LONG = ("Æblerne i Gårdhaven 🌱 blomstrer; ø og å — " * 3000)[:100_000]
assert len(LONG) == 100_000

# Control characters cannot stand raw in YAML; they are written as escapes in double quotes,
# and so is a carriage return (YAML turns raw line breaks inside a scalar into \n).
GOOD = f"""\
# Refleksion efter fokuseringsfasen
network: "Urban farming i Albertslund"
network_type: Welfare
phase: 3
competences:
  forankring:
    rating: 2
    answers: ["{LONG}", "  to mellemrum før og efter  "]
    next_step: "Ring til Åse\\r\\nog spørg om haven"
  3:
    rating: 5
    answers:
      - "Kontroltegn: \\0 \\x01 \\t \\e \\x7f \\u200b slut"
      - "Linjeskift: a\\r\\nb\\rc\\nd"
  Taenk-Andre-Ind:
    rating: 4
    answers: ["Vi husker borgerne nu 👍"]
  fremdrift:
    rating: 1
    answers: ["   ", nej]
    next_step: "  \\t "
"""

GOOD_SCOPE = ["taenk-andre-ind", "trygt-rum", "fremdrift", "forankring"]
GOOD_RATINGS = {"taenk-andre-ind": 4, "trygt-rum": 5, "fremdrift": 1, "forankring": 2}
GOOD_ANSWERS = {
    "taenk-andre-ind": ["Vi husker borgerne nu 👍", ""],
    "trygt-rum": ["Kontroltegn: \x00 \x01 \t \x1b \x7f \u200b slut", "Linjeskift: a\r\nb\rc\nd"],
    "fremdrift": ["", "nej"],  # only whitespace counts as empty; `nej` is plain text
    "forankring": [LONG, "  to mellemrum før og efter  "],  # kept exactly, spaces and all
}
GOOD_STEPS = {"forankring": "Ring til Åse\r\nog spørg om haven"}  # fremdrift's was only whitespace


def write(tmp_path: Path, text: str | bytes, name: str = "answers.yaml") -> Path:
    path = tmp_path / name
    if isinstance(text, str):
        text = text.encode("utf-8")
    path.write_bytes(text)
    return path


def check_good(r: Reflection, comps) -> None:
    assert r.scope == GOOD_SCOPE  # the content's order, not the file's
    assert r.ratings == GOOD_RATINGS
    assert r.answers == GOOD_ANSWERS
    assert r.next_steps == GOOD_STEPS
    assert r.network == "Urban farming i Albertslund"
    assert r.network_type == "welfare"
    assert r.phase == "fokusering"
    assert r.follow_ups == []


def test_the_good_file(tmp_path, comps, phases):
    r = load_answers(write(tmp_path, GOOD), comps, phases, "da")
    check_good(r, comps)
    assert re.fullmatch(f"[{ID_ALPHABET}]{{6}}", r.id)
    assert r.lang == "da" and r.complete
    assert r.created_at == r.completed_at
    assert datetime.fromisoformat(r.created_at).tzinfo is not None
    assert r.snapshot == Snapshot.from_content(comps, GOOD_SCOPE)
    assert r.summary().strengths == ("trygt-rum", "taenk-andre-ind")
    assert r.summary().growth == ("fremdrift", "forankring")


def test_the_good_file_with_windows_line_endings_and_a_bom(tmp_path, comps, phases):
    raw = b"\xef\xbb\xbf" + GOOD.replace("\n", "\r\n").encode("utf-8")
    r = load_answers(write(tmp_path, raw), comps, phases, "en")
    check_good(r, comps)
    assert r.lang == "en"


def test_the_smallest_file(tmp_path, comps, phases):
    r = load_answers(write(tmp_path, "competences:\n  7:\n    rating: 3\n"), comps, phases, "da")
    assert r.scope == ["loesninger-og-effekt"]
    assert r.ratings == {"loesninger-og-effekt": 3}
    assert r.answers == {"loesninger-og-effekt": ["", ""]}  # padded to the question count
    assert r.next_steps == {} and r.follow_ups == []
    assert (r.network, r.network_type, r.phase) == (None, None, None)


def test_empty_optional_fields_count_as_not_given(tmp_path, comps, phases):
    text = "network:\nnetwork_type: ~\nphase:\nfollow_up:\ncompetences:\n  1:\n    rating: 1\n    answers:\n    next_step:\n"
    r = load_answers(write(tmp_path, text), comps, phases, "da")
    assert (r.network, r.network_type, r.phase) == (None, None, None)
    assert r.answers == {"taenk-andre-ind": ["", ""]} and r.next_steps == {}


def test_phase_by_id_and_unquoted_scalars_kept_as_written(tmp_path, comps, phases):
    text = 'phase: Design\nnetwork: 2025\ncompetences:\n  "10":\n    rating: 5\n    answers: [yes, 1.50]\n'
    r = load_answers(write(tmp_path, text), comps, phases, "da")
    assert r.phase == "design" and r.network == "2025"
    assert r.answers == {"forankring": ["yes", "1.50"]}  # not True / 1.5


def test_follow_up_takes_the_step_from_the_previous_reflection(tmp_path, comps, phases):
    previous = _previous(comps)
    text = (
        "competences:\n  trygt-rum: {rating: 4}\n"
        "follow_up:\n"
        "  10:\n    status: not-yet\n"
        "  trygt-rum:\n    status: Done\n    note: \"Det gik godt 🎉\\r\\n\"\n"
    )
    r = load_answers(write(tmp_path, text), comps, phases, "da", previous=previous)
    assert r.follow_ups == [  # in the previous reflection's order
        FollowUp("trygt-rum", "Tal med Søren først", "done", "Det gik godt 🎉\r\n", "p2q3r4"),
        FollowUp("forankring", "Ring til Åse", "not_yet", "", "p2q3r4"),
    ]


def test_follow_up_of_a_competence_the_content_no_longer_has(tmp_path, comps, phases):
    old = CompetenceSnapshot("gammel-kompetence", 11, *(comps.competences[0].title,) * 2, ())
    snap = Snapshot(Snapshot.from_content(comps).scale, (old,))
    previous = make("p2q3r4", "2024-01-01T10:00:00+01:00", {"gammel-kompetence": 2}, snapshot=snap,
                    next_steps={"gammel-kompetence": "Gammelt skridt"}, completed="2024-01-01T10:30:00+01:00")
    text = "competences:\n  1: {rating: 4}\nfollow_up:\n  gammel-kompetence: {status: partly}\n"
    r = load_answers(write(tmp_path, text), comps, phases, "da", previous=previous)
    assert r.follow_ups == [FollowUp("gammel-kompetence", "Gammelt skridt", "partly", "", "p2q3r4")]


def _previous(comps) -> Reflection:
    snap = Snapshot.from_content(comps, ["trygt-rum", "fremdrift", "forankring"])
    return make(
        "p2q3r4", "2025-01-10T09:00:00+01:00", {"trygt-rum": 2, "fremdrift": 4, "forankring": 1}, snapshot=snap,
        next_steps={"forankring": "Ring til Åse", "trygt-rum": "Tal med Søren først"},
        completed="2025-01-10T09:30:00+01:00",
    )


# --- the bad-file table ------------------------------------------------------------------

IDS = ("taenk-andre-ind, engager-og-motiver, trygt-rum, nysgerrighed, mod-til-at-eksperimentere, "
       "strategisk-dagsorden, loesninger-og-effekt, fremdrift, synlig-vaerdi, forankring")
PHASES = "1 opstart, 2 design, 3 fokusering, 4 opdagelse, 5 retning, 6 ideudvikling, " \
         "7 konkretisering, 8 evaluering"  # the numbered phases only, as in the wizard
TOP_KEYS = "competences, network, network_type, phase, follow_up"
ONE = "competences:\n  trygt-rum:\n    rating: 3\n"  # lines 1-3, good
FOLLOW = ONE + "follow_up:\n"  # line 4


def P(line: int | None, where: str, message: str, /, **params) -> str:
    """A problem line as the user sees it (Danish)."""
    head = "answers.yaml" + (f", linje {line}" if line else "")
    return f"{head}: {where + ': ' if where else ''}{t(message, 'da', **params)}"


def rating_range(value):
    return {"value": value, "low": 1, "high": 5}


BAD = [
    # competences
    ("unknown competence number", ONE + "  11:\n    rating: 2\n", None,
     [P(4, "competences", "a.unknown_competence", value="11", low=1, high=10, ids=IDS)]),
    ("unknown competence id", ONE + "  tryg-rum:\n    rating: 2\n", None,
     [P(4, "competences", "a.unknown_competence", value="tryg-rum", low=1, high=10, ids=IDS)]),
    ("same competence by id and number", ONE + "  3:\n    rating: 4\n", None,
     [P(4, "competences", "a.dup_competence", id="trygt-rum", other=2)]),
    ("same competence twice", ONE + "  trygt-rum:\n    rating: 4\n", None,
     [P(4, "competences", "a.dup_competence", id="trygt-rum", other=2)]),
    ("empty competences", "network: x\ncompetences: {}\n", None, [P(2, "competences", "a.no_competences")]),
    ("competences left empty", "competences:\nnetwork: x\n", None, [P(1, "competences", "a.no_competences")]),
    ("no competences section", "network: x\n", None, [P(1, "", "p.missing", key="competences")]),
    ("competences a list", "competences:\n  - trygt-rum\n", None,
     [P(2, "competences", "p.expected_mapping", got=t("t.list", "da"))]),
    ("competence not a mapping", "competences:\n  trygt-rum: 4\n", None,
     [P(2, "competences.trygt-rum", "p.expected_mapping", got=t("t.number", "da"))]),
    ("unknown key in a competence", ONE + "    svar: [a]\n", None,
     [P(4, "competences.trygt-rum", "p.unknown_key", key="svar", allowed="rating, answers, next_step")]),
    # ratings
    ("rating above the scale", "competences:\n  trygt-rum:\n    rating: 6\n", None,
     [P(3, "competences.trygt-rum.rating", "a.rating_range", **rating_range("6"))]),
    ("rating zero", "competences:\n  trygt-rum:\n    rating: 0\n", None,
     [P(3, "competences.trygt-rum.rating", "a.rating_range", **rating_range("0"))]),
    ("rating negative", "competences:\n  trygt-rum:\n    rating: -1\n", None,
     [P(3, "competences.trygt-rum.rating", "a.rating_range", **rating_range("-1"))]),
    ("rating not whole", "competences:\n  trygt-rum:\n    rating: 3.5\n", None,
     [P(3, "competences.trygt-rum.rating", "a.rating_not_whole", **rating_range("3.5"))]),
    ("rating quoted", 'competences:\n  trygt-rum:\n    rating: "4"\n', None,
     [P(3, "competences.trygt-rum.rating", "a.rating_type", got=t("t.text", "da"), low=1, high=5)]),
    ("rating yes", "competences:\n  trygt-rum:\n    rating: yes\n", None,
     [P(3, "competences.trygt-rum.rating", "a.rating_type", got=t("t.bool", "da"), low=1, high=5)]),
    ("rating a list", "competences:\n  trygt-rum:\n    rating: [4]\n", None,
     [P(3, "competences.trygt-rum.rating", "a.rating_type", got=t("t.list", "da"), low=1, high=5)]),
    ("rating missing", "competences:\n  trygt-rum:\n    answers: [a]\n", None,
     [P(3, "competences.trygt-rum", "p.missing", key="rating")]),
    ("rating left empty", "competences:\n  trygt-rum:\n    rating:\n    answers: [a]\n", None,
     [P(3, "competences.trygt-rum.rating", "p.missing", key="rating")]),
    # answers and next steps
    ("too many answers", ONE + '    answers: ["a", "b", "c"]\n', None,
     [P(4, "competences.trygt-rum.answers", "a.too_many_answers", count=3, questions=2)]),
    ("answers not a list", ONE + '    answers: "et svar"\n', None,
     [P(4, "competences.trygt-rum.answers", "a.answers_type", got=t("t.text", "da"))]),
    ("an answer a mapping", ONE + '    answers:\n      - "a"\n      - {b: c}\n', None,
     [P(6, "competences.trygt-rum.answers[2]", "p.expected_text", got=t("t.mapping", "da"))]),
    ("next step a list", ONE + "    next_step: [a, b]\n", None,
     [P(4, "competences.trygt-rum.next_step", "p.expected_text", got=t("t.list", "da"))]),
    # context
    ("unknown top-level key", "netvaerk: x\n" + ONE, None,
     [P(1, "", "p.unknown_key", key="netvaerk", allowed=TOP_KEYS)]),
    ("unknown phase number", "phase: 12\n" + ONE, None, [P(1, "phase", "a.unknown_phase", value="12", choices=PHASES)]),
    ("unknown phase id", "phase: fase-x\n" + ONE, None,
     [P(1, "phase", "a.unknown_phase", value="fase-x", choices=PHASES)]),
    ("the introduction is no phase a network is in", "phase: introduktion\n" + ONE, None,
     [P(1, "phase", "a.unknown_phase", value="introduktion", choices=PHASES)]),
    ("the closing chapter neither", "phase: afrunding\n" + ONE, None,
     [P(1, "phase", "a.unknown_phase", value="afrunding", choices=PHASES)]),
    ("phase a list", "phase: [3]\n" + ONE, None, [P(1, "phase", "a.phase_type", got=t("t.list", "da"))]),
    ("unknown network type", "network_type: sports\n" + ONE, None,
     [P(1, "network_type", "a.unknown_network_type", value="sports", choices=", ".join(NETWORK_TYPES))]),
    ("network a mapping", "network: {navn: x}\n" + ONE, None,
     [P(1, "network", "p.expected_text", got=t("t.mapping", "da"))]),
    # follow-up
    ("follow-up without a previous reflection", FOLLOW + "  10:\n    status: done\n", "none",
     [P(5, "follow_up", "a.no_previous")]),
    ("follow-up when the previous had no steps", FOLLOW + "  10:\n    status: done\n", "no-steps",
     [P(5, "follow_up", "a.no_steps", id="p2q3r4", date="10. januar 2025")]),
    ("follow-up for a competence without a step", FOLLOW + "  fremdrift:\n    status: done\n", "previous",
     [P(5, "follow_up", "a.no_step", competence="fremdrift", id="p2q3r4", date="10. januar 2025",
        choices="forankring, trygt-rum")]),
    ("follow-up bad status", FOLLOW + "  10:\n    status: maybe\n", "previous",
     [P(6, "follow_up.10.status", "a.bad_status", value="maybe", choices=", ".join(FOLLOW_UP_STATUSES))]),
    ("follow-up status missing", FOLLOW + "  10:\n    note: x\n", "previous",
     [P(6, "follow_up.10", "p.missing", key="status")]),
    ("follow-up twice", FOLLOW + "  10: {status: done}\n  forankring: {status: partly}\n", "previous",
     [P(6, "follow_up", "a.dup_follow_up", id="forankring", other=5)]),
    ("follow-up unknown competence", FOLLOW + "  99: {status: done}\n", "previous",
     [P(5, "follow_up", "a.unknown_competence", value="99", low=1, high=10, ids=IDS)]),
    ("follow-up unknown key", FOLLOW + "  10: {status: done, how: ok}\n", "previous",
     [P(5, "follow_up.10", "p.unknown_key", key="how", allowed="status, note")]),
    # the file as a whole
    ("a list at the top", "- competences\n", None, [P(1, "", "p.expected_mapping", got=t("t.list", "da"))]),
    ("plain text", "just some text\n", None, [P(1, "", "p.expected_mapping", got=t("t.text", "da"))]),
    ("empty file", "", None, [P(None, "", "p.empty")]),
    ("only a comment", "# nothing yet\n", None, [P(None, "", "p.empty")]),
    ("two documents", ONE + "---\n" + ONE, None, [P(5, "", "p.several_docs")]),
    ("python tag", "competences:\n  trygt-rum:\n    rating: !!python/object/apply:os.system [echo]\n", None,
     [P(3, "", "p.tag", tag="tag:yaml.org,2002:python/object/apply:os.system")]),
    ("custom tag", "competences:\n  trygt-rum: !svar\n    rating: 3\n", None, [P(2, "", "p.tag", tag="!svar")]),
    ("alias bomb",
     "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
     "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
     "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n" + ONE, None,
     [P(1, "", "p.too_complex", limit=MAX_NODES)]),
    ("not utf-8", "network: \"Gårdhaven\"\n".encode("latin-1") + ONE.encode(), None,
     [P(1, "", "p.not_utf8", pos=11)]),
]


def bad_problems(tmp_path, text, previous=None, lang="da") -> list[str]:
    path = write(tmp_path, text)
    with pytest.raises(BadInput) as info:
        load_answers(path, load_competences(), load_phases(), lang, previous=previous)
    err = info.value
    assert err.exit_code == 2
    message, details = err.format(lang)
    assert message == t("answers.invalid", lang, path=path, count=len(details) - 1)
    assert details[-1] == t("answers.fix_hint", lang)
    return details[:-1]


def _previous_for(kind, comps):
    if kind == "previous":
        return _previous(comps)
    if kind == "no-steps":
        r = _previous(comps)
        r.next_steps = {}
        return r
    return None


@pytest.mark.parametrize("name, text, previous, expected", BAD, ids=[b[0] for b in BAD])
def test_bad_file(tmp_path, comps, name, text, previous, expected):
    assert bad_problems(tmp_path, text, _previous_for(previous, comps)) == expected


@pytest.mark.parametrize(
    "text, expected_start",
    [
        ("competences:\n  trygt-rum:\n    rating: 3\n   answers: [\n", "answers.yaml, linje 4: YAML-syntaksfejl: "),
        ('competences:\n  trygt-rum:\n    rating: 3\n    answers: ["a\x01b"]\n',
         "answers.yaml, linje 4: filen indeholder tegnet"),
        ("competences:\n  1:\n    rating: " + "[" * 5000 + "]" * 5000 + "\n",
         "answers.yaml, linje 3: " + t("p.too_deep", "da")),
    ],
    ids=["syntax", "raw-control-character", "nesting"],
)
def test_bad_yaml(tmp_path, text, expected_start):
    problems = bad_problems(tmp_path, text)
    assert len(problems) == 1 and problems[0].startswith(expected_start), problems


def test_a_file_with_several_problems_lists_them_all_in_line_order(tmp_path):
    text = (
        "network_type: sports\n"          # 1
        "competences:\n"                  # 2
        "  trygt-rum:\n"                  # 3
        "    rating: 9\n"                 # 4
        "    answers: [a, b, c]\n"        # 5
        "  12:\n"                         # 6
        "    rating: 2\n"                 # 7
        "  3:\n"                          # 8
        "    rating: 1\n"                 # 9
        "fase: 2\n"                       # 10
    )
    problems = bad_problems(tmp_path, text)
    assert problems == [
        P(1, "network_type", "a.unknown_network_type", value="sports", choices=", ".join(NETWORK_TYPES)),
        P(4, "competences.trygt-rum.rating", "a.rating_range", **rating_range("9")),
        P(5, "competences.trygt-rum.answers", "a.too_many_answers", count=3, questions=2),
        P(6, "competences", "a.unknown_competence", value="12", low=1, high=10, ids=IDS),
        P(8, "competences", "a.dup_competence", id="trygt-rum", other=3),
        P(10, "", "p.unknown_key", key="fase", allowed=TOP_KEYS),
    ]


def test_line_numbers_hold_with_windows_line_endings(tmp_path):
    text = "network: x\r\ncompetences:\r\n  trygt-rum:\r\n    rating: 8\r\n"
    assert bad_problems(tmp_path, text) == [P(4, "competences.trygt-rum.rating", "a.rating_range",
                                              **rating_range("8"))]


def test_the_messages_read_as_danish_and_english(tmp_path):
    text = "competences:\n  trygt-rum:\n    rating: 7\n"
    assert bad_problems(tmp_path, text) == [
        ("answers.yaml, linje 3: competences.trygt-rum.rating: vurderingen 7 ligger uden for skalaen; "
        "brug et helt tal fra 1 til 5")
    ]
    assert bad_problems(tmp_path, text, lang="en") == [
        ("answers.yaml, line 3: competences.trygt-rum.rating: the rating 7 is off the scale; "
        "use a whole number from 1 to 5")
    ]


def test_too_big_a_file(tmp_path, comps, phases, monkeypatch):
    monkeypatch.setattr(answers_module, "MAX_ANSWERS_BYTES", 50)
    path = write(tmp_path, ONE + "network: " + "x" * 60 + "\n")
    size = path.stat().st_size
    with pytest.raises(BadInput) as info:
        load_answers(path, comps, phases, "da")
    assert info.value.format("da")[1][0] == P(None, "", "p.too_big", size=size, limit=50)


def test_the_real_limit_holds_ten_long_answers(comps):
    # Every competence with two answers of 100,000 four-byte characters must fit.
    assert answers_module.MAX_ANSWERS_BYTES > 10 * 2 * 100_000 * 4 + 100_000


def test_missing_file_and_folder(tmp_path, comps, phases):
    with pytest.raises(BadInput) as info:
        load_answers(tmp_path / "svar.yaml", comps, phases, "da")
    assert info.value.format("da")[0] == t("answers.missing", "da", path=tmp_path / "svar.yaml")
    assert "findes ikke" in info.value.format("da")[0] and info.value.exit_code == 2
    with pytest.raises(BadInput) as info:
        load_answers(tmp_path, comps, phases, "da")
    assert info.value.format("da")[0] == t("answers.is_dir", "da", path=tmp_path)


def test_stdin(monkeypatch, comps, phases):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(GOOD.encode("utf-8")), encoding="utf-8"))
    check_good(load_answers("-", comps, phases, "da"), comps)


def test_stdin_problems_name_standard_input(monkeypatch, comps, phases):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"competences:\n  x:\n    rating: 3\n")))
    with pytest.raises(BadInput) as info:
        load_answers("-", comps, phases, "da")
    assert info.value.format("da")[0] == t("answers.invalid", "da", path="standardinput", count=1)
    assert info.value.format("da")[1][0].startswith("standardinput, linje 2: competences: der er ingen kompetence »x«")


def test_too_much_on_stdin(monkeypatch, comps, phases):
    monkeypatch.setattr(answers_module, "MAX_ANSWERS_BYTES", 20)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ONE.encode() * 3)))
    with pytest.raises(BadInput) as info:
        load_answers("-", comps, phases, "da")
    assert info.value.format('da')[1][:-1] == [f"standardinput: {t('p.too_big', 'da', size='21+', limit=20)}"]


def test_stdin_that_is_a_terminal_is_refused_at_once(monkeypatch, comps, phases):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

        def read(self, *args):  # pragma: no cover - reaching this is the bug
            raise AssertionError("read from a terminal")

    monkeypatch.setattr(sys, "stdin", Terminal())
    with pytest.raises(BadInput) as info:
        load_answers("-", comps, phases, "da")
    assert info.value.format("da")[0] == t("answers.stdin_tty", "da")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from([
        "competences:\n", "  trygt-rum:\n", "  3:\n", "    rating: 4\n", "    rating: x\n", "    answers: [a]\n",
        "    answers:\n", "      - b\n", "follow_up:\n", "  10: {status: done}\n", "phase: 3\n", "- x\n",
        "network: &a [1]\n", "network_type: *a\n", "    next_step: \"\\u00e6\"\n", "  : \n", "? [a]\n",
    ]), max_size=12).map("".join),
))
def test_any_file_is_a_reflection_or_bad_input(tmp_path, comps, phases, text):
    path = write(tmp_path, text)
    try:
        r = load_answers(path, comps, phases, "da", previous=_previous(comps))
    except BadInput as exc:
        assert exc.exit_code == 2 and exc.format("da")[1]
    else:
        assert r.ratings and set(r.ratings) == set(r.scope)


# --- through the command -----------------------------------------------------------------

PUBLIC_KEYS = {
    "id", "created_at", "network", "network_type", "phase", "ratings", "answers", "next_steps",
    "strengths", "growth", "complete", "completed_at", "lang", "follow_ups", "facts", "sections", "keep_asking", "highest", "rating_labels",
    "in_play",
    "previous", "since_last",
}


def _stored(home: Path):
    from netleder.store.database import Store
    from netleder.store.files import DB_NAME

    with Store.open(home / DB_NAME, create=False) as store:
        return store.reflections()


def test_cli_good_file_as_json(cli, tmp_path, home, comps):
    result = cli("reflect", "--answers", str(write(tmp_path, GOOD)), "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == PUBLIC_KEYS
    assert data["ratings"] == GOOD_RATINGS and list(data["ratings"]) == GOOD_SCOPE
    assert data["answers"] == GOOD_ANSWERS and data["next_steps"] == GOOD_STEPS
    assert data["strengths"] == ["trygt-rum", "taenk-andre-ind"] and data["growth"] == ["fremdrift", "forankring"]
    assert (data["network"], data["network_type"], data["phase"]) == ("Urban farming i Albertslund", "welfare",
                                                                      "fokusering")
    assert data["complete"] is True and data["lang"] == "da" and data["follow_ups"] == []
    assert "Gårdhaven 🌱" in result.stdout  # not ASCII-escaped
    # What was saved is what was given, read back through the library.
    (saved,) = _stored(home)
    assert saved.id == data["id"] and saved.created_at == data["created_at"]
    check_good(saved, comps)
    assert result.stderr == ""  # JSON is for scripts: nothing else is said


def test_cli_good_file_as_text_in_english(cli, tmp_path, home):
    result = cli("reflect", "--answers", str(write(tmp_path, GOOD)), "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert "Urban farming i Albertslund" in result.stdout
    (saved,) = _stored(home)
    assert t("reflect.saved", "en", id=saved.id, path=home / "reflections.sqlite3") in result.stderr
    assert saved.lang == "en"


def test_cli_bad_file_saves_nothing(cli, tmp_path, home):
    path = write(tmp_path, "competences:\n  trygt-rum:\n    rating: 7\n  nope:\n    rating: 2\n")
    result = cli("reflect", "--answers", str(path), "--format", "json")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"Fejl: {t('answers.invalid', 'da', path=path, count=2)}\n")
    assert "answers.yaml, linje 3: competences.trygt-rum.rating: vurderingen 7 ligger uden for skalaen" in result.stderr
    assert "answers.yaml, linje 4: competences: der er ingen kompetence »nope«" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert not (home / "reflections.sqlite3").exists()  # not even an empty store was made


def test_cli_bad_file_leaves_an_existing_store_as_it_was(cli, tmp_path, home):
    assert cli("reflect", "--answers", str(write(tmp_path, GOOD)), "--format", "json").exit_code == 0
    before = [(r.id, r.ratings) for r in _stored(home)]
    bad = write(tmp_path, GOOD.replace("rating: 5", "rating: 5.5"), "bad.yaml")
    result = cli("reflect", "--answers", str(bad))
    assert result.exit_code == 2 and "ikke et helt tal" in result.stderr
    assert [(r.id, r.ratings) for r in _stored(home)] == before


def test_cli_missing_file(cli, tmp_path, home):
    result = cli("reflect", "--answers", str(tmp_path / "findes-ikke.yaml"))
    assert result.exit_code == 2
    assert result.stderr == f"Fejl: {t('answers.missing', 'da', path=tmp_path / 'findes-ikke.yaml')}\n"
    assert not (home / "reflections.sqlite3").exists()


def test_cli_competence_option_conflicts_with_answers(cli, tmp_path, home):
    result = cli("reflect", "--answers", str(write(tmp_path, GOOD)), "--competence", "3")
    assert result.exit_code == 2 and result.stderr == f"Fejl: {t('answers.with_competence', 'da')}\n"
    result = cli("reflect", "--answers", str(write(tmp_path, GOOD)), "--resume")
    assert result.exit_code == 2 and result.stderr == f"Fejl: {t('answers.with_draft', 'da')}\n"
    assert not (home / "reflections.sqlite3").exists()


def test_cli_follow_up_of_the_previous_reflection(cli, tmp_path, home):
    first = "competences:\n  trygt-rum:\n    rating: 2\n    next_step: \"Tal med Søren først\"\n  8: {rating: 4}\n"
    result = cli("reflect", "--answers", str(write(tmp_path, first, "first.yaml")), "--format", "json")
    assert result.exit_code == 0, result.stderr
    first_id = json.loads(result.stdout)["id"]

    second = ("competences:\n  trygt-rum: {rating: 3}\n"
              "follow_up:\n  3:\n    status: partly\n    note: \"Halvvejs – næste gang 💪\"\n")
    result = cli("reflect", "--answers", str(write(tmp_path, second, "second.yaml")), "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["follow_ups"] == [{"competence": "trygt-rum", "step": "Tal med Søren først", "status": "partly",
                                   "note": "Halvvejs – næste gang 💪", "from": first_id}]
    newest = _stored(home)[0]
    assert newest.id == data["id"]
    assert newest.follow_ups == [FollowUp("trygt-rum", "Tal med Søren først", "partly", "Halvvejs – næste gang 💪",
                                          first_id)]

    # The newest reflection had no next steps: a follow-up now has nothing to follow.
    result = cli("reflect", "--answers", str(write(tmp_path, second, "third.yaml")))
    assert result.exit_code == 2
    from netleder.dates import human_date

    assert t("a.no_steps", "da", id=data["id"], date=human_date(data["created_at"], "da")) in result.stderr
    assert len(_stored(home)) == 2


# --- real processes: stdin and no terminal -----------------------------------------------


def _env(home: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NETLEDER_")}
    env.update(PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""), PYTHONIOENCODING="utf-8",
               NETLEDER_HOME=str(home))
    return env


def _netleder() -> list[str]:
    script = Path(sys.executable).with_name("netleder")
    return [str(script)] if script.exists() else [sys.executable, "-m", "netleder"]


def test_answers_from_stdin_in_a_real_process(tmp_path, comps):
    home = tmp_path / "home"
    proc = subprocess.run(_netleder() + ["reflect", "--answers", "-", "--format", "json"], input=GOOD.encode("utf-8"),
                          capture_output=True, env=_env(home), cwd=tmp_path, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr.decode()
    data = json.loads(proc.stdout.decode("utf-8"))
    assert data["answers"] == GOOD_ANSWERS and data["ratings"] == GOOD_RATINGS


def test_the_answers_path_does_not_import_questionary(tmp_path):
    path = write(tmp_path, GOOD)
    code = (
        "import atexit, sys\n"
        "atexit.register(lambda: sys.stderr.write('QUESTIONARY=%s\\n' % ('questionary' in sys.modules)))\n"
        "from netleder.cli import main\n"
        f"sys.argv = ['netleder', 'reflect', '--answers', {str(path)!r}, '--format', 'json']\n"
        "main()\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8",
                          env=_env(tmp_path / "home"), cwd=tmp_path, stdin=subprocess.DEVNULL, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "QUESTIONARY=False" in proc.stderr


@pytest.mark.parametrize("stdin", ["devnull", "open-pipe"])
def test_reflect_without_a_terminal_ends_at_once(tmp_path, stdin):
    home = tmp_path / "home"
    out, err = tmp_path / "out", tmp_path / "err"
    with out.open("wb") as o, err.open("wb") as e:
        proc = subprocess.Popen(_netleder() + ["reflect"], stdout=o, stderr=e, env=_env(home), cwd=tmp_path,
                                stdin=subprocess.DEVNULL if stdin == "devnull" else subprocess.PIPE)
        try:
            # With an open pipe nobody ever types: a prompt would wait forever.
            code = proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            pytest.fail("netleder reflect waited for input without a terminal")
        finally:
            if proc.stdin:
                proc.stdin.close()
    stderr = err.read_text(encoding="utf-8")
    assert code == 2
    assert stderr == f"Fejl: {t('reflect.no_tty', 'da')}\n"
    assert "--answers" in stderr and "Traceback" not in stderr
    assert out.read_text(encoding="utf-8") == ""
    assert not (home / "reflections.sqlite3").exists()


def test_follow_up_in_an_answers_file_is_on_this_networks_previous_steps(cli, tmp_path):
    home = {"NETLEDER_HOME": str(tmp_path / "home")}
    answers = tmp_path / "svar.yaml"
    for network, step in (("Netværk A", "Skridt i A"), ("Netværk B", "Skridt i B")):  # B is the newest
        answers.write_text(f"network: {network}\ncompetences:\n  1:\n    rating: 2\n    next_step: {step}\n",
                           encoding="utf-8")
        assert cli("reflect", "--answers", str(answers), env=home).exit_code == 0
    answers.write_text("network: netværk-a\ncompetences:\n  1: {rating: 3}\nfollow_up:\n  1: {status: done}\n",
                       encoding="utf-8")
    result = cli("reflect", "--answers", str(answers), "--format", "json", env=home)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["follow_ups"][0]["step"] == "Skridt i A"
