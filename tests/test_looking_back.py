"""Looking back in the summary: "last time → now" for each competence (by the scale's labels, a
direction only where both times rated it) and what came of last time's next steps; last time is
the newest earlier complete reflection of the same network. And the leader's name for the talk
printout (`netleder settings`), kept in a private settings file beside the database."""

from __future__ import annotations

import json
import os
import stat

import pytest

from builders import builtin_competences, builtin_ids, fingerprint, flat, make, seed
from netleder.formats import writer
from netleder.i18n import t
from netleder.output import plain_text
from netleder.reflection import FollowUp
from netleder.views.summary import build_summary

IDS = builtin_ids()
C1, C2, C3, C4, C5 = IDS[:5]


def title(cid: str, lang: str = "da") -> str:
    comp = builtin_competences().find(cid)
    return f"{comp.number}. {comp.title(lang)}"


def before_and_now(**now):
    before = make("before", "2024-01-10", {C1: 2, C2: 4, C3: 3, C4: 5}, scope=[C1, C2, C3, C4], network="Haver",
                  next_steps={C1: "Inviter borgerne", C4: "Skriv til skolerne"})
    after = make("nownow", "2024-06-10", {C1: 3, C2: 2, C3: 3, C5: 1}, scope=[C1, C2, C3, C5], network="haver",
                 follow_ups=[FollowUp(C4, "Skriv til skolerne", "partly", "To af tre", "before"),
                             FollowUp(C2, "Et ældre skridt", "done", "", "older1")], **now)
    return before, after


def test_last_time_to_now_by_label_with_a_direction_only_where_rated_both_times(comps, phases):
    before, after = before_and_now()
    view = build_summary(after, phases, comps, "da", before)
    since = next(s for s in view.sections if s.key == "since_last")
    assert [s.key for s in view.sections][:2] == ["ratings", "since_last"]
    assert since.heading == t("summary.since_last", "da")
    assert since.note == t("summary.since_last_note", "da", date="10. januar 2024", id="before")
    assert [(m.cid, m.before, m.after, m.direction) for m in since.items] == [
        (C1, "Af og til", "Ofte", "up"),
        (C2, "Som regel", "Af og til", "down"),
        (C3, "Ofte", "Ofte", "same"),
        (C4, "Også når det er svært", "ikke vurderet", ""),  # not reflected on this time: no arrow
        (C5, "ikke vurderet", "Sjældent", ""),  # new this time: no arrow
    ]
    text = plain_text(writer("text", "summary")(view), 100)
    assert f"{t('summary.since_last', 'da')}\n" in text
    assert "Af og til → Ofte  ↑" in text and "Også når det er svært → ikke vurderet\n" in text


def test_what_came_of_last_times_next_steps(comps, phases):
    before, after = before_and_now()
    view = build_summary(after, phases, comps, "da", before)
    follow = next(s for s in view.sections if s.key == "follow_ups")
    assert [(f.cid, f.status, f.status_label, f.step, f.note) for f in follow.items] == [
        (C1, "", t("compare.no_follow_up", "da"), "Inviter borgerne", ""),  # a step with no follow-up says so
        (C4, "partly", t("follow_up.partly", "da"), "Skriv til skolerne", "To af tre"),
        (C2, "done", t("follow_up.done", "da"), "Et ældre skridt", ""),  # an older reflection's step, kept
    ]
    data = json.loads(writer("json", "summary")(view))
    assert data["previous"] == "before"
    assert data["since_last"][C1] == {"from": 2, "to": 3, "direction": "up"}
    assert data["since_last"][C4] == {"from": 5, "to": None, "direction": None}
    assert data["follow_ups"][0] == {"competence": C1, "step": "Inviter borgerne", "status": None, "note": "",
                                     "from": "before"}
    for fmt in ("markdown", "html"):
        out = writer(fmt, "summary")(view)
        assert t("summary.since_last", "da") in out and "Inviter borgerne" in out, fmt


def test_without_last_time_nothing_is_claimed(comps, phases):
    before, after = before_and_now()
    view = build_summary(after, phases, comps, "da")
    assert "since_last" not in [s.key for s in view.sections]
    assert json.loads(writer("json", "summary")(view))["since_last"] == {}
    # a "previous" that is in fact newer is no last time
    view = build_summary(before, phases, comps, "da", after)
    assert "since_last" not in [s.key for s in view.sections]


def test_show_takes_last_time_from_the_same_network_only(cli, home):
    before, after = before_and_now()
    seed(home, before, after,
         make("othern", "2024-03-01", {C1: 5}, network="Et andet netværk"),  # another network: never last time
         make("drafty", "2024-04-01", {C1: 1}, network="Haver", complete=False),  # a draft: never last time
         make("newer1", "2024-09-01", {C1: 1}, network="Haver"))  # newer than the one shown
    data = json.loads(cli("show", "nownow", "-f", "json").stdout)
    assert data["previous"] == "before" and data["since_last"][C1]["direction"] == "up"
    data = json.loads(cli("show", "newer1", "-f", "json").stdout)
    assert data["previous"] == "nownow"
    data = json.loads(cli("show", "before", "-f", "json").stdout)  # the first of its network
    assert data["previous"] is None and "since_last" not in data["sections"]
    data = json.loads(cli("show", "othern", "-f", "json").stdout)
    assert data["previous"] is None
    out = cli("show", "nownow", env={"COLUMNS": "100"}).stdout
    assert flat(t("summary.since_last_note", "da", date="10. januar 2024", id="before")) in flat(out)


def test_a_second_reflection_through_answers_shows_what_moved(cli, home, tmp_path):
    first = tmp_path / "first.yaml"
    first.write_text("network: Ældrenetværket\ncompetences:\n  trygt-rum: {rating: 2, next_step: \"Hold møde\"}\n"
                     "  fremdrift: {rating: 4}\n", encoding="utf-8")
    out = cli("reflect", "--answers", str(first), env={"COLUMNS": "100"}).stdout
    assert t("summary.since_last", "da") not in out
    second = tmp_path / "second.yaml"
    second.write_text("network: ældrenetværket\ncompetences:\n  trygt-rum: {rating: 4}\n  fremdrift: {rating: 4}\n"
                      "follow_up:\n  trygt-rum: {status: done, note: \"Det virkede\"}\n", encoding="utf-8")
    result = cli("reflect", "--answers", str(second), env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert f"{t('summary.since_last', 'da')}\n" in out
    assert "Af og til → Som regel  ↑" in out and "Som regel → Som regel  =" in out
    assert "Hold møde" in out and "Det virkede" in out


# --- the leader's name ---------------------------------------------------------------------------


def test_the_name_is_set_shown_and_forgotten(cli, home):
    out = cli("settings").stdout
    assert out.startswith(f"{t('settings.name', 'da')}: {t('settings.no_name', 'da')}\n")
    assert not home.exists()  # looking creates nothing
    result = cli("settings", "--name", "  Anne   Sofie Ærø ")
    assert result.exit_code == 0 and result.stdout == t("settings.name_set", "da", name="Anne Sofie Ærø") + "\n"
    path = home / "settings.json"
    assert json.loads(path.read_text(encoding="utf-8")) == {"leader_name": "Anne Sofie Ærø"}
    if os.name != "nt":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    out = cli("settings", "--lang", "en").stdout
    assert out == f"Name on printouts: Anne Sofie Ærø\nSettings file: {path.absolute()}\n"
    assert cli("settings", "--name", "A", "--forget-name").exit_code == 2
    result = cli("settings", "--forget-name")
    assert result.exit_code == 0 and result.stdout == t("settings.name_forgotten", "da") + "\n"
    assert json.loads(path.read_text(encoding="utf-8")) == {"leader_name": ""}  # none, and never asked again
    assert cli("settings").stdout.startswith(f"{t('settings.name', 'da')}: {t('settings.no_name', 'da')}\n")


def test_a_broken_settings_file_is_reported_and_left_alone(cli, home):
    home.mkdir()
    path = home / "settings.json"
    path.write_text("[1, 2", encoding="utf-8")
    before = fingerprint(path)
    for args in (["settings"], ["settings", "--name", "X"]):
        result = cli(*args)
        assert result.exit_code == 1 and result.stdout == ""
        assert result.stderr == f"Fejl: {t('settings.broken', 'da', path=path.absolute())}\n"
    assert fingerprint(path) == before
    seed(home, make("aaaaaa", "2024-01-01", {C1: 2}))
    assert cli("show", "-f", "json").exit_code == 0  # only the printouts read the name
    assert cli("show", "-f", "html").exit_code == 1


def test_the_name_is_on_the_printouts_as_typed(cli, home):
    seed(home, make("aaaaaa", "2024-01-01", {C1: 2}))
    html = cli("show", "-f", "html").stdout
    assert '<strong>Netværksleder:</strong> <span class="blank">' in html  # a line to write it on
    cli("settings", "--name", "Anne <b>Ærø</b> & co")
    html = cli("show", "-f", "html").stdout
    assert "<strong>Netværksleder:</strong> Anne &lt;b&gt;Ærø&lt;/b&gt; &amp; co" in html
    md = cli("show", "-f", "markdown", "--lang", "en").stdout
    assert "**Network leader:** Anne \\<b\\>Ærø\\</b\\> & co" in md
    assert "Anne" not in cli("show", "-f", "json").stdout and "Anne" not in cli("show").stdout


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_printouts_have_room_for_the_talk(cli, home, lang):
    seed(home, make("aaaaaa", "2024-01-01", {C1: 2}))
    for fmt in ("html", "markdown"):
        out = cli("show", "-f", fmt, "--lang", lang).stdout
        for key in ("talk.notes", "talk.topics", "talk.agreed", "talk.next"):
            assert t(key, lang) in out, (fmt, key)


def test_the_name_is_asked_once_the_first_time_a_printout_is_made_in_a_terminal(home, tmp_path, require_tool):
    """In a real pseudo-terminal: asked on the first printout, kept, never asked again."""
    try:
        import pexpect  # noqa: F401  (only whether it is there: terminal_driver runs it)
    except ImportError:
        require_tool(None, "pexpect (pip install -e .[test])")
    import sys

    from terminal_driver import Terminal

    seed(home, make("aaaaaa", "2024-01-01", {C1: 2}))
    env = {k: v for k, v in os.environ.items() if not k.startswith("NETLEDER_")}
    env.update(NETLEDER_HOME=str(home), COLUMNS="100",
               PYTHONPATH=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

    def printout(name: str, answer: str | None) -> str:
        target = tmp_path / name
        terminal = Terminal([sys.executable, "-m", "netleder", "show", "-o", str(target)], env)
        if answer is not None:
            terminal.answer(t("talk.ask_name", "da"), answer + "\r")
        status, screen = terminal.finish()  # fails fast if it asks (again)
        assert status == 0, screen
        if answer is None:
            assert t("talk.ask_name", "da") not in screen
        return target.read_text(encoding="utf-8")

    page = printout("first.html", "Anne Ærø")
    assert "<strong>Netværksleder:</strong> Anne Ærø" in page
    page = printout("second.html", None)  # not asked again
    assert "<strong>Netværksleder:</strong> Anne Ærø" in page
    assert json.loads((home / "settings.json").read_text(encoding="utf-8")) == {"leader_name": "Anne Ærø"}


def test_every_format_shows_last_time_to_now_alike(comps, phases):
    import html as html_lib
    import re

    before, after = before_and_now()
    view = build_summary(after, phases, comps, "en", before)
    since = next(s for s in view.sections if s.key == "since_last")
    drawn = {
        "text": plain_text(writer("text", "summary")(view), 200),
        "markdown": writer("markdown", "summary")(view).replace("\\", ""),
        "html": html_lib.unescape(re.sub(r"<[^>]+>", " ", writer("html", "summary")(view))),
    }
    for fmt, text in drawn.items():
        part = " ".join(text.split(t("summary.since_last", "en"), 1)[1].split(t("summary.growth", "en"), 1)[0].split())
        for m in since.items:
            for value in (m.title.split(". ", 1)[1], m.before, m.after):
                assert value in part, (fmt, value)
        # one up (C1), one down (C2), one unchanged (C3), each once more in the note; none for C4, C5
        assert (part.count("↑"), part.count("↓"), part.count("=")) == (2, 2, 2), fmt
