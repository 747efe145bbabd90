"""`netleder compare [A] [B]`: which two are compared (always the older first; by default within
the newest reflection's network), each competence rated in both then/now/change, the ones rated
in only one listed as such (never as strengths or growth areas that came or went), strengths and
growth areas that came and went among the competences rated in both, and the next steps from
the older with how they went (also through `reflect --answers`)."""

from __future__ import annotations

import json
import re

import pytest

from builders import builtin_competences, builtin_ids, flat, make, seed
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
    assert rows(out) == {  # only what both rated
        title(T["c1"]): ("Sjældent", "Nogle gange", "↑"),
        title(T["c2"]): ("Ofte", "Sjældent", "↓"),
        title(T["c3"]): ("Nogle gange", "Nogle gange", "="),
        title(T["c4"]): ("Næsten altid", "Ofte", "↓"),
    }
    assert list(rows(out)) == [title(T[c]) for c in ("c1", "c2", "c3", "c4")]  # competence order
    assert t("compare.legend", "da") in flat(out)
    # rated in only one of them: said so, and nothing more
    assert f"{t('compare.only_before', 'da')}\n  • {title(T['c5'])}\n" in out
    assert f"{t('compare.only_after', 'da')}\n  • {title(T['c6'])}\n" in out


def test_strengths_and_growth_areas_that_came_and_went(cli, pair):
    out = cli("compare", env={"COLUMNS": "100"}).stdout
    strengths = out.split(t("compare.strengths", "da"), 1)[1].split(t("compare.growth", "da"), 1)[0]
    growth = out.split(t("compare.growth", "da"), 1)[1].split(t("compare.steps", "da", date="10. januar 2024"), 1)[0]
    # A: strengths c4 (5), c2 (4); growth c5 (1), c1 (2).   B: strength c4 (4); growth c6 (1), c2 (2)
    # (c1's 3 in B is the middle of the scale: neither a strength nor a growth area). c5 was not
    # rated in B and c6 not in A: neither came nor went.
    assert f"{t('compare.came', 'da')}:   {t('compare.none', 'da')}" in strengths
    assert f"{t('compare.went', 'da')}: {title(T['c2'])}" in strengths
    assert f"{t('compare.kept', 'da')}:       {title(T['c4'])}" in strengths
    assert flat(f"{t('compare.came', 'da')}: {title(T['c2'])} {t('compare.went', 'da')}") in flat(growth)
    assert flat(f"{t('compare.went', 'da')}: {title(T['c1'])} {t('compare.kept', 'da')}") in flat(growth)
    assert flat(f"{t('compare.kept', 'da')}: {t('compare.none', 'da')}") in flat(growth)
    assert title(T["c5"]) not in strengths + growth and title(T["c6"]) not in strengths + growth
    assert t("compare.both_only", "da") in strengths and t("compare.both_only", "da") in growth


def test_unrated_this_time_is_never_a_strength_that_went(cli, home):
    """A 4-competence reflection after a 10-competence one: the six not rated are not lost."""
    everything = {cid: 5 for cid in IDS}
    seed(home, make("aaaaaa", "2024-01-10", everything, network="N"),
         make("bbbbbb", "2024-02-10", {cid: 5 for cid in IDS[:4]}, scope=IDS[:4], network="N"))
    data = json.loads(cli("compare", "-f", "json").stdout)
    assert data["strengths"] == {"came": [], "went": [], "kept": IDS[:4]}
    assert data["only_before"] == IDS[4:] and data["only_after"] == []
    assert list(data["changes"]) == IDS[:4]
    out = cli("compare", env={"COLUMNS": "120"}).stdout
    went = out.split(t("compare.went", "da") + ":", 1)[1].split("\n", 1)[0]
    assert went.strip() == t("compare.none", "da")


def test_next_steps_from_a_with_how_they_went(cli, pair):
    out = cli("compare", env={"COLUMNS": "100"}).stdout
    steps = flat(out.split(t("compare.steps", "da", date="10. januar 2024"), 1)[1])
    assert f"• {title(T['c5'])} Prøv et lille eksperiment {t('follow_up.partly', 'da')} – Kom <halvvejs>" in steps
    assert f"• {title(T['c1'])} Inviter borgerne {t('compare.no_follow_up', 'da')}" in steps
    assert "Et skridt fra en anden" not in steps  # a follow-up of another reflection's step is not A's
    out = cli("compare", "--lang", "en", env={"COLUMNS": "100"}).stdout
    assert "no follow-up recorded" in out and "Partly – Kom <halvvejs>" in flat(out)
    assert "New this time (not rated last time):" in out


def test_json_shape(cli, pair):
    result = cli("compare", "--format", "json")
    assert result.exit_code == 0 and result.stderr == ""
    data = json.loads(result.stdout)
    assert set(data) == {"from", "to", "from_created_at", "to_created_at", "same_scale", "changes", "only_before",
                         "only_after", "strengths", "growth", "next_steps"}
    assert data["same_scale"] is True
    assert {key: data[key] for key in ("from", "to", "changes", "only_before", "only_after")} == {
        "from": "aaaaaa",
        "to": "bbbbbb",
        "changes": {
            T["c1"]: {"from": 2, "to": 3, "direction": "up"},
            T["c2"]: {"from": 4, "to": 2, "direction": "down"},
            T["c3"]: {"from": 3, "to": 3, "direction": "same"},
            T["c4"]: {"from": 5, "to": 4, "direction": "down"},
        },
        "only_before": [T["c5"]],
        "only_after": [T["c6"]],
    }
    assert (data["from_created_at"], data["to_created_at"]) == ("2024-01-10T09:00:00+01:00", "2024-06-10T09:00:00+01:00")
    # what the text view shows besides the ratings: lists that came and went, and A's steps
    assert data["strengths"] == {"came": [], "went": [T["c2"]], "kept": [T["c4"]]}
    assert data["growth"] == {"came": [T["c2"]], "went": [T["c1"]], "kept": []}
    steps = {s["competence"]: s for s in data["next_steps"]}
    assert steps[T["c5"]]["status"] == "partly" and steps[T["c5"]]["note"] == "Kom <halvvejs>"
    assert steps[T["c1"]]["status"] is None and steps[T["c1"]]["step"] == "Inviter borgerne"


def test_ids_given_are_compared_oldest_first_whatever_the_order(cli, pair):
    for args in (("BBB", "aaa"), ("aaa", "bbb")):
        data = json.loads(cli("compare", *args, "-f", "json").stdout)
        assert (data["from"], data["to"]) == ("aaaaaa", "bbbbbb")
        assert data["changes"][T["c1"]] == {"from": 2, "to": 3, "direction": "up"}
        out = cli("compare", *args, env={"COLUMNS": "100"}).stdout
        assert out.startswith(t("compare.heading", "da", before="10. januar 2024 (aaaaaa)",
                                after="10. juni 2024 (bbbbbb)"))
        assert rows(out)[title(T["c1"])] == ("Sjældent", "Nogle gange", "↑")
        steps = flat(out.split(t("compare.steps", "da", date="10. januar 2024"), 1)[1])
        assert f"• {title(T['c1'])} Inviter borgerne" in steps
    # a draft may be compared when named
    data = json.loads(cli("compare", "dddddd", "bbbbbb", "-f", "json").stdout)
    assert (data["from"], data["to"]) == ("bbbbbb", "dddddd")
    assert data["changes"][T["c1"]] == {"from": 3, "to": 5, "direction": "up"}
    out = cli("compare", "bbbbbb", "dddddd").stdout
    assert "(dddddd, kladde)" in out


def test_order_is_by_the_moment_not_the_written_time(cli, home):
    """10:30 in Copenhagen is before 10:00 in London on the same day (09:30 and 10:00 UTC)."""
    seed(home, make("aaaaaa", "2024-03-01T10:00:00+00:00", {T["c1"]: 2}, network="N"),
         make("bbbbbb", "2024-03-01T10:30:00+01:00", {T["c1"]: 4}, network="N"))
    data = json.loads(cli("compare", "aaa", "bbb", "-f", "json").stdout)
    assert (data["from"], data["to"]) == ("bbbbbb", "aaaaaa")


def test_two_on_one_day_show_their_times_in_the_local_time_zone(run, home):
    """Stored in UTC or with any offset, shown in the user's zone (a real process, so TZ counts)."""
    seed(home, make("aaaaaa", "2024-06-10T23:30:00+00:00", {T["c1"]: 2}, network="N"),  # 01:30 on the 11th
         make("bbbbbb", "2024-06-11T08:05:00+02:00", {T["c1"]: 4}, network="N"))
    env = {"NETLEDER_HOME": str(home), "TZ": "Europe/Copenhagen", "COLUMNS": "120"}
    out = run("compare", env=env).stdout
    assert out.startswith(t("compare.heading", "da", before="11. juni 2024, kl. 01.30 (aaaaaa)",
                            after="11. juni 2024, kl. 08.05 (bbbbbb)"))
    out = run("compare", "--lang", "en", env=env).stdout
    assert out.startswith("From 11 June 2024, 01:30 (aaaaaa) to 11 June 2024, 08:05 (bbbbbb)")
    out = run("compare", env={**env, "TZ": "UTC"}).stdout  # in London's winter zone: the 10th, then the 11th
    assert out.startswith(t("compare.heading", "da", before="10. juni 2024 (aaaaaa)", after="11. juni 2024 (bbbbbb)"))


def test_one_id_is_compared_with_the_newest_other_complete_one_older_first(cli, pair):
    data = json.loads(cli("compare", "aaa", "-f", "json").stdout)
    assert (data["from"], data["to"]) == ("aaaaaa", "bbbbbb")
    data = json.loads(cli("compare", "bbb", "-f", "json").stdout)
    assert (data["from"], data["to"]) == ("aaaaaa", "bbbbbb")
    result = cli("compare", "ddd", "-f", "json")  # a draft without a network: no other without one
    assert result.exit_code == 2
    assert result.stderr == f"Fejl: {t('compare.no_other_no_network', 'da', id='dddddd')}\n"
    seed(pair, make("eeeeee", "2024-12-01", A_RATINGS, network="Andet netværk"))
    data = json.loads(cli("compare", "aaa", "-f", "json").stdout)  # the newest other in ITS network
    assert (data["from"], data["to"]) == ("aaaaaa", "bbbbbb")
    result = cli("compare", "eee")
    assert result.exit_code == 2
    assert result.stderr == f"Fejl: {t('compare.no_other', 'da', id='eeeeee', network='Andet netværk')}\n"


def test_network_chooses_the_two_newest_of_that_network(cli, pair):
    seed(pair, make("eeeeee", "2025-01-01", A_RATINGS, network="Andet netværk"))
    # by default within the newest reflection's network: it has only one
    result = cli("compare")
    assert result.exit_code == 2
    assert result.stderr == f"Fejl: {t('compare.too_few_newest', 'da', network='Andet netværk', count=1)}\n"
    seed(pair, make("ffffff", "2025-02-01", A_RATINGS, network="andet  NETVÆRK"))
    data = json.loads(cli("compare", "-f", "json").stdout)
    assert (data["from"], data["to"]) == ("eeeeee", "ffffff")
    data = json.loads(cli("compare", "--network", "URBAN  farming", "-f", "json").stdout)
    assert (data["from"], data["to"]) == ("aaaaaa", "bbbbbb")
    result = cli("compare", "--network", "Tredje")  # no reflection has it: the known names are listed
    assert result.exit_code == 2
    assert "»Tredje«" in result.stderr and "»andet NETVÆRK«, »Urban farming«" in result.stderr


@pytest.mark.parametrize("count", [0, 1])
def test_fewer_than_two_is_bad_input(cli, home, count):
    if count:
        seed(home, make("aaaaaa", "2024-01-10", A_RATINGS), make("dddddd", "2024-09-10", A_RATINGS, complete=False))
    result = cli("compare")
    assert result.exit_code == 2 and result.stdout == ""
    expected = t("compare.too_few_no_network", "da", count=1) if count else t("store.none_yet", "da")
    assert result.stderr == f"Fejl: {expected}\n"
    if count:
        result = cli("compare", "aaa")
        assert result.exit_code == 2
        assert result.stderr == f"Fejl: {t('compare.no_other_no_network', 'da', id='aaaaaa')}\n"


def test_unknown_and_same_ids(cli, pair):
    result = cli("compare", "aaa", "nix")
    assert result.exit_code == 2 and "»nix«" in result.stderr and "aaaaaa (10. januar 2024)" in result.stderr
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
    date = out.split("Fra ", 1)[1].split(" (", 1)[0].split(", kl.", 1)[0]  # made the same day: with times
    steps = flat(out.split(t("compare.steps", "da", date=date), 1)[1])
    assert f"• {title('trygt-rum')} Hold et møde i haven {t('follow_up.done', 'da')} – Det virkede" in steps
    assert f"• {title('fremdrift')} Skriv referat {t('compare.no_follow_up', 'da')}" in steps
    assert rows(out)[title("trygt-rum")] == ("Sjældent", "Ofte", "↑")


def test_readable_at_60_columns_without_colour(cli, pair):
    result = cli("compare", env={"COLUMNS": "60", "NO_COLOR": "1"})
    assert result.exit_code == 0
    assert ESC not in result.stdout
    assert all(len(line) <= 60 for line in result.stdout.splitlines())
    for sign in ("↑", "↓", "=", "Næsten altid"):
        assert sign in result.stdout
    assert "+1" not in result.stdout and "−" not in result.stdout  # movement between labels, not points


@pytest.mark.parametrize("lang, words", [("da", ("Sidst", "Nu", "Ikke vurderet denne gang (kun sidst):")),
                                         ("en", ("Last time", "Now", "Not rated this time (only last time):"))])
def test_compare_uses_the_summarys_words_for_last_time_and_now(cli, pair, lang, words):
    """The summary's 'Sidst → nu' and compare's columns name the two times alike, in every format."""
    last, now, only_before = words
    assert t("summary.since_last", lang) == f"{last} → {now.lower()}"
    out = cli("compare", "--lang", lang, env={"COLUMNS": "100"}).stdout
    header = next(line for line in out.splitlines() if line.strip().startswith(t("col.competence", lang)))
    assert re.split(r"\s{2,}", header.strip())[1:3] == [last, now]
    assert f"{only_before}\n" in out
    # the summary's own table of the same change (Markdown and HTML) has the same column names
    md = cli("show", "bbbbbb", "--lang", lang, "--format", "markdown").stdout
    assert f"| {last} | {now} |" in md
    html = cli("show", "bbbbbb", "--lang", lang, "--format", "html").stdout
    assert f"<th>{last}</th><th>{now}</th>" in html


def test_follow_ups_recorded_between_the_two_are_reported(cli, home):
    """Comparing the first and third: the second recorded how the first's steps went."""
    steps = {T["c1"]: "Inviter borgerne", T["c2"]: "Spørg Ida"}
    seed(
        home,
        make("aaaaaa", "2024-01-10", A_RATINGS, network="N", next_steps=steps),
        make("bbbbbb", "2024-03-10", A_RATINGS, network="N",
             follow_ups=[FollowUp(T["c1"], steps[T["c1"]], "done", "", "aaaaaa"),
                         FollowUp(T["c2"], steps[T["c2"]], "not_yet", "", "aaaaaa")]),
        make("cccccc", "2024-06-10", B_RATINGS, network="N",
             follow_ups=[FollowUp(T["c2"], steps[T["c2"]], "partly", "lidt", "aaaaaa")]),  # the latest word on c2
    )
    data = json.loads(cli("compare", "aaaaaa", "cccccc", "--format", "json").stdout)
    got = {s["competence"]: s["status"] for s in data["next_steps"]}
    assert got == {T["c1"]: "done", T["c2"]: "partly"}
    out = cli("compare", "cccccc", "aaaaaa", "--lang", "en", env={"COLUMNS": "100"}).stdout
    assert "no follow-up recorded" not in out
    # a follow-up recorded after the newer of the two is not "between"
    data = json.loads(cli("compare", "aaaaaa", "bbbbbb", "--format", "json").stdout)
    assert {s["competence"]: s["status"] for s in data["next_steps"]} == {T["c1"]: "done", T["c2"]: "not_yet"}


def test_two_saved_in_the_same_second_are_compared_in_the_order_they_were_saved(cli, home):
    seed(home, make("zzzzzz", "2024-01-10T10:00:00+01:00", A_RATINGS, network="N"),
         make("aaaaaa", "2024-01-10T10:00:00+01:00", B_RATINGS, network="N"))  # saved second, same second
    for args in (["compare"], ["compare", "zzzzzz", "aaaaaa"], ["compare", "aaaaaa", "zzzzzz"]):
        data = json.loads(cli(*args, "--format", "json").stdout)
        assert (data["from"], data["to"]) == ("zzzzzz", "aaaaaa"), args


@pytest.mark.parametrize("lang", ["da", "en"])
def test_no_header_or_label_is_cut_at_any_width(cli, pair, lang):
    """At 40 columns the competence column was narrowed below its header ('KompetenceSidst'):
    the rating columns wrap between words first, so every header and label stays whole."""
    headers = [t(k, lang) for k in ("col.competence", "compare.then", "compare.now", "compare.change")]
    for width in range(40, 101, 3):
        done = cli("compare", "--lang", lang, env={"COLUMNS": str(width)})
        assert done.exit_code == 0, done.output
        lines = done.stdout.splitlines()
        header = next(line for line in lines if line.startswith(headers[0]))
        assert header.split() == " ".join(headers).split(), (width, header)
        assert max(len(line) for line in lines) <= width, (width, done.stdout)
