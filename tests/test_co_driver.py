"""One name for the co-driver (the handbook's), its role explained where a leader meets it, and
the co-driver's form in words to the giver: "Hvor ofte ser du [navn] …", each competence in the
third person, and "Kan ikke sige" kept as the giver's answer through import, show and print."""

from __future__ import annotations

import json
import re

import pytest

from builders import builtin_ids, flat, make, seed
from netleder.exchange.feedback import FEEDBACK_FORMAT
from netleder.i18n import MESSAGES, t
from netleder.reflection import Snapshot

IDS = builtin_ids()


def test_the_co_driver_has_one_name_in_every_message():
    for key, text in MESSAGES.items():
        assert "medkører" not in text["da"].lower(), key
    assert "co-driver" in t("help.cmd.invite", "da") and "sparringspartner" in t("help.cmd.invite", "da")
    assert "co-driver" in t("talk.notes_hint", "da") and "referenceleder" in t("talk.notes_hint", "da")


def test_invite_help_and_output_explain_the_co_driver(cli, tmp_path):
    helped = flat(cli("invite", "--help", env={"COLUMNS": "200"}).stdout)
    assert "co-driver" in helped and "tæt på praksis" in helped
    result = cli("invite", "--output", str(tmp_path / "formular.html"))
    assert result.exit_code == 0, result.stderr
    assert "co-driver" in result.stderr and "referenceleder" in result.stderr


def test_the_introduction_phase_says_who_the_co_driver_is(cli):
    out = flat(cli("phases", "introduktion", env={"COLUMNS": "200"}).stdout)
    assert "co-driver" in out and "sparringspartner" in out


def test_the_competences_view_has_the_handbooks_framing(cli):
    for lang in ("da", "en"):
        framing = t("competences.framing", lang)
        assert framing in flat(cli("competences", "--lang", lang, env={"COLUMNS": "300"}).stdout)
        assert framing in flat(cli("competences", "--format", "markdown", "--lang", lang).stdout)
        assert framing.replace("'", "&#39;") in cli("competences", "--format", "html", "--lang", lang).stdout
    assert "åbenhed og inddragelsen" in t("competences.framing", "da") and "fremdrift" in t("competences.framing", "da")


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_form_speaks_to_the_giver_about_the_leader(cli, home, comps, lang):
    assert cli("settings", "--name", "Mette Holm").exit_code == 0
    page = cli("invite", "--lang", lang).stdout.split('<script type="application/json"')[0]  # what the giver sees
    assert t("invite.ask_named", lang, leader="Mette Holm") in page
    for comp in comps.competences:
        assert comp.observed is not None
        assert comp.observed(lang).replace("'", "&#39;") in page  # in the third person
        assert comp.description(lang).replace("'", "&#x27;") not in page  # never "Du …" to the giver
    anonymous_home = cli("settings", "--forget-name")
    assert anonymous_home.exit_code == 0
    assert t("invite.ask", lang) in cli("invite", "--lang", lang).stdout  # the leader's own voice: "mig"


def test_every_builtin_observed_text_is_in_the_third_person(comps):
    for comp in comps.competences:
        words = re.findall(r"\w+", comp.observed.da.lower())
        assert "du" not in words and "dig" not in words and "din" not in words, comp.id
        assert comp.observed.da.startswith("Netværkslederen") and comp.observed.en.startswith("The network leader")


def test_cannot_say_is_kept_through_import_show_and_print(cli, home, comps, tmp_path):
    seed(home, make("aaaaaa", "2026-11-01", {IDS[0]: 2, IDS[1]: 4}, network="Haver"))
    snapshot = Snapshot.from_content(comps, IDS[:2])
    doc = {"format": FEEDBACK_FORMAT, "version": 1, "giver": "Mette", "date": "2026-11-30", "lang": "da",
           "snapshot": snapshot.to_dict(),
           "responses": {IDS[0]: {"rating": None, "comment": "", "cannot_say": True},
                         IDS[1]: {"rating": None, "comment": ""}}}
    path = tmp_path / "svar.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    result = cli("feedback", "import", str(path), "--network", "Haver")
    assert result.exit_code == 0, result.stderr  # a "Kan ikke sige" alone is an answer
    shown = cli("feedback", "show", "--network", "Haver", env={"COLUMNS": "200"}).stdout
    cannot, not_rated = t("invite.cannot_say", "da"), t("summary.not_rated", "da")
    assert cannot in shown and not_rated in shown  # the one said so; the other was left blank
    page = cli("feedback", "show", "--network", "Haver", "-f", "html").stdout
    assert cannot in page
    md = cli("feedback", "show", "--network", "Haver", "-f", "markdown").stdout
    assert cannot in md
    exported = json.loads(cli("export").stdout)
    [given] = exported["feedback"]
    assert given["responses"][IDS[0]] == {"rating": None, "comment": "", "cannot_say": True}
    assert given["responses"][IDS[1]] == {"rating": None, "comment": ""}  # as before: no new key


@pytest.mark.parametrize("bad, key", [({"rating": 3, "comment": "", "cannot_say": True}, "fb.cannot_say_and_rating"),
                                      ({"rating": None, "comment": "", "cannot_say": "ja"}, "fb.cannot_say_type")])
def test_a_cannot_say_that_contradicts_itself_is_refused(cli, home, comps, tmp_path, bad, key):
    snapshot = Snapshot.from_content(comps, IDS[:1])
    doc = {"format": FEEDBACK_FORMAT, "version": 1, "giver": "Mette", "date": "2026-11-30", "lang": "da",
           "snapshot": snapshot.to_dict(), "responses": {IDS[0]: bad}}
    path = tmp_path / "svar.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    result = cli("feedback", "import", str(path))
    assert result.exit_code == 2 and t(key, "da") in result.stderr


def test_the_form_saves_cannot_say_as_such():
    from importlib.resources import files

    SAVE_JS = (files("netleder.templates") / "form-save.js").read_text(encoding="utf-8")

    assert 'input.value === ""' in SAVE_JS and "cannot_say: true" in SAVE_JS
