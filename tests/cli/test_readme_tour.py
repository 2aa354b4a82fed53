"""The README's five-minute tour, run command by command after `storyline demo`, as a new
user would in a fresh folder: every command must succeed (exit 0)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def tour_commands() -> list[str]:
    """The commands of the README's first ``sh`` block after "A five-minute tour"."""
    text = (REPO / "README.md").read_text()
    tour = text[text.index("## A five-minute tour"):]
    block = re.search(r"```sh\n(.*?)```", tour, re.S).group(1)
    commands = []
    for line in block.splitlines():
        code = line.split("  #", 1)[0].strip()
        if code.startswith("storyline "):
            commands.append(code)
    return commands


def test_the_tour_names_the_commands_it_runs():
    commands = tour_commands()
    assert len(commands) > 15 and any(c.startswith("storyline serve") for c in commands)


def test_readme_tour_runs_after_the_demo(tmp_path):
    if not (BIN / "storyline").exists():
        pytest.skip("the storyline command is not installed beside this Python")
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}",
           "STORYLINE_DB": "storyline-demo/storyline.db"}
    env.pop("COLUMNS", None)
    demo = subprocess.run(["storyline", "demo"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    assert demo.returncode == 0, demo.stderr
    for command in tour_commands():
        if command.startswith("storyline serve"):
            continue  # it serves until stopped; tests/web covers it
        # Only the storyline side of a pipe: `| head -2` closes the pipe early, and a write
        # to a closed pipe is not the command failing. Redirections run as a shell runs them.
        shell = command.split("|", 1)[0] if "|" in command else command
        done = subprocess.run(["bash", "-c", shell], cwd=tmp_path, env=env,
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, (command, done.stderr[-2000:])
        assert "Error" not in done.stderr, (command, done.stderr[-2000:])
