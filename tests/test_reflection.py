"""The domain's core rules (strengths, growth, comparison, snapshots) and the JSON forms.

Pure: no terminal, no store, no prompts. The JSON part checks the public shape of
`reflect --format json`, the lossless record round trip used by export/import, and that a
damaged export document is always a BadInput listing every problem, never a traceback.
"""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builders import make
from netleder.errors import BadInput
from netleder.exchange.record_check import EXPORT_FORMAT
from netleder.exchange.records import (
    read_export,
    reflection_from_record,
    reflection_to_record,
    reflections_from_export,
    reflections_to_export,
)
from netleder.i18n import t
from netleder.reflection import (
    FOLLOW_UP_STATUSES,
    ID_ALPHABET,
    NETWORK_TYPES,
    FollowUp,
    Reflection,
    Snapshot,
    Summary,
    new_id,
    summarize,
)
from summaries import summary_json

IDS = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]


# --- summarize ---------------------------------------------------------------------------


SCALE = [1, 2, 3, 4, 5]  # the built-in scale's values: upper part 4 and 5, lower part 1 and 2


def test_strengths_are_the_upper_part_of_the_scale_and_growth_the_lower():
    ratings = dict(zip(IDS[:6], [1, 2, 3, 4, 5, 5]))
    s = summarize(ratings, IDS[:6], SCALE)
    assert s == Summary(strengths=("e", "f", "d"), growth=("a", "b"), even=False)  # 3 is neither


def test_a_middle_rating_is_never_a_strength_however_it_ranks():
    """The honesty rule: "Nogle gange" (3) is not a strength even when it is the best a leader gave."""
    s = summarize({"a": 3, "b": 2, "c": 1}, ["a", "b", "c"], SCALE)
    assert s.strengths == () and s.highest == ("a",) and s.growth == ("c", "b")


def test_ties_are_broken_in_competence_order():
    ratings = {"a": 4, "b": 5, "c": 4, "d": 2, "e": 2}
    assert summarize(ratings, ["a", "b", "c", "d", "e"], SCALE) == Summary(("b", "a", "c"), ("d", "e"), False)
    assert summarize(ratings, ["e", "d", "c", "b", "a"], SCALE) == Summary(("b", "c", "a"), ("e", "d"), False)


def test_all_equal_ratings_say_even_and_name_no_highest():
    assert summarize({cid: 3 for cid in IDS}, IDS, SCALE) == Summary((), (), even=True)
    # all in the upper part: every one of them is a strength, and the ratings are even
    assert summarize({"a": 5, "b": 5}, ["a", "b"], SCALE) == Summary(("a", "b"), (), even=True)


def test_one_competence():
    assert summarize({"a": 5}, ["a"], SCALE) == Summary(("a",), (), even=False)
    assert summarize({"a": 3}, ["a"], SCALE) == Summary((), (), even=False)
    assert summarize({"a": 1}, ["a"], SCALE) == Summary((), ("a",), even=False)


def test_no_ratings_at_all():
    assert summarize({}, IDS, SCALE) == Summary((), (), False)


def test_unrated_competences_are_ignored():
    ratings = {"a": 1, "b": None, "c": 5, "e": 3, "f": 4}
    s = summarize(ratings, ["a", "b", "c", "d", "e", "f"], SCALE)
    assert s == Summary(("c", "f"), ("a",), False)


def test_ratings_outside_the_scope_are_ignored():
    # A draft whose scope was narrowed keeps the old ratings, but they are not shown: so they
    # must not be named as strengths or growth areas either.
    s = summarize({"x": 1, "a": 1, "b": 5, "c": 5, "d": 2}, ["a", "b", "c", "d"], SCALE)
    assert s == Summary(("b", "c"), ("a", "d"), False)
    assert "x" not in s.growth


def test_the_middle_of_another_scale():
    # a 0-3 scale: the middle is 1.5, so 2 and 3 are the upper part, 0 and 1 the lower
    s = summarize({"a": 0, "b": 1, "c": 2, "d": 3}, ["a", "b", "c", "d"], [0, 1, 2, 3])
    assert s == Summary(("d", "c"), ("a", "b"), False)


@pytest.mark.parametrize("seed", range(200))
def test_every_strength_is_rated_in_the_upper_part_and_above_every_growth_area(seed):
    import random

    rnd = random.Random(seed)
    ids = [f"c{i}" for i in range(rnd.randint(1, 12))]
    ratings = {cid: rnd.randint(1, 5) for cid in ids if rnd.random() < 0.9}
    s = summarize(ratings, ids, SCALE)
    assert not set(s.strengths) & set(s.growth)
    assert all(ratings[c] >= 4 for c in s.strengths) and all(ratings[c] <= 2 for c in s.growth)
    assert not (s.strengths and s.highest)  # "highest" only ever stands in for strengths
    if s.highest:
        assert all(ratings[c] == max(v for v in ratings.values() if v is not None) for c in s.highest)


def test_the_summary_of_a_reflection_uses_its_scope_order(comps):
    snap = Snapshot.from_content(comps, ["trygt-rum", "taenk-andre-ind", "forankring", "fremdrift"])
    r = make(ratings={"forankring": 4, "taenk-andre-ind": 4, "trygt-rum": 2, "fremdrift": 2}, snapshot=snap)
    # Snapshot order is the content's (1, 3, 8, 10), not the order the ids were given in.
    assert r.scope == ["taenk-andre-ind", "trygt-rum", "fremdrift", "forankring"]
    assert r.summary() == Summary(("taenk-andre-ind", "forankring"), ("trygt-rum", "fremdrift"), False)


# --- snapshots ---------------------------------------------------------------------------


def test_snapshot_round_trip(comps):
    snap = Snapshot.from_content(comps)
    assert len(snap.competences) == len(comps.competences)
    data = json.loads(json.dumps(snap.to_dict(), ensure_ascii=False))
    again = Snapshot.from_dict(data)
    assert again == snap
    assert again.scale_values == list(comps.scale_values)
    assert again.competence("trygt-rum").title == comps.find("trygt-rum").title
    assert "æ" in json.dumps(snap.to_dict(), ensure_ascii=False) or "ø" in json.dumps(
        snap.to_dict(), ensure_ascii=False
    )


def test_snapshot_subset_keeps_content_order_and_labels(comps):
    snap = Snapshot.from_content(comps, ["forankring", "taenk-andre-ind"])
    assert snap.ids == ["taenk-andre-ind", "forankring"]
    assert snap.label(comps.scale_values[0], "da") == comps.scale[0].label.da
    assert snap.label(None, "da") == "" and snap.label(99, "en") == "99"
    assert snap.competence("trygt-rum") is None


def test_new_ids_are_easy_to_type():
    ids = {new_id() for _ in range(200)}
    assert len(ids) > 190
    assert all(len(rid) == 6 and set(rid) <= set(ID_ALPHABET) for rid in ids)


# --- the JSON forms ----------------------------------------------------------------------

PUBLIC_KEYS = {
    "id", "created_at", "network", "network_type", "phase", "ratings", "answers", "next_steps",
    "strengths", "growth", "complete", "completed_at", "lang", "follow_ups", "facts", "sections", "keep_asking", "highest", "rating_labels",
    "in_play",
    "previous", "since_last",
}


@pytest.fixture
def full(comps) -> Reflection:
    snap = Snapshot.from_content(comps, ["taenk-andre-ind", "trygt-rum", "nysgerrighed", "forankring"])
    return make(
        "k7m2qz",
        "2025-03-01T10:00:00+01:00",
        snapshot=snap,
        network="Urban farming i Albertslund 🌱",
        network_type="welfare",
        phase="fokusering",
        ratings={"taenk-andre-ind": 2, "trygt-rum": 5, "nysgerrighed": 4, "forankring": 1},
        answers={
            "taenk-andre-ind": ["Vi glemte borgerne – øv!", ""],
            "trygt-rum": ["a\x00b\x01c\r\nd\re\u2028f", "😀" * 3],
            "nysgerrighed": ["", ""],
            "forankring": ["x" * 100_000, "  mellemrum bevares  "],
        },
        next_steps={"forankring": "Ring til Åse i Gårdhaven", "taenk-andre-ind": "Invitér foreningerne"},
        follow_ups=[FollowUp("trygt-rum", "Tal med Søren", "partly", "næsten ✓", "p2q3r4")],
        completed="2025-03-01T10:25:00+01:00",
        updated="2025-03-01T10:25:00+01:00",
    )


def test_public_json_shape(full):
    d = summary_json(full)
    assert set(d) == PUBLIC_KEYS
    assert d["id"] == "k7m2qz" and d["created_at"] == "2025-03-01T10:00:00+01:00"
    assert d["complete"] is True and d["completed_at"] == "2025-03-01T10:25:00+01:00"
    assert (d["network"], d["network_type"], d["phase"], d["lang"]) == (
        "Urban farming i Albertslund 🌱", "welfare", "fokusering", "da")
    assert d["ratings"] == {"taenk-andre-ind": 2, "trygt-rum": 5, "nysgerrighed": 4, "forankring": 1}
    assert all(type(v) is int for v in d["ratings"].values())
    assert list(d["ratings"]) == full.scope  # competences in the reflection's order
    assert d["answers"] == {cid: a for cid, a in full.answers.items() if any(a)}  # answered ones, as every format shows
    assert list(d["next_steps"]) == ["taenk-andre-ind", "forankring"]  # scope order, not insertion
    assert d["strengths"] == ["trygt-rum", "nysgerrighed"] and d["growth"] == ["forankring", "taenk-andre-ind"]
    assert d["follow_ups"] == [
        {"competence": "trygt-rum", "step": "Tal med Søren", "status": "partly", "note": "næsten ✓", "from": "p2q3r4"}
    ]


def test_public_json_keeps_text_unescaped(full):
    from netleder.formats import json as json_format
    from netleder.views.summary import build_summary

    text = json_format.summary(build_summary(full, None, None, "da"))
    assert "Åse i Gårdhaven" in text and "😀😀😀" in text and "🌱" in text
    assert "\\u00c5" not in text and "\\ud83d" not in text  # not ASCII-escaped
    assert "a\\u0000b\\u0001c\\r\\nd\\re" in text  # control characters: valid JSON escapes
    assert text.endswith("}\n")


def test_public_json_of_a_draft_leaves_out_unrated_and_empty(comps):
    snap = Snapshot.from_content(comps, ["trygt-rum", "fremdrift"])
    r = make("abcdef", "2025-01-01T10:00:00Z", {"trygt-rum": 3, "fremdrift": None}, lang="en", snapshot=snap,
             next_steps={"trygt-rum": ""}, complete=False, updated=None)
    d = summary_json(r)
    assert d["complete"] is False and d["completed_at"] is None
    assert d["ratings"] == {"trygt-rum": 3} and d["next_steps"] == {} and d["answers"] == {}
    assert d["strengths"] == [] and d["growth"] == [] and d["follow_ups"] == []


def test_record_round_trip_is_lossless(full):
    record = json.loads(json.dumps(reflection_to_record(full), ensure_ascii=False))
    again = reflection_from_record(record)
    assert again == full
    assert again.answers["forankring"][0] == "x" * 100_000
    assert again.answers["trygt-rum"][0] == "a\x00b\x01c\r\nd\re\u2028f"
    assert again.follow_ups == full.follow_ups and again.snapshot == full.snapshot


def test_export_round_trip(full, comps):
    draft = make("w3x4y5", "2025-04-01T09:00:00Z", {"trygt-rum": None, "fremdrift": 2}, lang="en", comps=comps,
                 complete=False, updated=None)
    doc = json.loads(json.dumps(reflections_to_export([full, draft]), ensure_ascii=False))
    assert doc["format"] == EXPORT_FORMAT and doc["version"] == 1 and len(doc["reflections"]) == 2
    assert reflections_from_export(doc) == [full, draft]
    # Export, import, export again: the same document.
    again = json.loads(json.dumps(reflections_to_export(reflections_from_export(doc)), ensure_ascii=False))
    assert again == doc


def test_export_ignores_unknown_top_level_keys(full):
    doc = reflections_to_export([full]) | {"exported_at": "2025-05-01T00:00:00Z"}
    assert reflections_from_export(doc) == [full]


# --- a damaged export document: every problem, never a traceback ------------------------


def _record(full) -> dict:
    return json.loads(json.dumps(reflection_to_record(full), ensure_ascii=False))


def _problems(doc, lang: str = "da") -> list[str]:
    with pytest.raises(BadInput) as info:
        reflections_from_export(doc)
    assert info.value.exit_code == 2
    message, details = info.value.format(lang)
    assert message == t("x.invalid", lang, count=len(details) - 1)
    assert details[-1] == t("x.fix_hint", lang)
    return details[:-1]


def _doc(*records) -> dict:
    return {"format": EXPORT_FORMAT, "version": 1, "reflections": list(records)}


W = "reflections[1] (k7m2qz)"


def _set(path, value):
    def change(rec):
        target = rec
        for key in path[:-1]:
            target = target[key]
        if value is _DELETE:
            del target[path[-1]]
        else:
            target[path[-1]] = value
    return change


_DELETE = object()

BAD_RECORDS = [
    ("missing id", _set(["id"], _DELETE), f"reflections[1]: {t('p.missing', 'da', key='id')}"),
    ("id latest", _set(["id"], "latest"),
     "reflections[1] (latest).id: " + t("x.bad_id", "da", value="latest", alphabet=ID_ALPHABET)),
    ("id a number", _set(["id"], 7), "reflections[1].id: " + t("p.expected_text", "da", got=t("t.number", "da"))),
    ("created_at not ISO", _set(["created_at"], "1. marts 2025"),
     f"{W}.created_at: " + t("x.bad_date", "da", value="1. marts 2025")),
    ("created_at without time zone", _set(["created_at"], "2025-03-01T10:00:00"),
     f"{W}.created_at: " + t("x.bad_date", "da", value="2025-03-01T10:00:00")),
    ("created_at only a date", _set(["created_at"], "2025-03-01"),
     f"{W}.created_at: " + t("x.bad_date", "da", value="2025-03-01")),
    ("completed_at impossible date", _set(["completed_at"], "2025-02-30T10:00:00+01:00"),
     f"{W}.completed_at: " + t("x.bad_date", "da", value="2025-02-30T10:00:00+01:00")),
    ("unknown lang", _set(["lang"], "sv"), f"{W}.lang: " + t("x.bad_lang", "da", value="sv", choices="da, en")),
    ("unknown network type", _set(["network_type"], "sports"),
     f"{W}.network_type: " + t("a.unknown_network_type", "da", value="sports", choices=", ".join(NETWORK_TYPES))),
    ("rating as text", _set(["ratings", "trygt-rum"], "5"),
     f"{W}.ratings.trygt-rum: " + t("p.expected_int", "da", got=t("t.text", "da"))),
    ("rating as float", _set(["ratings", "trygt-rum"], 4.0),
     f"{W}.ratings.trygt-rum: " + t("p.expected_int", "da", got=t("t.number", "da"))),
    ("rating as bool", _set(["ratings", "trygt-rum"], True),
     f"{W}.ratings.trygt-rum: " + t("p.expected_int", "da", got=t("t.bool", "da"))),
    ("rating off the scale", _set(["ratings", "trygt-rum"], 9),
     f"{W}.ratings.trygt-rum: " + t("x.rating_range", "da", value=9, low=1, high=5)),
    ("rating for a competence not in the snapshot", _set(["ratings", "fremdrift"], 3),
     f"{W}.ratings.fremdrift: " + t("x.not_in_snapshot", "da", id="fremdrift",
                                    ids="taenk-andre-ind, trygt-rum, nysgerrighed, forankring")),
    ("ratings a list", _set(["ratings"], [1, 2]),
     f"{W}.ratings: " + t("p.expected_mapping", "da", got=t("t.list", "da"))),
    ("answers not a list", _set(["answers", "trygt-rum"], "svar"),
     f"{W}.answers.trygt-rum: " + t("p.expected_list", "da", got=t("t.text", "da"))),
    ("an answer a number", _set(["answers", "nysgerrighed"], ["", 3]),
     f"{W}.answers.nysgerrighed[2]: " + t("p.expected_text", "da", got=t("t.number", "da"))),
    ("too many answers", _set(["answers", "nysgerrighed"], ["a", "b", "c"]),
     f"{W}.answers.nysgerrighed: " + t("a.too_many_answers", "da", count=3, questions=2)),
    ("a lone surrogate", _set(["next_steps", "forankring"], "x\ud800"),
     f"{W}.next_steps.forankring: " + t("a.bad_char", "da")),
    ("follow-up status", _set(["follow_ups", 0, "status"], "done-ish"),
     f"{W}.follow_ups[1].status: " + t("a.bad_status", "da", value="done-ish", choices=", ".join(FOLLOW_UP_STATUSES))),
    ("follow-up without step", _set(["follow_ups", 0, "step"], _DELETE),
     f"{W}.follow_ups[1]: " + t("p.missing", "da", key="step")),
    ("unknown key in a reflection", _set(["mood"], "glad"),
     f"{W}: " + t("p.unknown_key", "da", key="mood",
                  allowed=("id, created_at, lang, snapshot, updated_at, completed_at, network, network_type, "
                           "phase, ratings, answers, next_steps, follow_ups"))),
    ("snapshot missing", _set(["snapshot"], _DELETE), f"{W}: " + t("p.missing", "da", key="snapshot")),
    ("snapshot scale value text", _set(["snapshot", "scale", 0, "value"], "1"),
     f"{W}.snapshot.scale[1].value: " + t("p.expected_int", "da", got=t("t.text", "da"))),
    ("snapshot scale empty", _set(["snapshot", "scale"], []), f"{W}.snapshot.scale: " + t("x.empty_scale", "da")),
    ("snapshot label without en", _set(["snapshot", "competences", 1, "title"], {"da": "Trygt rum"}),
     f"{W}.snapshot.competences[2].title: " + t("p.missing", "da", key="en")),
    ("snapshot competence twice", _set(["snapshot", "competences", 1, "id"], "taenk-andre-ind"),
     f"{W}.snapshot.competences[2].id: " + t("x.dup_competence", "da", id="taenk-andre-ind")),
    ("snapshot questions not a list", _set(["snapshot", "competences", 0, "questions"], "?"),
     f"{W}.snapshot.competences[1].questions: " + t("p.expected_list", "da", got=t("t.text", "da"))),
]


@pytest.mark.parametrize("name, change, expected", BAD_RECORDS, ids=[b[0] for b in BAD_RECORDS])
def test_bad_record_is_reported_where_it_is(full, name, change, expected):
    rec = _record(full)
    change(rec)
    problems = _problems(_doc(rec))
    assert expected in problems, problems


@pytest.mark.parametrize(
    "doc, expected",
    [
        (None, t("x.not_export", "da", format=EXPORT_FORMAT)),
        ([], t("x.not_export", "da", format=EXPORT_FORMAT)),
        ({"format": "something-else", "version": 1, "reflections": []}, t("x.not_export", "da", format=EXPORT_FORMAT)),
        ({"format": EXPORT_FORMAT, "version": 2, "reflections": []},
         "version: " + t("x.newer_version", "da", version=2)),
        ({"format": EXPORT_FORMAT, "version": "1", "reflections": []},
         "version: " + t("x.bad_version", "da", version='"1"', expected=1)),
        ({"format": EXPORT_FORMAT, "version": True, "reflections": []},
         "version: " + t("x.bad_version", "da", version="true", expected=1)),
        ({"format": EXPORT_FORMAT, "reflections": []}, "version: " + t("x.no_version", "da", expected=1)),
        ({"format": EXPORT_FORMAT, "version": None, "reflections": []},
         "version: " + t("x.no_version", "da", expected=1)),
        ({"format": EXPORT_FORMAT, "version": 1}, t("p.missing", "da", key="reflections")),
        ({"format": EXPORT_FORMAT, "version": 1, "reflections": {}},
         "reflections: " + t("p.expected_list", "da", got=t("t.mapping", "da"))),
        (_doc(["not", "an", "object"]), "reflections[1]: " + t("p.expected_mapping", "da", got=t("t.list", "da"))),
    ],
)
def test_bad_document(doc, expected):
    assert _problems(doc) == [expected]


def test_every_problem_in_a_document_is_listed(full):
    one, two, three = _record(full), _record(full), _record(full)
    one["created_at"] = "i går"
    two["ratings"]["trygt-rum"] = 0
    three["lang"] = "fr"
    problems = _problems(_doc(one, two, three, 42))
    assert problems == [
        f"{W}.created_at: " + t("x.bad_date", "da", value="i går"),
        "reflections[2] (k7m2qz).ratings.trygt-rum: " + t("x.rating_range", "da", value=0, low=1, high=5),
        "reflections[2] (k7m2qz).id: " + t("x.dup_id", "da", value="k7m2qz", other="reflections[1]"),
        "reflections[3] (k7m2qz).lang: " + t("x.bad_lang", "da", value="fr", choices="da, en"),
        "reflections[3] (k7m2qz).id: " + t("x.dup_id", "da", value="k7m2qz", other="reflections[1]"),
        "reflections[4]: " + t("p.expected_mapping", "da", got=t("t.number", "da")),
    ]


def test_a_single_bad_record_raises_bad_input(full):
    rec = _record(full)
    rec["ratings"] = None
    with pytest.raises(BadInput) as info:
        reflection_from_record(rec)
    assert info.value.format("da")[0] == t("x.record_invalid", "da", id="k7m2qz", count=1)
    assert info.value.format("da")[1] == ["ratings: " + t("p.expected_mapping", "da", got=t("t.null", "da"))]


def test_messages_in_english(full):
    rec = _record(full)
    rec["created_at"] = "yesterday"
    assert _problems(_doc(rec), "en") == [
        (f"{W}.created_at: 'yesterday' is not a date and time in ISO 8601 with a time zone, "
        "e.g. 2025-03-01T10:00:00+01:00")
    ]


def test_danish_message_reads_naturally(full):
    rec = _record(full)
    rec["ratings"]["trygt-rum"] = 9
    assert _problems(_doc(rec)) == [f"{W}.ratings.trygt-rum: vurderingen 9 ligger uden for refleksionens skala (1–5)"]


# --- reading an export file --------------------------------------------------------------


def test_read_export_file(tmp_path, full):
    path = tmp_path / "eksport.json"
    path.write_text(json.dumps(reflections_to_export([full]), ensure_ascii=False), encoding="utf-8")
    assert read_export(path) == [full]


@pytest.mark.parametrize(
    "content, expected",
    [
        (b'{"format": "netleder-reflections",\n "version": 1,\n "reflections": [}',
         lambda p: t("x.json_syntax", "da", path=p, reason=t("lib.json.value", "da"), line=3, col=18)),
        (b"\xff\xfe{}", lambda p: t("x.not_utf8", "da", path=p, pos=0)),
        (b'{"format": "netleder-reflections", "version": NaN, "reflections": []}',
         lambda p: t("x.json_syntax", "da", path=p, reason=t("x.json_constant", "da", value="NaN"), line="?", col="?")),
    ],
    ids=["syntax", "not-utf8", "nan"],
)
def test_read_export_bad_file(tmp_path, content, expected):
    path = tmp_path / "eksport.json"
    path.write_bytes(content)
    with pytest.raises(BadInput) as info:
        read_export(path)
    assert info.value.format("da")[0] == expected(path)


def test_read_export_duplicate_keys_and_missing_and_folder(tmp_path, full):
    path = tmp_path / "eksport.json"
    text = json.dumps(reflections_to_export([full]), ensure_ascii=False)
    path.write_text(text.replace('"lang": "da"', '"lang": "da", "lang": "en"', 1), encoding="utf-8")
    with pytest.raises(BadInput) as info:
        read_export(path)
    assert info.value.format("da")[0] == t("x.invalid_file", "da", path=path, count=1)
    assert info.value.format("da")[1][0] == t("x.dup_key", "da", key="lang")
    with pytest.raises(BadInput) as info:
        read_export(tmp_path / "findes-ikke.json")
    assert info.value.format("da")[0] == t("x.missing", "da", path=tmp_path / "findes-ikke.json")
    with pytest.raises(BadInput) as info:
        read_export(tmp_path)
    assert info.value.format("da")[0] == t("x.is_dir", "da", path=tmp_path)


# --- properties --------------------------------------------------------------------------

_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    answer=_text, step=_text, network=st.one_of(st.none(), _text),
    rating=st.sampled_from([1, 2, 3, 4, 5, None]), status=st.sampled_from(FOLLOW_UP_STATUSES),
)
def test_any_text_survives_the_record_round_trip(comps, answer, step, network, rating, status):
    snap = Snapshot.from_content(comps, ["trygt-rum", "fremdrift"])
    r = make(ratings={"trygt-rum": rating}, snapshot=snap, network=network, answers={"trygt-rum": [answer, ""]},
             next_steps={"fremdrift": step}, follow_ups=[FollowUp("x", step, status, answer)],
             complete=False, updated=None)
    text = json.dumps(reflections_to_export([r]), ensure_ascii=False)
    assert reflections_from_export(json.loads(text)) == [r]


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | _text,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(_text, children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.lists(st.sampled_from(["id", "created_at", "lang", "snapshot", "ratings", "answers", "scale",
                                      "competences", 0, 1, "title", "questions", "follow_ups", "trygt-rum"]),
                     min_size=1, max_size=4),
       value=_json)
def test_a_mangled_export_is_bad_input_or_valid_never_a_crash(full, path, value):
    doc = _doc(_record(full))
    target = doc["reflections"][0]
    for key in path[:-1]:
        try:
            target = target[key]
        except (KeyError, IndexError, TypeError):
            break
    try:
        target[path[-1]] = value
    except (TypeError, IndexError):
        pass
    try:
        result = reflections_from_export(copy.deepcopy(doc))
    except BadInput as exc:
        assert exc.format("da")[1] and all(isinstance(d, str) for d in exc.format("da")[1])
    else:
        assert len(result) == 1


def test_a_growth_area_is_never_also_named_highest_rated():
    """With every rating below the middle there is no "highest rated": the top one would be a
    growth area and "highest" at once (the tester's case after an edit: 2 and 1 on 1-5)."""
    s = summarize({"a": 2, "b": 1}, ["a", "b"], [1, 2, 3, 4, 5])
    assert s.growth == ("b", "a") and s.highest == () and s.strengths == ()
    s = summarize({"a": 3, "b": 1}, ["a", "b"], [1, 2, 3, 4, 5])  # the middle is not a growth area
    assert s.highest == ("a",) and s.growth == ("b",)
