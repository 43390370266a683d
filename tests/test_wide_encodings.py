"""A message or notes file saved as UTF-16 ("Unicode" in Windows Notepad) is named as such and
the user told to save it as UTF-8, with exit status 2: it was called a binary file holding NUL
bytes, which sends a person looking for the wrong fault."""

from __future__ import annotations

import codecs

import pytest
from click.testing import CliRunner

from coach.cli import cli

DRAFT = "Dear Ines,\n\nThank you for showing me the depot.\n\nTomasz Wielgus\n"


@pytest.mark.parametrize(
    ("encoded", "name"),
    [
        (codecs.BOM_UTF16_LE + DRAFT.encode("utf-16-le"), "UTF-16"),
        (codecs.BOM_UTF16_BE + DRAFT.encode("utf-16-be"), "UTF-16"),
        (DRAFT.encode("utf-16-le"), "UTF-16"),  # no byte-order mark
        (DRAFT.encode("utf-32"), "UTF-32"),
    ],
)
def test_a_wide_encoded_draft_is_named_and_exits_2(tmp_path, encoded, name):
    draft = tmp_path / "to-ines.txt"
    draft.write_bytes(encoded)
    out = CliRunner().invoke(cli, ["check", str(draft)])
    assert out.exit_code == 2, out.output
    assert f"to-ines.txt: input-error is {name} text; save it as UTF-8 text" in out.stdout
    assert "Traceback" not in out.output


def test_wide_encoded_notes_are_named_too(tmp_path):
    notes = tmp_path / "depot.yaml"
    notes.write_bytes("candidate: {name: Tomasz Wielgus}\n".encode("utf-16"))
    draft = tmp_path / "to-ines.txt"
    draft.write_text(DRAFT, "utf-8")
    out = CliRunner().invoke(cli, ["check", str(draft), "--notes", str(notes)])
    assert out.exit_code == 2
    assert "depot.yaml: is UTF-16 text; save it as UTF-8 text" in out.output


def test_a_binary_file_is_still_called_binary(tmp_path):
    image = tmp_path / "scan.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0")
    out = CliRunner().invoke(cli, ["check", str(image)])
    assert out.exit_code == 2
    assert "looks like a binary file" in out.stdout
