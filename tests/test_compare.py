"""`netleder compare [A] [B]`: which two are compared, each competence then/now/change with
signs (also competences in only one of the two), strengths and growth areas that came and
went, and the next steps from A with how they went (also through `reflect --answers`)."""

from __future__ import annotations

import json
import re

import pytest

from builders import builtin_competences, builtin_ids, flat, home, make, seed  # noqa: F401  (home is a fixture)
from netleder.i18n import t
from netleder.reflection import FollowUp

ESC = "\x1b"
IDS = builtin_ids()
T = dict(zip(["c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10"], IDS))


def title(cid: str, lang: str = "da") -> str:
    """A competence as compare shows it: competences 8-10 are the project's own, marked *."""
    comp = builtin_competences().find(cid)
    return f"{comp.number}. {comp.title(lang)}" + (" *" if comp.source == "authored" else "")


# A: c1..c5;  B: c1..c4 and c6 (c5 only in A, c6 only in B)
A_RATINGS = {T["c1"]: 2, T["c2"]: 4, T["c3"]: 3, T["c4"]: 5, T["c5"]: 1}
B_RATINGS = {T["c1"]: 3, T["c2"]: 2, T["c3"]: 3, T["c4"]: 4, T["c6"]: 1}


@pytest.fixture
def pair(home):
    seed(
        home,
        make("aaaaaa", "2024-01-10", A_RATINGS, scope=list(A_RATINGS), network="Urban farming",
             next_steps={T["c5"]: "Prøv et lille eksperiment", T["c1"]: "Inviter borgerne"}),
        make("bbbbbb", "2024-06-10", B_RATINGS, scope=[T[c] for c in ("c1", "c2", "c3", "c4", "c6")],
             network="Urban farming",
             follow_ups=[FollowUp(T["c5"], "Prøv et lille eksperiment", "partly", "Kom <halvvejs>", "aaaaaa"),
                         FollowUp(T["c2"], "Et skridt fra en anden", "done", "", "zzzzzz")]),
        make("dddddd", "2024-09-10", {T["c1"]: 5}, complete=False),  # a newer draft: not a default
    )
    return home


def rows(out: str) -> dict[str, tuple[str, str, str]]:
    """{competence title: (then, now, change)} from the table."""
    found = {}
    for line in out.splitlines():
        parts = re.split(r"\s{2,}", line.strip())
        if re.match(r"^\d+\. ", line) and len(parts) == 4:
            found[parts[0]] = (parts[1], parts[2], parts[3])
    return found


def test_the_two_newest_complete_by_default_with_every_change(cli, pair):
    result = cli("compare", env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert result.stderr == "" and ESC not in out
    assert out.startswith(t("compare.heading", "da", before="10. januar 2024 (aaaaaa)", after="10. juni 2024 (bbbbbb)"))
    # each rating by its label on the scale, and the direction it moved (never points)
    assert rows(out) == {
        title(T["c1"]): ("Af og til", "Ofte", "↑"),
        title(T["c2"]): ("Som regel", "Af og til", "↓"),
        title(T["c3"]): ("Ofte", "Ofte", "="),
        title(T["c4"]): ("Også når det er svært", "Som regel", "↓"),
        title(T["c5"]): ("Sjældent", "—", "—"),  # only in A
        title(T["c6"]): ("—", "Sjældent", "ny"),  # only in B
    }
    assert list(rows(out)) == [title(T[c]) for c in ("c1", "c2", "c3", "c4", "c5", "c6")]  # competence order
    assert t("compare.legend", "da") in flat(out)


def test_strengths_and_growth_areas_that_came_and_went(cli, pair):
    out = cli("compare", env={"COLUMNS": "100"}).stdout
    strengths = out.split(t("compare.strengths", "da"), 1)[1].split(t("compare.growth", "da"), 1)[0]
    growth = out.split(t("compare.growth", "da"), 1)[1].split(t("compare.steps", "da", date="10. januar 2024"), 1)[0]
    # A: strengths c4 (5), c2 (4); growth c5 (1), c1 (2).   B: strength c4 (4); growth c6 (1), c2 (2)
    # (c1's 3 in B is the middle of the scale: neither a strength nor a growth area)
    assert f"{t('compare.came', 'da')}:   {t('compare.none', 'da')}" in strengths
    assert f"{t('compare.went', 'da')}: {title(T['c2'])}" in strengths
    assert f"{t('compare.kept', 'da')}:       {title(T['c4'])}" in strengths
    assert flat(f"{t('compare.came', 'da')}: {title(T['c6'])} {title(T['c2'])}") in flat(growth)
    assert flat(f"{t('compare.went', 'da')}: {title(T['c5'])} {title(T['c1'])}") in flat(growth)
    assert flat(f"{t('compare.kept', 'da')}: {t('compare.none', 'da')}") in flat(growth)


def test_next_steps_from_a_with_how_they_went(cli, pair):
    out = cli("compare", env={"COLUMNS": "100"}).stdout
    steps = flat(out.split(t("compare.steps", "da", date="10. januar 2024"), 1)[1])
    assert f"• {title(T['c5'])} Prøv et lille eksperiment {t('follow_up.partly', 'da')} – Kom <halvvejs>" in steps
    assert f"• {title(T['c1'])} Inviter borgerne {t('compare.no_follow_up', 'da')}" in steps
    assert "Et skridt fra en anden" not in steps  # a follow-up of another reflection's step is not A's
    out = cli("compare", "--lang", "en", env={"COLUMNS": "100"}).stdout
    assert "no follow-up recorded" in out and "Partly – Kom <halvvejs>" in flat(out) and "new" in out


def test_json_shape(cli, pair):
    result = cli("compare", "--format", "json")
    assert result.exit_code == 0 and result.stderr == ""
    data = json.loads(result.stdout)
    assert set(data) == {"from", "to", "changes", "strengths", "growth", "next_steps"}
    assert {key: data[key] for key in ("from", "to", "changes")} == {
        "from": "aaaaaa",
        "to": "bbbbbb",
        "changes": {
            T["c1"]: {"from": 2, "to": 3, "delta": 1},
            T["c2"]: {"from": 4, "to": 2, "delta": -2},
            T["c3"]: {"from": 3, "to": 3, "delta": 0},
            T["c4"]: {"from": 5, "to": 4, "delta": -1},
            T["c6"]: {"from": None, "to": 1, "delta": None},
            T["c5"]: {"from": 1, "to": None, "delta": None},
        },
    }
    # what the text view shows besides the ratings: lists that came and went, and A's steps
    for key in ("strengths", "growth"):
        assert set(data[key]) == {"came", "went", "kept"}
    assert data["growth"]["went"] and data["growth"]["came"]
    steps = {s["competence"]: s for s in data["next_steps"]}
    assert steps[T["c5"]]["status"] == "partly" and steps[T["c5"]]["note"] == "Kom <halvvejs>"
    assert steps[T["c1"]]["status"] is None and steps[T["c1"]]["step"] == "Inviter borgerne"


def test_ids_given_are_compared_in_the_order_given(cli, pair):
    data = json.loads(cli("compare", "BBB", "aaa", "-f", "json").stdout)
    assert (data["from"], data["to"]) == ("bbbbbb", "aaaaaa")
    assert data["changes"][T["c1"]] == {"from": 3, "to": 2, "delta": -1}
    # a draft may be compared when named
    data = json.loads(cli("compare", "bbbbbb", "dddddd", "-f", "json").stdout)
    assert data["changes"][T["c1"]] == {"from": 3, "to": 5, "delta": 2}
    out = cli("compare", "bbbbbb", "dddddd").stdout
    assert "(dddddd, kladde)" in out


def test_one_id_is_compared_with_the_newest_other_complete_one_older_first(cli, pair):
    data = json.loads(cli("compare", "aaa", "-f", "json").stdout)
    assert (data["from"], data["to"]) == ("aaaaaa", "bbbbbb")
    data = json.loads(cli("compare", "bbb", "-f", "json").stdout)
    assert (data["from"], data["to"]) == ("aaaaaa", "bbbbbb")
    data = json.loads(cli("compare", "ddd", "-f", "json").stdout)
    assert (data["from"], data["to"]) == ("bbbbbb", "dddddd")


def test_network_chooses_the_two_newest_of_that_network(cli, pair):
    seed(pair, make("eeeeee", "2025-01-01", A_RATINGS, network="Andet netværk"))
    data = json.loads(cli("compare", "-f", "json").stdout)
    assert (data["from"], data["to"]) == ("bbbbbb", "eeeeee")
    data = json.loads(cli("compare", "--network", "URBAN  farming", "-f", "json").stdout)
    assert (data["from"], data["to"]) == ("aaaaaa", "bbbbbb")
    result = cli("compare", "--network", "Andet netværk")
    assert result.exit_code == 2
    assert result.stderr == f"Fejl: {t('compare.too_few_network', 'da', network='Andet netværk', count=1)}\n"


@pytest.mark.parametrize("count", [0, 1])
def test_fewer_than_two_is_bad_input(cli, home, count):
    if count:
        seed(home, make("aaaaaa", "2024-01-10", A_RATINGS), make("dddddd", "2024-09-10", A_RATINGS, complete=False))
    result = cli("compare")
    assert result.exit_code == 2 and result.stdout == ""
    expected = t("compare.too_few", "da", count=1) if count else t("store.none_yet", "da")
    assert result.stderr == f"Fejl: {expected}\n"
    if count:
        result = cli("compare", "aaa")
        assert result.exit_code == 2 and result.stderr == f"Fejl: {t('compare.too_few', 'da', count=1)}\n"


def test_unknown_and_same_ids(cli, pair):
    result = cli("compare", "aaa", "nix")
    assert result.exit_code == 2 and "'nix'" in result.stderr and "aaaaaa (2024-01-10)" in result.stderr
    result = cli("compare", "aaa", "AAAAAA")
    assert result.exit_code == 2
    assert result.stderr == f"Fejl: {t('compare.same', 'da', ref='aaa', other='AAAAAA', id='aaaaaa')}\n"


def test_follow_up_given_with_reflect_answers_shows_in_compare(cli, home, tmp_path):
    first = tmp_path / "first.yaml"
    first.write_text(
        "network: Ældrenetværket\ncompetences:\n"
        "  trygt-rum: {rating: 2, next_step: \"Hold et møde i haven\"}\n"
        "  fremdrift: {rating: 4, next_step: \"Skriv referat\"}\n"
        "  1: {rating: 3}\n",
        encoding="utf-8",
    )
    assert cli("reflect", "--answers", str(first), "-f", "json").exit_code == 0
    second = tmp_path / "second.yaml"
    second.write_text(
        "network: Ældrenetværket\ncompetences:\n  trygt-rum: {rating: 4}\n  fremdrift: {rating: 3}\n"
        "  1: {rating: 3}\nfollow_up:\n  trygt-rum: {status: done, note: \"Det virkede\"}\n",
        encoding="utf-8",
    )
    result = cli("reflect", "--answers", str(second), "-f", "json")
    assert result.exit_code == 0, result.stderr
    out = cli("compare", env={"COLUMNS": "100"}).stdout
    steps = flat(out.split(t("compare.steps", "da", date=out.split("Fra ", 1)[1].split(" (", 1)[0]), 1)[1])
    assert f"• {title('trygt-rum')} Hold et møde i haven {t('follow_up.done', 'da')} – Det virkede" in steps
    assert f"• {title('fremdrift')} Skriv referat {t('compare.no_follow_up', 'da')}" in steps
    assert rows(out)[title("trygt-rum")] == ("Af og til", "Som regel", "↑")


def test_readable_at_60_columns_without_colour(cli, pair):
    result = cli("compare", env={"COLUMNS": "60", "NO_COLOR": "1"})
    assert result.exit_code == 0
    assert ESC not in result.stdout
    assert all(len(line) <= 60 for line in result.stdout.splitlines())
    for sign in ("↑", "↓", "=", "ny", "Også når det er svært"):
        assert sign in result.stdout
    assert "+1" not in result.stdout and "−" not in result.stdout  # movement between labels, not points
