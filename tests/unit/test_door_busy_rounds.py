"""bench.door_busy's interleaved rounds: their order, the top-ups, and the figures made of them.

Pure parts only: no server is started and no time is measured; the round records
are made up with round numbers so every median, ratio and count is known.
"""

from __future__ import annotations

import pytest

from bench.door_busy import (
    RATIO_TARGET,
    SERVERS,
    BusyRun,
    Lane,
    Round,
    _record,
    round_line,
    round_order,
    size_problems,
    summarize,
    table_lines,
    top_ups,
)


def _round(
    index: int,
    bare: float,
    door: float,
    alone: float = 1000.0,
    *,
    heavy_after: int = 5,
    refused: int = 0,
    cpu: float | None = 0.9,
) -> Round:
    """A round whose segments ran at the given messages/s (1,000 messages each)."""

    def run(server: str, per_s: float, **kw: int) -> BusyRun:
        return BusyRun(server, "2KB", 1000 - refused, (1000 - refused) / per_s, refused, cpu, **kw)

    return Round(
        index,
        "2KB",
        round_order(index),
        {
            "bare": run("bare", bare),
            "door": run("door", door, pending_before=20 + index, pending_after=1000 + index),
            "alone": run("alone", alone),
        },
        heavy_before=heavy_after + 1,
        heavy_after=heavy_after,
        heavy_sent=16 if index == 2 else 0,
        heavy_by_lane={"parse": (heavy_after + 1, heavy_after), "ocr": (0, 0)},
    )


def test_rounds_alternate_abba_with_bare_and_door_neighbours() -> None:
    assert round_order(1) == ("bare", "door", "alone")
    assert round_order(2) == ("alone", "door", "bare")
    assert round_order(3) == round_order(1)
    assert round_order(4) == round_order(2)
    for i in range(1, 7):
        order = round_order(i)
        assert sorted(order) == sorted(SERVERS)
        assert abs(order.index("bare") - order.index("door")) == 1
    # Odd rounds: bare then door; even rounds: door then bare.
    assert round_order(1).index("bare") < round_order(1).index("door")
    assert round_order(2).index("door") < round_order(2).index("bare")
    # Over a pair of rounds each server sits at the same mean position (drift cancels).
    positions = {s: round_order(1).index(s) + round_order(2).index(s) for s in SERVERS}
    assert set(positions.values()) == {2}
    with pytest.raises(ValueError):
        round_order(0)


def test_top_ups_send_a_batch_to_a_lane_below_its_floor() -> None:
    parse = Lane("parse", "heavy@example.ro", batch=16, threads=4)
    ocr = Lane("ocr", "heavy-scan@example.ro", batch=4, threads=4)
    few = Lane("ocr", "heavy-scan@example.ro", batch=2, threads=4)
    off = Lane("ocr", "heavy-scan@example.ro", batch=0, threads=4)
    assert parse.floor == 4 and few.floor == 2
    assert top_ups([parse, ocr], {"parse": 4, "ocr": 4}) == {}
    assert top_ups([parse, ocr], {"parse": 3, "ocr": 9}) == {"parse": 16}
    assert top_ups([parse, ocr], {"parse": 0, "ocr": 0}) == {"parse": 16, "ocr": 4}
    assert top_ups([parse, ocr], {}) == {"parse": 16, "ocr": 4}
    assert top_ups([parse, few], {"parse": 10, "ocr": 2}) == {}  # its batch is its floor
    assert top_ups([parse, off], {"parse": 10, "ocr": 0}) == {}  # no scans asked for


def test_round_ratio_and_busy() -> None:
    r = _round(1, bare=800, door=600)
    assert r.ratio == pytest.approx(0.75)
    assert r.busy
    assert not _round(2, bare=800, door=600, heavy_after=0).busy
    # A bare segment that took no time: a ratio of 0, not a division by zero.
    r = _round(3, bare=800, door=600)
    dead = Round(
        3, "2KB", r.order, {**r.runs, "bare": BusyRun("bare", "2KB", 0, 0.0, 0, None)}, 1, 1
    )
    assert dead.ratio == 0.0


def test_summary_takes_the_median_of_the_rounds_own_ratios() -> None:
    rounds = [
        _round(1, bare=1000, door=500),  # 0.5
        _round(2, bare=500, door=450),  # 0.9
        _round(3, bare=800, door=560),  # 0.7
    ]
    s = summarize(rounds)
    assert s["ratio"] == s["ratio_median"] == pytest.approx(0.7)
    # Not the quotient of the medians (560 ÷ 800 is 0.7 here by chance; check each median).
    assert s["bare_fsync_per_s"] == pytest.approx(800)
    assert s["serve_busy_per_s"] == pytest.approx(500)
    assert (s["ratio_min"], s["ratio_max"]) == (pytest.approx(0.5), pytest.approx(0.9))
    assert s["rounds_met"] == 1
    assert s["rounds_counted"] == 3 and s["rounds_excluded"] == []
    assert s["verdict"] == "BELOW"
    assert s["messages"] == 3000
    assert (s["pending_before"], s["pending_after"]) == (21, 1003)
    assert [rr["round"] for rr in s["rounds"]] == [1, 2, 3]
    assert s["rounds"][1]["order"] == ["alone", "door", "bare"]
    assert s["rounds"][1]["heavy_sent_before"] == 16


def test_summary_median_of_an_even_count_is_the_mean_of_the_middle_two() -> None:
    rounds = [
        _round(1, bare=1000, door=600),  # 0.6
        _round(2, bare=1000, door=1000),  # 1.0
        _round(3, bare=1000, door=700),  # 0.7
        _round(4, bare=1000, door=900),  # 0.9
    ]
    s = summarize(rounds)
    assert s["ratio"] == pytest.approx(0.8)
    assert s["verdict"] == "PASS"  # 0.8 meets the target
    assert s["rounds_met"] == 2
    assert s["serve_busy_per_s"] == pytest.approx(800)


def test_a_round_not_busy_throughout_is_left_out_of_every_figure() -> None:
    rounds = [
        _round(1, bare=1000, door=500, alone=900),  # 0.5
        _round(2, bare=1000, door=2000, alone=100, heavy_after=0),  # 2.0, not busy
        _round(3, bare=1000, door=700, alone=700),  # 0.7
    ]
    s = summarize(rounds)
    assert s["rounds_excluded"] == [2]
    assert s["rounds_counted"] == 2
    assert s["ratio"] == pytest.approx(0.6)  # (0.5 + 0.7) / 2; with round 2 it would be 0.7
    assert s["ratio_max"] == pytest.approx(0.7)
    assert s["rounds_met"] == 0  # round 2's 2.0 does not count
    assert s["serve_busy_per_s"] == pytest.approx(600)
    assert s["door_alone_per_s"] == pytest.approx(800)
    assert s["busy_vs_alone"] == pytest.approx((500 / 900 + 1.0) / 2, abs=1e-3)
    assert s["rounds"][1]["busy"] is False
    assert s["messages"] == 3000  # every round's door messages, busy or not
    assert s["verdict"] == "BELOW"


def test_no_round_busy_gives_all_rounds_and_not_busy() -> None:
    rounds = [_round(i, bare=1000, door=900, heavy_after=0) for i in (1, 2)]
    s = summarize(rounds)
    assert s["verdict"] == "NOT BUSY"
    assert s["rounds_counted"] == 0 and s["rounds_excluded"] == [1, 2]
    assert s["ratio"] == pytest.approx(0.9)
    assert s["rounds_met"] == 0
    assert size_problems("2KB", rounds) == [
        "door-busy 2KB: only 0 of 2 rounds busy throughout "
        "(the workers ran out of heavy work before the door's load ended)"
    ]


def test_problems_need_half_the_rounds_busy_and_count_refusals() -> None:
    two_of_four = [_round(i, 1000, 800, heavy_after=5 if i % 2 else 0) for i in range(1, 5)]
    assert size_problems("2KB", two_of_four) == []
    one_of_three = [_round(i, 1000, 800, heavy_after=5 if i == 1 else 0) for i in range(1, 4)]
    assert len(size_problems("2KB", one_of_three)) == 1
    refused = [_round(1, 1000, 800, refused=3), _round(2, 1000, 800)]
    assert size_problems("2KB", refused) == [
        "bare 2KB: 3 messages not answered 250",
        "door 2KB: 3 messages not answered 250",
        "alone 2KB: 3 messages not answered 250",
    ]


def test_summarize_refuses_no_rounds() -> None:
    with pytest.raises(ValueError):
        summarize([])


def _rec(rounds: list[Round]) -> dict[str, object]:
    lanes = [Lane("parse", "heavy@example.ro", 16, 4), Lane("ocr", "heavy-scan@example.ro", 4, 4)]
    return _record({"2KB": rounds}, 4, 16, 4, len(rounds), {"2KB": 1000}, lanes)


def test_record_keeps_the_fields_callers_read() -> None:
    rec = _rec([_round(1, 1000, 500), _round(2, 1000, 900, heavy_after=0), _round(3, 1000, 700)])
    for key in ("clients", "ratio_target", "baseline", "backlog", "sizes", "problems"):
        assert key in rec
    assert rec["ratio_target"] == RATIO_TARGET
    assert rec["rounds"] == 3 and rec["method"] == "interleaved"
    s = rec["sizes"]["2KB"]  # type: ignore[index]
    for key in (
        "bare_fsync_per_s",
        "door_alone_per_s",
        "serve_busy_per_s",
        "ratio",
        "busy_vs_alone",
        "alone_vs_bare",
        "verdict",
        "messages",
        "pending_before",
        "pending_after",
        "bare_cpu_busy",
        "serve_cpu_busy",
    ):
        assert key in s, key
    assert rec["problems"] == []


def test_table_lines_show_each_round_and_the_summary() -> None:
    rec = _rec([_round(1, 1000, 500), _round(2, 1000, 900, heavy_after=0), _round(3, 1000, 700)])
    text = "\n".join(table_lines(rec))  # type: ignore[arg-type]
    assert "ratio 0.60" in text  # the median line: (0.5 + 0.7) / 2
    assert "round 1 (bare → door → alone)" in text
    assert "round 2 (alone → door → bare)" in text
    assert text.count("NOT BUSY: left out") == 1
    assert "ratio: median 0.60 of 2 of 3 rounds (round 2 not busy throughout: left out)" in text
    assert "min–max 0.50–0.70; 0 of 2 ≥ 0.8" in text
    assert "1000 messages a segment" in text
    lines = table_lines(rec)  # type: ignore[arg-type]
    assert lines[-1] == ""
    round_lines = [ln for ln in lines if ln.lstrip().startswith("round ")]
    assert len(round_lines) == 3


def test_round_line_reads_a_round_record() -> None:
    s = summarize([_round(1, 1000, 750, cpu=None), _round(2, 1000, 750)])
    line = round_line(s["rounds"][1])
    assert line.startswith("round 2 (alone → door → bare): bare 1000/s, serve-busy 750/s")
    assert "ratio 0.75" in line
    assert "(+16 sent before)" in line
    assert "all items 22 → 1002" in line
    assert "heavy pending parse 6 → 5, ocr 0 → 0" in line
    assert "NOT BUSY" not in line
    assert "bare ?" in round_line(s["rounds"][0])  # no CPU reading: said, not invented
