"""Shared fixtures for the real-client checks: one fresh build of every shipped rubric, in all formats,
into a temporary folder, by the binary that scripts/test built (LESSONS_MATRIX_BIN); and workbooks with a
Coverage sheet, scanned from the source documents beside the repository or, without them, from a stand-in."""
import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "seeds"  # the default corpus of `lessons-matrix build`
# One dated sentence per line, so every line of the study the casebook cites most is a passage of 1988.
STAND_IN = "In 1988 the parties took part in talks, the guarantors signed and the ceasefire held.\n" * 500


def binary() -> str:
    path = os.environ.get("LESSONS_MATRIX_BIN")
    if not path:
        pytest.fail("LESSONS_MATRIX_BIN is not set; run these checks through scripts/test")
    return path


def run_tool(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    return subprocess.run([binary(), *args], cwd=cwd, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """Output root holding <rubric-id>/ folders for default and extended."""
    out = tmp_path_factory.mktemp("output")
    result = run_tool("build", "--out", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="session", params=["default", "extended"])
def rubric_dir(request, built) -> Path:
    return built / request.param


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> Path:
    """The documents the workbooks' Coverage sheets scan: the real ones, or a stand-in for the study `000_…`."""
    if CORPUS.is_dir():
        return CORPUS
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "000_4ee81f59ffa11ec3.txt").write_text(STAND_IN, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def scanned(built, corpus, tmp_path_factory) -> Path:
    """Output root of workbooks with a Coverage sheet: the shared build, which scans the real documents by default,
    or a build of the workbooks from the stand-in."""
    if corpus == CORPUS:
        return built
    out = tmp_path_factory.mktemp("scanned")
    result = run_tool("build", "--format", "xlsx", "--corpus", str(corpus), "--out", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="session", params=["default", "extended"])
def scanned_dir(request, scanned) -> Path:
    return scanned / request.param
