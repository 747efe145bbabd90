"""The summary of a reflection (render_summary.summary_view) as a reader sees it: plain text
at 60 columns, the same words with colour, and user text shown exactly as typed."""

from __future__ import annotations

import io
import re

import pytest
from rich.console import Console

from builders import builtin_competences, builtin_ids, builtin_phases, make
from netleder import output
from netleder.formats.terminal import rating_bar
from netleder.reflection import FollowUp, Reflection, Snapshot
from netleder.safe_text import user_text
from summaries import summary_view

IDS = builtin_ids()
TITLE = {c.id: c.title("da") for c in builtin_competences().competences}
SGR = re.compile(r"\x1b\[[0-9;]*m")


def reflection(ratings: list[int | None], **extra) -> Reflection:
    snapshot = Snapshot.from_content(builtin_competences(), IDS[: len(ratings)])
    values = {cid: v for cid, v in zip(IDS, ratings) if v is not None}
    fields = {"completed": "2025-03-04T10:30:00+01:00", "updated": None}
    fields.update(extra)
    return make("k7m2pq", "2025-03-04T10:00:00+01:00", values, snapshot=snapshot, **fields)


def plain(r: Reflection, lang: str = "da", width: int = 60) -> str:
    return output.plain_text(summary_view(r, builtin_phases(), lang), width)


@pytest.fixture
def full() -> Reflection:
    return reflection(
        [4, 2, 5, 3, 3, 1, 4, 4, 5, 2],
        network="Urban farming i Albertslund",
        network_type="welfare",
        phase="fokusering",
        answers={IDS[0]: ["Borgerforeningen og skolen", ""], IDS[5]: ["", "Jeg tager det op med\nmin chef"]},
        next_steps={IDS[5]: "Læse kommunens klimastrategi før næste møde"},
        follow_ups=[FollowUp(IDS[1], "Dele ledelsen ud", "partly", "Kun på ét møde", from_id="abc234")],
    )


def test_the_summary_at_60_columns_has_everything(full, comps):
    text = plain(full)
    assert all(len(line) <= 60 for line in text.splitlines()), text
    head = text.splitlines()[:5]
    assert head[0] == "Refleksion 4. marts 2025"
    assert "Netværk: Urban farming i Albertslund" in head
    assert "Type: Velfærdsnetværk" in head and "Fase 3: Fokusering" in head  # never "Fase: 3. …"
    # every competence with a bar, the number and the label, readable without colour
    for cid in IDS:
        assert TITLE[cid] in text
    assert "████░ Ofte" in text
    assert "█░░░░ Næsten aldrig" in text
    assert "█████ Næsten altid" in text
    assert "/5" not in text  # a rating is a step on the scale, shown by its label, never a grade
    # strengths (the upper part of the scale) and growth areas (the lower part), ties in competence order
    strengths = text[text.index("Dine styrker"):text.index("Dine udviklingsområder")]
    growth = text[text.index("Dine udviklingsområder"):text.index("Sådan gik det")]
    assert [cid for cid in IDS if TITLE[cid] in strengths] == [IDS[0], IDS[2], IDS[6], IDS[7], IDS[8]]
    assert strengths.index(TITLE[IDS[2]]) < strengths.index(TITLE[IDS[8]]) < strengths.index(TITLE[IDS[0]])
    assert [cid for cid in IDS if TITLE[cid] in growth] == [IDS[1], IDS[5], IDS[9]]
    assert growth.index(TITLE[IDS[5]]) < growth.index(TITLE[IDS[1]]) < growth.index(TITLE[IDS[9]])
    # follow-ups with status and note; next steps; the leader's own answers under the questions
    assert "Dele ledelsen ud" in text and "Delvist – Kun på ét møde" in text
    assert "Læse kommunens klimastrategi før næste møde" in text
    answers = text[text.index("Dine svar"):]
    assert "Borgerforeningen og skolen" in answers and "(intet svar)" in answers
    assert "Jeg tager det op med\n" in answers and "min chef" in answers
    assert TITLE[IDS[2]] not in answers  # no answers given there: not listed
    # each growth area's questions, to keep asking in the weeks ahead
    keep = text[text.index("Spørgsmål til dig selv"):text.index("Dine svar")]
    for cid in (IDS[5], IDS[1], IDS[9]):
        for question in comps.find(cid).questions:
            assert " ".join(question.text("da").split()[:6]) in " ".join(keep.split())
    assert TITLE[IDS[2]] not in keep


def test_colour_only_decorates(full, phases):
    buffer = io.StringIO()
    Console(file=buffer, width=60, force_terminal=True, color_system="truecolor").print(
        summary_view(full, phases, "da")
    )
    coloured = buffer.getvalue()
    assert SGR.search(coloured)  # there is colour on a terminal ...
    words = "\n".join(line.rstrip() for line in SGR.sub("", coloured).splitlines())
    assert words.strip() == plain(full).strip()  # ... and nothing but colour differs


def test_piped_and_no_color_output_is_plain(full, capsys, monkeypatch, phases):
    output.show(summary_view(full, phases, "da"), lang="da")
    piped = capsys.readouterr().out
    assert "\x1b" not in piped and "████░ Ofte" in piped
    monkeypatch.setenv("NO_COLOR", "1")
    output.show(summary_view(full, phases, "da"), lang="da")
    assert "\x1b" not in capsys.readouterr().out


def test_user_text_is_shown_literally_never_as_markup():
    tricky = "[bold]fed[/bold] <script>alert(1)</script> [link=http://x]klik[/link] :smile: *x*"
    r = reflection(
        [3, 1],
        network="[red]Rødt[/red] netværk",
        answers={IDS[0]: [tricky, "æøå ÆØÅ 🙂"]},
        next_steps={IDS[1]: "[/] ugyldig markup ["},
        follow_ups=[FollowUp(IDS[0], "<b>skridt</b>", "done", "[italic]note[/italic]")],
    )
    text = plain(r, width=200)
    for literal in (tricky, "[red]Rødt[/red] netværk", "[/] ugyldig markup [", "<b>skridt</b>",
                    "[italic]note[/italic]", "æøå ÆØÅ 🙂"):
        assert literal in text


def test_control_characters_cannot_steer_the_terminal():
    r = reflection([3, 1], answers={IDS[0]: ["rød\x1b[31m tekst\x07 og\r\nny linje\rsidste", ""]})
    text = plain(r, width=200)
    assert "\x1b" not in text and "\x07" not in text and "\r" not in text
    assert "rød␛[31m tekst␇ og\n" in text and "ny linje\n" in text
    assert user_text("a\r\nb\rc\td") == "a\nb\nc\td"


def test_even_ratings_say_so_instead_of_naming_strengths():
    text = plain(reflection([3, 3, 3, 3]))
    assert "ligger alle på samme trin" in text
    assert "Dine styrker" not in text and "Dine udviklingsområder" not in text
    assert "Spørgsmål til dig selv" not in text


def test_one_rating_in_the_upper_part_is_a_strength_and_an_unrated_competence_says_so():
    text = plain(reflection([4, None]))
    assert "Dine styrker" in text and "(Ofte)" in text
    assert "░░░░░ ikke vurderet" in text


def test_no_strength_is_claimed_below_the_upper_part_of_the_scale():
    text = plain(reflection([3, 2]))
    assert "Dine styrker" not in text
    assert "Højest vurderet" in text and "kaldes ikke styrker" in text
    assert "Dine udviklingsområder" in text


def test_a_draft_is_marked_and_an_unknown_phase_shows_its_id():
    text = plain(reflection([2, 5], completed=None, phase="gammel-fase"))
    assert "Refleksion 4. marts 2025 (kladde, ikke afsluttet)" in text
    assert "Fase: gammel-fase" in text


def test_english(full):
    full.lang = "en"
    text = plain(full, "en")
    assert text.startswith("Reflection 4 March 2025")
    assert "Type: Welfare network" in text and "Your strengths" in text and "Your areas for growth" in text
    assert "████░ Often" in text and "Partly – Kun på ét møde" in text
    assert "Questions to keep asking yourself in the weeks ahead" in text
    assert "Dine" not in text


def test_bar_follows_the_scale_not_a_fixed_five(comps):
    snapshot = Snapshot(((0, comps.scale[0].label), (1, comps.scale[1].label), (2, comps.scale[2].label)), ())
    assert rating_bar(0, snapshot, "da").plain == "█░░ Næsten aldrig"
    assert rating_bar(2, snapshot, "da").plain == "███ Nogle gange"


def test_a_huge_answer_is_cut_on_screen_but_kept_whole(tmp_path):
    """A pasted answer of megabytes must not take minutes to draw; the store keeps it all."""
    import time

    from netleder.formats.terminal import SCREEN_LIMIT, screen_answer

    huge = ("netværk " * 400_000)[: SCREEN_LIMIT * 5]
    start = time.process_time()
    text = screen_answer(huge, "da").plain
    assert time.process_time() - start < 5
    assert text.startswith(huge[:1000]) and len(text) < SCREEN_LIMIT + 200
    assert f"{len(huge) - SCREEN_LIMIT} tegn mere" in text
    assert screen_answer("kort svar", "da").plain == "kort svar"
    exact = "x" * SCREEN_LIMIT
    assert screen_answer(exact, "da").plain == exact  # 100,000 characters and more show whole


def test_the_date_is_the_leaders_own_day_in_words(monkeypatch):
    """Stored times keep their offset; shown, they are in the computer's time zone, in words."""
    import time

    from netleder.dates import human_date

    monkeypatch.setenv("TZ", "Europe/Copenhagen")
    time.tzset()
    try:
        # 00:30 in Copenhagen is the evening before in UTC: the leader's day is the 2nd
        assert human_date("2026-12-01T23:30:00Z", "da") == "2. december 2026"
        assert human_date("2026-12-01T23:30:00+00:00", "en") == "2 December 2026"
        assert human_date("2026-07-01T00:30:00+02:00", "da") == "1. juli 2026"
        assert human_date("ikke en dato", "da") == "ikke en dato"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


NUMBER_ALONE_AT_END = re.compile(r"([·:,]\s*|^\s*)\d+\.?$")  # '· 7' or ': 4.' ending a line, its title on the next


@pytest.mark.parametrize("lang", ["da", "en"])
def test_in_play_now_keeps_each_number_with_its_title_when_the_note_wraps(lang):
    """Fokusering calls on competences 4, 2 and 6; 4 is not rated: 'Ikke vurderet denne gang: 4.
    Sætter nysgerrighed …' never leaves '4.' at the end of a line, at any width."""
    r = reflection([4, 2, 5, None, 3, 1], phase="fokusering")
    title = builtin_competences().find(IDS[3]).title(lang)
    for width in [60, 80, *range(40, 101, 3)]:
        text = output.plain_text(summary_view(r, builtin_phases(), lang, builtin_competences()), width)
        assert f"4.\u00a0{title.split()[0]}" in text, (width, text)  # the note is there, number kept
        for line in text.splitlines():
            assert not NUMBER_ALONE_AT_END.search(line.rstrip()), (width, line)


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("columns", [60, 80, *range(44, 121, 4)])
def test_the_overviews_in_play_lines_keep_each_number_with_its_title(lang, columns):
    """`netleder phases --overview`: '· 7 Jagter …' never wraps between the 7 and 'Jagter'."""
    from netleder.content.loading import load_model
    from netleder.formats.terminal_handouts import overview
    from netleder.views.phases import overview as overview_view

    model, comps = load_model(None)
    text = output.plain_text(overview(overview_view(model, comps, lang)), columns)
    assert "·" in text
    for line in text.splitlines():
        assert not NUMBER_ALONE_AT_END.search(line.rstrip()), (columns, line)


def test_the_wizards_overview_hangs_a_wrapped_next_step_under_its_own_text(full):
    """The overview after the wizard: a next step too long for the line goes on indented under
    its own text, not at the edge under the bullet."""
    from netleder.formats.terminal_overview import overview
    from netleder.views.summary import build_summary

    view = build_summary(full, builtin_phases(), None, "da")
    text = output.plain_text(overview(view, "Overblik"), 40)
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines)
              if line.startswith("• ") and TITLE[IDS[5]] in " ".join(" ".join(lines[i:i + 2]).split()))
    rest = lines[at + 1:]
    step = rest[:next((i for i, line in enumerate(rest) if not line.startswith(" ")), len(rest))]
    assert step, lines  # the step went on over more than one line
    assert all(line.startswith("  ") for line in step)
    assert " ".join(" ".join(lines[at:at + 1 + len(step)]).split()).endswith("før næste møde")
