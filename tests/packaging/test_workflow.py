"""The GitHub build workflow cannot run here, so its shape is checked instead."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "build.yml"


@pytest.fixture(scope="module")
def workflow() -> dict[Any, Any]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def job(workflow: dict[Any, Any]) -> dict[str, Any]:
    jobs = workflow["jobs"]
    assert len(jobs) == 1, "one matrix job builds every system"
    (only,) = jobs.values()
    assert isinstance(only, dict)
    return only


@pytest.fixture(scope="module")
def steps(job: dict[str, Any]) -> list[dict[str, Any]]:
    found = job["steps"]
    assert isinstance(found, list)
    return found


def step_index(steps: list[dict[str, Any]], predicate: Any, what: str) -> int:
    for index, step in enumerate(steps):
        if predicate(step):
            return index
    pytest.fail(f"no step {what}")


def runs(step: dict[str, Any], text: str) -> bool:
    return text in str(step.get("run", ""))


def test_runs_on_push_and_on_tags(workflow: dict[Any, Any]) -> None:
    # YAML 1.1 reads the bare key `on` as the boolean True.
    triggers = workflow.get("on", workflow.get(True))
    assert isinstance(triggers, dict)
    assert "push" in triggers
    assert triggers["push"].get("tags"), "tag pushes build release bundles"


def test_matrix_is_the_three_desktop_systems(job: dict[str, Any]) -> None:
    strategy = job["strategy"]
    # Linux: the oldest runner with glibc 2.35, the bundle's floor (Ubuntu 22.04).
    assert set(strategy["matrix"]["os"]) == {"windows-latest", "macos-latest", "ubuntu-22.04"}
    assert strategy.get("fail-fast") is False, "one system's failure must not hide another's"
    assert job["runs-on"] == "${{ matrix.os }}"
    assert job["defaults"]["run"]["shell"] == "bash", "the same scripts run on Windows too"


def test_actions_are_pinned_to_a_major_version(steps: list[dict[str, Any]]) -> None:
    actions = [step["uses"] for step in steps if "uses" in step]
    assert actions, "the workflow uses no action at all"
    for action in actions:
        assert re.fullmatch(r"[\w-]+/[\w-]+@v\d+", action), action


def test_python_version_is_pinned_and_new_enough(steps: list[dict[str, Any]]) -> None:
    index = step_index(steps, lambda s: "setup-python" in s.get("uses", ""), "sets up Python")
    version = str(steps[index]["with"]["python-version"])
    parts = tuple(int(p) for p in version.split("."))
    assert len(parts) == 3, f"pin the exact Python release, not {version!r}"
    assert parts >= (3, 11, 1)


def test_builds_with_the_pinned_tools_then_self_tests_then_uploads(
    steps: list[dict[str, Any]],
) -> None:
    checkout = step_index(steps, lambda s: "actions/checkout" in s.get("uses", ""), "checkout")
    build = step_index(steps, lambda s: runs(s, "tasks.py dist"), "running tasks.py dist")
    test = step_index(steps, lambda s: runs(s, "--self-test"), "running --self-test")
    upload = step_index(
        steps, lambda s: "actions/upload-artifact" in s.get("uses", ""), "uploading artifacts"
    )
    assert checkout < build < test < upload
    assert steps[test]["env"]["QT_QPA_PLATFORM"] == "offscreen"
    assert "if" not in steps[build], "every system builds"
    assert "if" not in steps[test], "every system self-tests"
    artifact = steps[upload]["with"]
    assert artifact["path"].startswith("dist/")
    assert artifact["path"].endswith(".zip")
    assert artifact.get("if-no-files-found") == "error"
    assert "matrix.os" in artifact["name"] or "runner.os" in artifact["name"]


def test_self_test_checks_exit_json_and_stderr(steps: list[dict[str, Any]]) -> None:
    script = str(steps[step_index(steps, lambda s: runs(s, "--self-test"), "self-test")]["run"])
    assert "netexplorer.exe" in script
    assert "Contents/MacOS/netexplorer" in script
    assert "--self-test --output self-test.json" in script, "no console to redirect on Windows"
    assert "json.load(open('self-test.json'))" in script
    assert "['ok'] is True" in script
    assert "['fonts'] > 0" in script
    assert "Traceback" in script
    assert "qt\\.qpa" in script


def test_every_step_that_starts_the_program_has_a_timeout(
    steps: list[dict[str, Any]], job: dict[str, Any]
) -> None:
    starting = [s for s in steps if runs(s, '"$program"') or runs(s, "frozen-smoke")]
    assert len(starting) == 2
    for step in starting:
        assert 0 < step.get("timeout-minutes", 0) <= 10, f"{step['name']} could hang"
    assert 0 < job["timeout-minutes"] <= 60


def test_linux_gets_the_xcb_libraries_before_building(steps: list[dict[str, Any]]) -> None:
    apt = step_index(steps, lambda s: runs(s, "apt-get install"), "installing xcb libraries")
    build = step_index(steps, lambda s: runs(s, "tasks.py dist"), "running tasks.py dist")
    assert apt < build, "PyInstaller bundles the xcb libraries it finds at build time"
    assert steps[apt]["if"] == "runner.os == 'Linux'"
    assert "libxcb-cursor0" in steps[apt]["run"]


def test_build_requirements_pin_the_shipped_versions() -> None:
    text = (ROOT / "requirements" / "build.txt").read_text(encoding="utf-8")
    lines = [raw.split("#", 1)[0].strip() for raw in text.splitlines()]
    pins = {}
    for line in filter(None, lines):  # blank and comment-only lines left out
        requirement = line.split(";", 1)[0].strip()
        name, sep, version = requirement.partition("==")
        assert sep, f"not an exact pin: {line!r}"
        pins[name.lower()] = version
    assert {"pyside6-essentials", "shiboken6", "pyinstaller"} <= set(pins)
    assert pins["pyside6-essentials"] == pins["shiboken6"]
    qt_bindings = {"pyside6", "pyside6-addons", "pyqt5", "pyqt6", "pyside2"}
    assert not qt_bindings & set(pins), "exactly one Qt binding in the build environment"
