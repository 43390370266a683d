"""The web app's download folder holds a user's notes and drafts: it is private to the user and
is gone once the app's process exits."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = """
from ui.services import Services
s = Services()
(s.files / "draft.eml").write_text("Dear Ms. Rivera, thank you.")
print(s.files)
print(oct(s.files.stat().st_mode & 0o777))
"""


def test_downloads_folder_is_private_and_removed_at_exit() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, check=True
    ).stdout.split()
    folder, mode = Path(out[0]), int(out[1], 8)
    assert folder.name.startswith("coach-ui-")
    assert mode & (stat.S_IRWXG | stat.S_IRWXO) == 0
    assert not folder.exists()
