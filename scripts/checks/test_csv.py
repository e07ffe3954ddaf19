"""Every CSV file is read back with Python's csv module and checked against the documented contract."""
import csv
import io
import re

import pytest

LONG_HEADERS = {
    "case_scores.csv": ["case_id", "era_id", "dimension_id", "score", "scale_min", "scale_max", "level",
                        "confidence", "evidence_count", "evidence_ids"],
    "era_scores.csv": ["era_id", "dimension_id", "score", "scale_min", "scale_max", "cases_scored",
                       "min_case_score", "max_case_score", "confidence"],
    "lessons.csv": ["lesson_id", "era_id", "status", "case_ids", "evidence_ids"],
    "evidence.csv": ["evidence_id", "case_id", "era_id", "dimension_id", "indicator_id", "value", "source_id",
                     "source_file", "locator", "quote"],
}
STATUSES = {"observed", "partly", "not-observed", "insufficient-evidence"}
FIXED = re.compile(r"^\d+\.\d{3}$")


def read(path):
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), f"{path.name} has a BOM by default"
    assert b"\r\n" not in raw.replace(b'"\r\n', b""), f"{path.name} must use \\n line ends"
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline=""), strict=True))
    width = len(rows[0])
    for number, row in enumerate(rows, start=1):
        assert len(row) == width, f"{path.name} row {number} has {len(row)} fields, header has {width}"
    return rows


@pytest.mark.parametrize("name", sorted(LONG_HEADERS))
def test_long_csv_headers_are_exact(rubric_dir, name):
    assert read(rubric_dir / name)[0] == LONG_HEADERS[name]


def test_case_scores_mark_insufficient_evidence_explicitly(rubric_dir):
    rows = read(rubric_dir / "case_scores.csv")[1:]
    assert rows, "case_scores.csv has no rows"
    evidence_ids = {row[0] for row in read(rubric_dir / "evidence.csv")[1:]}
    for row in rows:
        score, level, confidence, count, ids = row[3], row[6], row[7], row[8], row[9]
        if level == "insufficient-evidence":
            assert score == ""
        else:
            assert FIXED.match(score), row
            assert level.isdigit() and int(row[4]) <= int(level) <= int(row[5]), row
        assert FIXED.match(confidence), row
        listed = [i for i in ids.split(";") if i]
        assert int(count) == len(listed)
        assert set(listed) <= evidence_ids, f"unknown evidence ids in {row}"
    assert any(row[6] == "insufficient-evidence" for row in rows), "the shipped casebook has gaps; they must show"


def test_lessons_statuses_are_from_the_vocabulary(rubric_dir):
    rows = read(rubric_dir / "lessons.csv")[1:]
    assert {row[2] for row in rows} <= STATUSES
    required = {"exclusion-of-armed-actors", "no-external-guarantees", "mediator-bias", "ceasefire-as-leverage",
                "withdrawal-before-settlement", "spoilers-not-isolated", "power-sharing-not-honoured",
                "divided-delegation"}
    assert required <= {row[0] for row in rows}


def test_wide_matrices_agree_with_long_tables(rubric_dir):
    wide = read(rubric_dir / "era_matrix.csv")
    header = wide[0]
    assert header[:2] == ["era_id", "era"] and header[-2:] == ["index", "rank"]
    long = {(r[0], r[1]): r[2] for r in read(rubric_dir / "era_scores.csv")[1:]}
    for row in wide[1:]:
        for dimension, value in zip(header[2:-2], row[2:-2]):
            assert long[(row[0], dimension)] == value, (row[0], dimension)
    lessons_wide = read(rubric_dir / "lessons_matrix.csv")
    statuses = {(r[0], r[1]): r[2] for r in read(rubric_dir / "lessons.csv")[1:]}
    for row in lessons_wide[1:]:
        for era, status in zip(lessons_wide[0][2:], row[2:]):
            assert statuses[(row[0], era)] == status


def test_evidence_quotes_keep_non_ascii_text(rubric_dir):
    rows = read(rubric_dir / "evidence.csv")[1:]
    assert len({r[0] for r in rows}) == len(rows), "evidence ids are unique"
    assert any("’" in r[9] or "“" in r[9] for r in rows), "typographic quotes survive"
    for row in rows:
        assert not row[9].startswith(("=", "+", "-", "@", "\t", "\r")), "formula injection is neutralised"
