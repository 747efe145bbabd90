"""Where an old scale meets the new one: a reflection keeps the scale it was answered on (its
snapshot), so one answered before the scale changed reads as it was answered. Wherever two
reflections on different scales meet (compare, the trend in history, "Sidst → nu", last time's
rating in the wizard), each is shown by its own scale's labels, no arrow pretends the steps are
one, and a plain note says so with both scales in words."""

from __future__ import annotations

import json

from builders import builtin_competences, builtin_ids, flat, make, seed
from netleder.content.model import Text
from netleder.formats import writer
from netleder.i18n import t
from netleder.output import plain_text
from netleder.reflection import Snapshot
from netleder.views.comparison import build_comparison
from netleder.views.summary import build_summary
from wizard_driver import ENTER, WizardRun

IDS = builtin_ids()


C1, C2, C3 = IDS[:3]
OLD_LABELS = [("Sjældent", "Rarely"), ("Af og til", "Sometimes"), ("Ofte", "Often"), ("Som regel", "Usually"),
              ("Også når det er svært", "Even when it gets hard")]


def old_snapshot(scope=(C1, C2, C3)) -> Snapshot:
    """The built-in competences on the scale netleder used before: what an old reflection keeps."""
    now = Snapshot.from_content(builtin_competences(), list(scope))
    return Snapshot(tuple((i + 1, Text(da, en)) for i, (da, en) in enumerate(OLD_LABELS)), now.competences)


def old_and_new():
    before = make("before", "2024-01-10", {C1: 4, C2: 2, C3: 3}, snapshot=old_snapshot(), network="Haver")
    after = make("nownow", "2024-06-10", {C1: 4, C2: 4, C3: 1}, scope=[C1, C2, C3], network="Haver")
    return before, after


def test_the_builtin_scale_is_not_the_old_one():
    assert not old_snapshot().same_scale(Snapshot.from_content(builtin_competences(), [C1]))
    assert Snapshot.from_content(builtin_competences()).same_scale(Snapshot.from_content(builtin_competences(), [C1]))


def test_compare_across_scales_has_no_direction_and_says_why():
    before, after = old_and_new()
    view = build_comparison(after, before)
    assert not view.same_scale
    assert [(m.cid, m.direction) for m in view.moved] == [(C1, ""), (C2, ""), (C3, "")]  # 4 → 4 is not "same"
    same = build_comparison(after, make("later", "2024-09-10", {C1: 2}, scope=[C1, C2, C3]))
    assert same.same_scale and [m.direction for m in same.moved] == ["down"]


def test_compare_on_the_command_line_shows_each_scale_and_no_arrow(cli, home):
    before, after = old_and_new()
    seed(home, before, after)
    out = cli("compare", env={"COLUMNS": "120"}).stdout
    text = flat(out)
    assert "Som regel" in text and "Ofte" in text  # each reflection by its own labels
    assert "↑" not in out and "↓" not in out and " = " not in out.replace("==", "")
    note = t("scale.other_scale", "da", before="»Sjældent«, »Af og til«, »Ofte«, »Som regel«, »Også når det er svært«",
             after="»Næsten aldrig«, »Sjældent«, »Nogle gange«, »Ofte«, »Næsten altid«")
    assert note in text
    assert t("compare.legend", "da") not in text  # the arrows' legend would promise arrows
    data = json.loads(cli("compare", "-f", "json").stdout)
    assert data["same_scale"] is False
    assert {cid: change["direction"] for cid, change in data["changes"].items()} == {C1: None, C2: None, C3: None}


def test_since_last_across_scales_keeps_both_labels_and_draws_no_arrow(comps, phases):
    before, after = old_and_new()
    view = build_summary(after, phases, comps, "da", before)
    since = next(s for s in view.sections if s.key == "since_last")
    assert [(m.before, m.after, m.direction) for m in since.items] == [
        ("Som regel", "Ofte", ""), ("Af og til", "Ofte", ""), ("Ofte", "Næsten aldrig", "")]
    assert "hver sin skala" in since.note and "»Også når det er svært«" in since.note and "»Næsten altid«" in since.note
    text = plain_text(writer("text", "summary")(view), 100)
    assert "Som regel → Ofte\n" in text and "↑" not in text and "↓" not in text
    english = build_summary(after, phases, comps, "en", before)
    note = next(s for s in english.sections if s.key == "since_last").note
    assert "different scales" in note and "'Even when it gets hard'" in note


def test_the_trend_draws_no_arrow_between_two_scales_and_says_so(cli, home):
    before, after = old_and_new()
    later = make("latest", "2024-09-10", {C1: 5}, scope=[C1, C2, C3], network="Haver")
    seed(home, before, after, later)
    out = cli("history", "-c", "1", env={"COLUMNS": "120"}).stdout
    lines = {line.split()[3]: line for line in out.splitlines() if line[:1].isdigit() and len(line.split()) > 3}
    assert "Som regel" in lines["before"] and "↑" not in lines["nownow"] and "=" not in lines["nownow"]
    assert "↑" in lines["latest"]  # Ofte → Næsten altid, on the same scale
    assert "tidligere skala" in flat(out) and "»Næsten altid«" in flat(out)
    page = cli("history", "-c", "1", "-f", "html").stdout
    assert "tidligere skala" in page


def test_the_wizard_names_last_times_rating_by_its_own_scale(home):
    seed(home, make("before", "2024-01-10", {C1: 4}, snapshot=old_snapshot([C1])))
    with WizardRun(scope=[C1]) as w:
        w.text("wizard.context.network", "")
        w.enter("wizard.context.type").enter("wizard.context.phase")
        for _ in builtin_competences().find(C1).questions:
            w.text("wizard.answer", "")
        w.expect("scale.question").answer(ENTER)
        w.enter("wizard.next.pick").enter("wizard.review.ask")
    reflection, screen = w.finish()
    assert not isinstance(reflection, Exception), reflection
    said = flat(screen)
    assert "Sidste gang svarede du »Som regel« på en tidligere skala:" in said  # not the new scale's »Ofte«
    assert "»Også når det er svært«" in said
