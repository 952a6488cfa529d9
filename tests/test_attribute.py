"""Word -> speaker -> role assignment, without any model."""

from __future__ import annotations

import numpy as np

from scribe.attribute import (
    apply_roles,
    assign_roles,
    assign_speakers,
    build_turns,
    is_question,
)
from scribe.transcript import Turn, Word


def w(start: float, end: float, text: str, speaker: str | None = None) -> Word:
    return Word(start=start, end=end, text=text, speaker=speaker)


SEGMENTS = [(0.0, 2.0, "A"), (2.5, 5.0, "B"), (4.5, 6.0, "A")]


def test_assign_by_max_overlap() -> None:
    words = [w(0.1, 0.5, "hi"), w(1.8, 2.6, "there"), w(2.7, 3.0, "yes"), w(4.6, 5.5, "both")]
    out = assign_speakers(words, SEGMENTS)
    # 1.8-2.6 overlaps A by 0.2 and B by 0.1; 4.6-5.5 overlaps B by 0.4 and A by 0.9
    assert [x.speaker for x in out] == ["A", "A", "B", "A"]
    assert words[0].speaker is None  # inputs are not mutated


def test_assign_nearest_when_no_overlap() -> None:
    out = assign_speakers([w(2.1, 2.3, "um"), w(2.35, 2.45, "so"), w(7.0, 7.2, "bye")], SEGMENTS)
    assert [x.speaker for x in out] == ["A", "B", "A"]


def test_assign_without_segments_keeps_words() -> None:
    out = assign_speakers([w(0, 1, "x")], [])
    assert out[0].speaker is None and out[0].text == "x"


def test_build_turns_groups_consecutive_words_and_marks_overlap() -> None:
    words = [
        w(0.0, 0.4, " How", "A"),
        w(0.5, 0.9, " are", "A"),
        w(1.0, 1.4, " you?", "A"),
        w(4.6, 4.9, " Fine.", "B"),
        w(5.2, 5.6, " Good.", "A"),
    ]
    turns = build_turns(words, SEGMENTS)
    assert [(t.speaker, t.text) for t in turns] == [("A", "How are you?"), ("B", "Fine."), ("A", "Good.")]
    assert turns[0].start == 0.0 and turns[0].end == 1.4
    assert len(turns[0].words) == 3
    assert [t.overlap for t in turns] == [False, True, False]
    assert all(t.role == "unknown" for t in turns)


def test_build_turns_splits_on_long_pause() -> None:
    words = [w(0, 1, "a", "A"), w(5, 6, "b", "A")]
    assert len(build_turns(words)) == 1
    assert len(build_turns(words, max_pause=2.0)) == 2


def test_build_turns_empty() -> None:
    assert build_turns([]) == []


def turn(speaker: str, start: float, end: float, text: str) -> Turn:
    return Turn(speaker=speaker, role="unknown", start=start, end=end, text=text)


DIALOGUE = [
    turn("S1", 0, 3, "Hi, how have you been this week?"),
    turn("S0", 3, 12, "Honestly it was hard. Work was a lot and I did not sleep well."),
    turn("S1", 12, 14, "What made the nights hard?"),
    turn("S0", 14, 25, "I kept thinking about the deadline over and over."),
    turn("S1", 25, 27, "That sounds exhausting."),
    turn("S2", 27, 29, "Sorry, can I get the door?"),
]


def unit(*xs: float) -> np.ndarray:
    v = np.array(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


def test_roles_from_enrolment() -> None:
    emb = {"S0": unit(1, 0, 0), "S1": unit(0, 1, 0.1), "S2": unit(0, 0, 1)}
    roles = assign_roles(DIALOGUE, emb, {"dr_lee": unit(0, 1, 0)}, threshold=0.5)
    assert roles["S1"]["role"] == "clinician" and roles["S1"]["method"] == "enrolled"
    assert float(roles["S1"]["confidence"]) > 0.9  # type: ignore[arg-type]
    assert roles["S0"]["role"] == "client"
    assert roles["S2"]["role"] == "other"


def test_enrolment_below_threshold_falls_back_to_heuristic() -> None:
    emb = {"S0": unit(1, 0, 0), "S1": unit(0, 1, 0)}
    roles = assign_roles(DIALOGUE[:5], emb, {"dr_lee": unit(0, 0, 1)}, threshold=0.5)
    assert roles["S1"]["role"] == "clinician"
    assert roles["S1"]["method"] == "heuristic"
    assert float(roles["S1"]["confidence"]) <= 0.6  # type: ignore[arg-type]


def test_heuristic_picks_the_questioner_even_if_they_speak_second() -> None:
    dialogue = [turn("X", 0, 5, "I wanted to talk about my sister.")] + [
        turn("Y", 5, 7, "Tell me more. What happened?"),
        turn("X", 7, 20, "She called me and we argued."),
        turn("Y", 20, 22, "How did that feel?"),
    ]
    roles = assign_roles(dialogue, {}, {}, threshold=0.5)
    assert roles["Y"]["role"] == "clinician" and roles["X"]["role"] == "client"
    assert roles["Y"]["method"] == "heuristic"


def test_family_session_third_speaker_is_other() -> None:
    roles = assign_roles(DIALOGUE, {}, {}, threshold=0.5, session_type="family")
    assert roles["S2"]["role"] == "other"
    assert sorted(r["role"] for r in roles.values()) == ["client", "clinician", "other"]


def test_single_unenrolled_speaker_is_unknown() -> None:
    roles = assign_roles([turn("S0", 0, 5, "Notes for the file.")], {}, {}, threshold=0.5)
    assert roles == {"S0": {"role": "unknown", "confidence": 0.0, "method": "heuristic"}}


def test_apply_roles() -> None:
    turns = [turn("S0", 0, 1, "a"), turn("S9", 1, 2, "b")]
    apply_roles(turns, {"S0": {"role": "client", "confidence": 0.9, "method": "enrolled"}})
    assert [t.role for t in turns] == ["client", "unknown"]


def test_is_question() -> None:
    assert is_question("How are you sleeping")
    assert is_question("You said the week was hard? Tell me.")
    assert not is_question("I slept badly.")
