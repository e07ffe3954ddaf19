"""matrix.xlsx read by real clients: openpyxl compares every sheet with the CSV files of the same build (and the
Coverage sheet with `lessons-matrix scan`, its links with the Evidence sheet), and LibreOffice recalculates the live
index and rank formulas, before and after an analyst edits a weight."""
import csv
import io
import os
import re
import shutil
import subprocess
import zipfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import openpyxl
import pytest
from conftest import CORPUS, run_tool

REPO = Path(__file__).resolve().parents[2]
# Every workbook has these; one built with a corpus also has "Coverage", just before "About".
SHEETS = ["Era matrix", "Case matrix", "Lessons", "Evidence", "Rubric", "Sensitivity", "About"]
PASSAGE_HEADERS = ["Era id", "Dimension id", "Rank", "Score", "Cited", "File", "Lines", "Section", "Evidence", "Excerpt"]
HEADER_ROW = 4  # 1-based: title, caption, weights, header
SYMBOLS = {"observed": "●", "partly": "◐", "not-observed": "○", "insufficient-evidence": "?"}
NEUTRALISED = re.compile(r"^'[=+\-@\t\r]")
LIBREOFFICE_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
RECALCULATE_ON_LOAD = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


# --- reading the build -------------------------------------------------------------------------------------------

def read_csv(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))


def unneutralised(text: str) -> str:
    """The text as the inputs have it: the CSV writer puts a ' before text that a spreadsheet would run."""
    return text[1:] if NEUTRALISED.match(text) else text


def fixed3(value) -> str:
    """The CSV writer's number text: the shortest decimal form rounded half away from zero to three decimals."""
    text = format(Decimal(repr(float(value))).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP), "f")
    return "0.000" if text == "-0.000" else text


def same_fixed(value, text: str) -> bool:
    """Whether a workbook number is the CSV's three-decimal text. libxlsxwriter stores 16 significant digits, so a
    value within that noise of a rounding boundary may round the other way; nothing else may differ."""
    if fixed3(value) == text:
        return True
    return abs(abs(float(value) - float(text)) - 0.0005) <= 1e-12 * max(1.0, abs(float(value)))


def plain(value) -> str:
    """A coded value as the CSV writes it: whole numbers without decimals, others in their shortest form."""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def table(sheet, width: int) -> list[list]:
    """The data rows under the header, up to the first row without an id."""
    rows = []
    for row in sheet.iter_rows(min_row=HEADER_ROW + 1, max_col=width, values_only=True):
        if row[0] is None:
            break
        rows.append(list(row))
    return rows


def header(sheet, width: int) -> list:
    return [cell.value for cell in sheet[HEADER_ROW][:width]]


@pytest.fixture(scope="module")
def workbooks():
    """(formulas, cached values) of each opened workbook, by path, so each file is parsed once."""
    opened = {}

    def load(path: Path):
        if path not in opened:
            opened[path] = (openpyxl.load_workbook(path), openpyxl.load_workbook(path, data_only=True))
        return opened[path]

    return load


def dimension_ids(rubric_dir: Path) -> list[str]:
    return read_csv(rubric_dir / "era_matrix.csv")[0][2:-2]


def dimension_names(values) -> dict[str, str]:
    rubric = values["Rubric"]
    return {row[0]: row[1] for row in table(rubric, 2)}


# --- openpyxl against the CSV files ------------------------------------------------------------------------------

def test_sheets_come_in_the_documented_order(rubric_dir, workbooks):
    formulas, _ = workbooks(rubric_dir / "matrix.xlsx")
    assert formulas.sheetnames == (SHEETS[:-1] + ["Coverage", "About"] if CORPUS.is_dir() else SHEETS), \
        "the default build scans ../shared/seeds when it exists"


def test_era_matrix_equals_era_matrix_csv(rubric_dir, workbooks):
    formulas, values = workbooks(rubric_dir / "matrix.xlsx")
    expected = read_csv(rubric_dir / "era_matrix.csv")
    dimensions = dimension_ids(rubric_dir)
    names = dimension_names(values)
    width = 3 + len(dimensions) + 2
    sheet = values["Era matrix"]
    assert header(sheet, width) == ["Era id", "Era", "Period"] + [names[d] for d in dimensions] + ["Index", "Rank"]
    rows = table(sheet, width)
    assert len(rows) == len(expected) - 1
    for row, csv_row in zip(rows, expected[1:]):
        assert row[:2] == csv_row[:2]
        for value, text in zip(row[3:-2] + [row[-2]], csv_row[2:-2] + [csv_row[-2]]):
            if text == "":
                assert value == "n/e", (csv_row[0], value)
            else:
                assert isinstance(value, float | int) and same_fixed(value, text), (csv_row[0], value, text)
        assert (row[-1] == "n/e" and csv_row[-1] == "") or str(row[-1]) == csv_row[-1]
    first_index = formulas["Era matrix"].cell(row=HEADER_ROW + 1, column=width - 1).value
    assert first_index.startswith("=IFERROR(") and "SUMPRODUCT" in first_index, first_index
    weight_cells = [formulas["Era matrix"].cell(row=3, column=4 + i).value for i in range(len(dimensions))]
    assert weight_cells == [f"=Rubric!$C${5 + i}" for i in range(len(dimensions))]


def test_case_matrix_equals_case_scores_csv(rubric_dir, workbooks):
    _, values = workbooks(rubric_dir / "matrix.xlsx")
    dimensions = dimension_ids(rubric_dir)
    scores = {(r[0], r[2]): r[3] for r in read_csv(rubric_dir / "case_scores.csv")[1:]}
    case_order = list(dict.fromkeys(r[0] for r in read_csv(rubric_dir / "case_scores.csv")[1:]))
    eras = {r[0]: r[1] for r in read_csv(rubric_dir / "case_scores.csv")[1:]}
    width = 5 + len(dimensions) + 2
    sheet = values["Case matrix"]
    assert header(sheet, 5) == ["Case id", "Case", "Era", "Date", "Outcome"]
    rows = table(sheet, width)
    assert [row[0] for row in rows] == case_order
    for row in rows:
        assert row[2] == eras[row[0]]
        for dimension, value in zip(dimensions, row[5:-2]):
            text = scores[(row[0], dimension)]
            if text == "":
                assert value == "n/e", (row[0], dimension)
            else:
                assert same_fixed(value, text), (row[0], dimension, value, text)
    assert sheet.freeze_panes == "B5"
    assert sheet.auto_filter.ref == f"A4:{openpyxl.utils.get_column_letter(width)}{HEADER_ROW + len(rows)}"


def test_lessons_show_the_csv_statuses_with_notes_naming_cases_and_a_quote(rubric_dir, workbooks):
    formulas, _ = workbooks(rubric_dir / "matrix.xlsx")
    era_ids = [r[0] for r in read_csv(rubric_dir / "era_matrix.csv")[1:]]
    lessons = {(r[0], r[1]): r for r in read_csv(rubric_dir / "lessons.csv")[1:]}
    quotes = {r[0]: unneutralised(r[9]) for r in read_csv(rubric_dir / "evidence.csv")[1:]}
    sheet = formulas["Lessons"]
    rows = list(sheet.iter_rows(min_row=HEADER_ROW + 1, max_col=3 + len(era_ids)))
    lesson_ids = [r[0] for r in read_csv(rubric_dir / "lessons_matrix.csv")[1:]]
    assert [row[0].value for row in rows[:len(lesson_ids)]] == lesson_ids
    quoted = 0
    for row in rows[:len(lesson_ids)]:
        for era, cell in zip(era_ids, row[3:]):
            lesson_id, _, status, case_ids, evidence_ids = lessons[(row[0].value, era)]
            assert cell.value == SYMBOLS[status], (lesson_id, era)
            note = cell.comment.text
            supporting = case_ids.replace(";", ", ") if case_ids else "none"
            assert f"\nSupporting cases: {supporting}\n" in note, (lesson_id, era, note)
            match = re.search(r"\nQuote \(([^)]+)\): “(.*)”$", note, re.S)
            if evidence_ids:
                assert match and match.group(1) in evidence_ids.split(";"), note
                assert match.group(2) == quotes[match.group(1)]
                quoted += 1
            else:
                assert match is None and "\nQuote: none" in note
    assert quoted > 0


def test_evidence_equals_evidence_csv(rubric_dir, workbooks):
    formulas, values = workbooks(rubric_dir / "matrix.xlsx")
    expected = read_csv(rubric_dir / "evidence.csv")[1:]
    about = values["About"]
    sources_row = next(row[0].row for row in about.iter_rows(max_col=1) if row[0].value == "Sources")
    titles = {row[0]: row[1] for row in about.iter_rows(min_row=sources_row + 2, max_col=2, values_only=True) if row[0]}
    rows = table(values["Evidence"], 10)
    assert len(rows) == len(expected)
    for row, csv_row in zip(rows, expected):
        evidence_id, case_id, era_id, dimension_id, indicator_id, value, source_id, source_file, locator, quote = csv_row
        assert row[:5] == [evidence_id, case_id, era_id, dimension_id or None, indicator_id]
        assert plain(row[5]) == unneutralised(value)
        assert row[6:] == [titles[source_id], source_file, locator, unneutralised(quote)]
    assert not any(cell.data_type == "f" for line in formulas["Evidence"].iter_rows() for cell in line), \
        "no quote or name may become a formula"
    assert any(re.search("[\u0600-\u06ff]", row[9]) for row in rows), "Dari and Pashto text survives"


def test_rubric_weights_drive_index_weights(rubric_dir, workbooks):
    formulas, values = workbooks(rubric_dir / "matrix.xlsx")
    dimensions = dimension_ids(rubric_dir)
    last = HEADER_ROW + len(dimensions)
    rows = table(values["Rubric"], 4)
    assert [row[0] for row in rows] == dimensions
    total = sum(row[2] for row in rows)
    for offset, row in enumerate(rows):
        assert abs(row[3] - row[2] / total) <= 1e-12
        row_number = HEADER_ROW + 1 + offset
        assert formulas["Rubric"].cell(row=row_number, column=4).value == \
            f"=IF(SUM($C$5:$C${last})>0,C{row_number}/SUM($C$5:$C${last}),0)"


def test_about_names_the_rubric_and_properties_are_fixed(rubric_dir, workbooks):
    formulas, values = workbooks(rubric_dir / "matrix.xlsx")
    facts = {row[0]: row[1] for row in values["About"].iter_rows(max_col=2, values_only=True) if row[0]}
    assert facts["Rubric id"] == rubric_dir.name
    assert re.fullmatch(r"[0-9a-f]{64}", facts["Rubric SHA-256"]) and re.fullmatch(r"[0-9a-f]{64}", facts["Casebook SHA-256"])
    assert facts["Tool"].startswith("LessonsMatrix ")
    assert facts["Command"].startswith("lessons-matrix build")
    properties = formulas.properties
    assert properties.title.startswith("Lessons matrix — ")
    assert properties.created.year < 2100 and properties.created == properties.modified
    assert str(properties.created.date()) == facts["Document date"][:10]


# --- the Coverage sheet -------------------------------------------------------------------------------------------

def passage_rows(sheet):
    """(header row number, data rows as cells) of the passage table under the section title "Passages"."""
    title = next(row[0].row for row in sheet.iter_rows(max_col=1) if row[0].value == "Passages")
    rows = [row for row in sheet.iter_rows(min_row=title + 2, max_col=len(PASSAGE_HEADERS)) if row[0].value is not None]
    return title + 1, rows


def test_coverage_rows_are_the_scan_of_the_same_rubric_and_documents(scanned_dir, corpus, workbooks, tmp_path):
    formulas, values = workbooks(scanned_dir / "matrix.xlsx")
    assert formulas.sheetnames == SHEETS[:-1] + ["Coverage", "About"]
    result = run_tool("scan", "--rubric", f"Rubrics/{scanned_dir.name}.yaml", "--corpus", str(corpus), "--format", "csv",
                      "--out", str(tmp_path), "--quiet")
    assert result.returncode == 0, result.stderr
    expected = read_csv(tmp_path / "scan_coverage.csv")
    sheet = values["Coverage"]
    assert header(sheet, 6) == ["Era id", "Dimension id", "Candidates", "Cited", "Found", "Strongest uncited"]
    rows = table(sheet, 6)
    assert len(rows) == len(expected) - 1 > 0
    cited = {}
    for row in passage_rows(formulas["Coverage"])[1]:
        if row[4].value == "yes":
            rank = row[2].value if row[2].value == "not found" else f"#{row[2].value}"
            cited.setdefault((row[0].value, row[1].value), []).append((f"{row[5].value}:{row[6].value} [{rank}]",
                                                                       row[8].value.split(", ")[0]))
    for row, csv_row in zip(rows, expected[1:]):
        era, dimension, candidates, cited_count, found, cited_passages, strongest = csv_row
        assert row[:5] == [era, dimension, int(candidates), int(cited_count), int(found)]
        uncited = [f"#{rank} {reference} ({score})" for reference, rank, score in
                   re.findall(r"(\S+) \[#(\d+), ([^\]]+)\]", strongest)]
        assert ([] if row[5] == "none" else row[5].split("\n")) == uncited, (era, dimension)
        listed = [(part.split("] ")[0] + "]", part.split("] ")[1].split(" ")[0]) for part in cited_passages.split("; ") if part]
        assert cited.get((era, dimension), []) == listed, (era, dimension)


def test_coverage_links_lead_to_the_evidence_rows_of_their_ids(scanned_dir, workbooks):
    formulas, _ = workbooks(scanned_dir / "matrix.xlsx")
    coverage, evidence = formulas["Coverage"], formulas["Evidence"]
    header_row, rows = passage_rows(coverage)
    assert [cell.value for cell in coverage[header_row][:len(PASSAGE_HEADERS)]] == PASSAGE_HEADERS
    links = 0
    for row in rows:
        ids = row[8]
        if row[4].value == "no":
            assert ids.hyperlink is None and ids.value is None
            continue
        assert row[4].value == "yes" and ids.hyperlink is not None, ids.coordinate
        assert ids.hyperlink.target is None, "a link inside the workbook"
        match = re.fullmatch(r"Evidence!A(\d+)", ids.hyperlink.location)
        assert match, ids.hyperlink.location
        assert evidence.cell(row=int(match.group(1)), column=1).value == ids.value.split(", ")[0], ids.coordinate
        links += 1
    assert links > 10
    assert coverage.auto_filter.ref == f"A{header_row}:J{rows[-1][0].row}"
    assert coverage.freeze_panes == "C1"


# --- LibreOffice recalculation -----------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def libreoffice(tmp_path_factory):
    """Converts a workbook to one CSV per sheet after LibreOffice has recalculated every formula on loading."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.fail("soffice is missing; scripts/test installs libreoffice-calc-nogui")
    profile = tmp_path_factory.mktemp("libreoffice-profile")
    (profile / "user").mkdir()
    (profile / "user" / "registrymodifications.xcu").write_text(RECALCULATE_ON_LOAD, encoding="utf-8")

    def convert(workbook: Path) -> dict[str, list[list[str]]]:
        out = tmp_path_factory.mktemp("libreoffice-csv")
        result = subprocess.run(
            [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", LIBREOFFICE_CSV,
             "--outdir", str(out), str(workbook)],
            capture_output=True, text=True, timeout=600, env={**os.environ, "HOME": str(profile)})
        assert result.returncode == 0, result.stderr
        sheets = {name: read_csv(out / f"{workbook.stem}-{name}.csv") for name in SHEETS
                  if (out / f"{workbook.stem}-{name}.csv").exists()}
        assert set(sheets) == set(SHEETS), f"LibreOffice wrote {sorted(sheets)}: {result.stdout} {result.stderr}"
        return sheets

    return convert


def index_columns(rubric_dir: Path) -> dict[str, int]:
    """The zero-based index column of each matrix sheet; the rank follows it."""
    count = len(dimension_ids(rubric_dir))
    return {"Era matrix": 3 + count, "Case matrix": 5 + count}


def cached_indexes(path: Path, sheet: str, column: int) -> list[tuple]:
    """(id, index, rank) of each row as the workbook caches them: the engine's values."""
    rows = table(openpyxl.load_workbook(path, data_only=True)[sheet], column + 2)
    return [(row[0], row[column], row[column + 1]) for row in rows]


def recalculated(converted: dict, sheet: str, column: int, count: int) -> list[tuple]:
    rows = converted[sheet][HEADER_ROW:HEADER_ROW + count]
    return [(row[0], row[column], row[column + 1]) for row in rows]


def assert_same_indexes(actual: list[tuple], expected: list[tuple], where: str):
    assert [a[0] for a in actual] == [e[0] for e in expected], where
    for (row_id, index, rank), (_, engine_index, engine_rank) in zip(actual, expected):
        if engine_index == "n/e":
            assert (index, rank) == ("n/e", "n/e"), (where, row_id)
        else:
            assert abs(float(index) - engine_index) <= 1e-9, (where, row_id, index, engine_index)
            assert int(rank) == engine_rank, (where, row_id, rank, engine_rank)


def with_wrong_cached_values(source: Path, target: Path, cells: dict[str, str]):
    """A copy of the workbook whose cached results of `cells` (part path → A1 cell) are replaced by 999."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in original.infolist():
            data = original.read(info.filename)
            if info.filename in cells:
                pattern = rf'(<c r="{cells[info.filename]}"[^>]*>(?:(?!</c>).)*?</f>)<v>[^<]*</v>'
                data, replaced = re.subn(pattern.encode(), rb"\1<v>999</v>", data, flags=re.S)
                assert replaced == 1, f"no cached value at {cells[info.filename]} in {info.filename}"
            copy.writestr(info, data)


def test_libreoffice_recalculates_the_engines_index_and_rank(rubric_dir, libreoffice, tmp_path):
    source = rubric_dir / "matrix.xlsx"
    columns = index_columns(rubric_dir)
    letter = {sheet: openpyxl.utils.get_column_letter(column + 1) for sheet, column in columns.items()}
    first = HEADER_ROW + 1
    tampered = tmp_path / "matrix.xlsx"
    with_wrong_cached_values(source, tampered, {
        "xl/worksheets/sheet1.xml": f"{letter['Era matrix']}{first}",
        "xl/worksheets/sheet2.xml": f"{letter['Case matrix']}{first}",
    })
    assert openpyxl.load_workbook(tampered, data_only=True)["Era matrix"][f"{letter['Era matrix']}{first}"].value in (999, "999")
    converted = libreoffice(tampered)
    for sheet, column in columns.items():
        engine = cached_indexes(source, sheet, column)
        assert any(row[1] != "n/e" for row in engine)
        assert_same_indexes(recalculated(converted, sheet, column, len(engine)), engine, sheet)


def rubric_copy(rubric_dir: Path, tmp_path: Path, edit) -> Path:
    """The shipped rubric of `rubric_dir` with `edit` applied to the text of its first dimension."""
    source = REPO / "Rubrics" / f"{rubric_dir.name}.yaml"
    text = source.read_text(encoding="utf-8")
    start = text.index("\ndimensions:")
    first_end = text.find("\n  - id:", text.index("\n  - id:", start) + 1)
    edited = text[:start] + edit(text[start:first_end]) + text[first_end:]
    assert edited != text
    target = tmp_path / source.name
    target.write_text(edited, encoding="utf-8")
    return target


def build_with(rubric: Path, out: Path) -> Path:
    binary = os.environ.get("LESSONS_MATRIX_BIN")
    if not binary:
        pytest.fail("LESSONS_MATRIX_BIN is not set; run these checks through scripts/test")
    result = subprocess.run([binary, "build", "--rubric", str(rubric), "--format", "xlsx", "--out", str(out), "--quiet"],
                            cwd=REPO, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    return next(out.glob("*/matrix.xlsx"))


def test_an_edited_weight_recomputes_as_the_engine_does_with_that_weight(rubric_dir, libreoffice, tmp_path):
    weight = re.compile(r"(\n    weight: )[0-9.]+")
    copy = rubric_copy(rubric_dir, tmp_path, lambda text: weight.sub(r"\g<1>3.5", text, count=1))
    engine_workbook = build_with(copy, tmp_path / "engine")

    edited = tmp_path / "edited.xlsx"
    workbook = openpyxl.load_workbook(rubric_dir / "matrix.xlsx")
    workbook["Rubric"]["C5"] = 3.5
    workbook.save(edited)
    converted = libreoffice(edited)

    changed = False
    for sheet, column in index_columns(rubric_dir).items():
        engine = cached_indexes(engine_workbook, sheet, column)
        before = cached_indexes(rubric_dir / "matrix.xlsx", sheet, column)
        changed |= any(isinstance(e[1], float) and abs(e[1] - b[1]) > 1e-6 for e, b in zip(engine, before))
        assert_same_indexes(recalculated(converted, sheet, column, len(engine)), engine, sheet)
    assert changed, "the edited weight must move some index, or the check proves nothing"
    normalised = [float(row[3]) for row in converted["Rubric"][HEADER_ROW:HEADER_ROW + len(dimension_ids(rubric_dir))]]
    assert abs(sum(normalised) - 1) <= 1e-9 and normalised[0] > normalised[1]


def test_a_lower_is_better_dimension_enters_the_formulas_reversed(rubric_dir, libreoffice, tmp_path):
    copy = rubric_copy(rubric_dir, tmp_path,
                       lambda text: text.replace("direction: higher_is_better", "direction: lower_is_better", 1))
    workbook = build_with(copy, tmp_path / "engine")
    columns = index_columns(rubric_dir)
    formula = openpyxl.load_workbook(workbook)["Era matrix"].cell(row=HEADER_ROW + 1, column=columns["Era matrix"] + 1).value
    assert "{-1," in formula, formula
    converted = libreoffice(workbook)
    for sheet, column in columns.items():
        engine = cached_indexes(workbook, sheet, column)
        assert_same_indexes(recalculated(converted, sheet, column, len(engine)), engine, sheet)
