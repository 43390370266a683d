"""`coach check FOLDER` on a folder with no message file in it: an input error naming the
folder and what it holds, exit 2, the batch's other files still checked. (It printed "0 of 0
messages passed" and exited 0, so a CI job pointed at the wrong folder, or at drafts saved
as .docx, passed.)"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from coach import Checker
from coach.cli import cli

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_an_empty_folder_is_an_input_error(tmp_path):
    (tmp_path / "drafts").mkdir()
    result = CliRunner().invoke(cli, ["check", str(tmp_path / "drafts")])
    assert result.exit_code == 2
    assert f"{tmp_path / 'drafts'}: input-error no .eml, .md or .txt file in this folder" in (
        result.stdout
    )
    assert "(it is empty)" in result.stdout


def test_a_folder_of_other_files_says_what_it_holds_and_the_rest_is_checked(tmp_path):
    docs = tmp_path / "word"
    docs.mkdir()
    for name in ("a.docx", "b.html", "c.pdf", "d.rtf"):
        (docs / name).write_bytes(b"x")
    good = tmp_path / "good"
    good.mkdir()
    shutil.copy(EXAMPLES / "thank-you-sarah.md", good)
    shutil.copy(EXAMPLES / "acme.yaml", good)
    result = CliRunner().invoke(cli, ["check", str(docs), str(good), "--format", "json"])
    assert result.exit_code == 2
    document = json.loads(result.stdout)
    assert [r["path"] for r in document["results"]] == [str(good / "thank-you-sarah.md")]
    assert document["errors"] == [
        {
            "path": str(docs),
            "message": "no .eml, .md or .txt file in this folder "
            "(it holds a.docx, b.html, c.pdf and 1 more)",
        }
    ]


def test_the_library_says_the_same(tmp_path):
    batch = Checker().check_paths([tmp_path])
    assert batch.results == []
    assert batch.errors == [
        (str(tmp_path), "no .eml, .md or .txt file in this folder (it is empty)")
    ]
