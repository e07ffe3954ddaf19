"""Shared fixtures for the real-client checks: one fresh build of every shipped rubric, in all formats,
into a temporary folder, by the binary that scripts/test built (LESSONS_MATRIX_BIN)."""
import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


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
