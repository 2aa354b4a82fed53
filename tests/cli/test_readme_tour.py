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


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_make_demo_then_the_tour_from_a_fresh_clone(tmp_path):
    """As a new user: clone, `make demo` (which makes its own .venv from PyPI), then every
    command of the tour, `storyline serve` included, with what `make demo` installed."""
    import shutil
    import time
    import urllib.request

    if not (REPO / ".git").exists() or shutil.which("git") is None or shutil.which("make") is None:
        pytest.skip("needs a git checkout of the project, git and make")
    clone = tmp_path / "storyline"
    subprocess.run(["git", "clone", "-q", str(REPO), str(clone)], check=True, timeout=300)
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "COLUMNS", "STORYLINE_DB")}
    demo = subprocess.run(["make", "demo", f"PYTHON={sys.executable}"], cwd=clone, env=env,
                          capture_output=True, text=True, timeout=1800)
    assert demo.returncode == 0, demo.stdout[-2000:] + demo.stderr[-2000:]
    assert (clone / "storyline-demo" / "dossier.html").is_file()
    bin_dir = clone / ".venv" / "bin"
    env = {**env, "PATH": f"{bin_dir}{os.pathsep}{env['PATH']}", "STORYLINE_DB": "storyline-demo/storyline.db"}
    for command in tour_commands():
        if command.startswith("storyline serve"):
            port = _free_port()
            server = subprocess.Popen([*command.split(), "--port", str(port)], cwd=clone, env=env,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            try:
                for _ in range(100):
                    try:
                        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as page:
                            assert page.status == 200 and b"storyline" in page.read().lower()
                        break
                    except OSError:
                        assert server.poll() is None, server.stderr.read()[-2000:]
                        time.sleep(0.2)
                else:
                    pytest.fail("storyline serve did not answer")
            finally:
                server.terminate()
                server.wait(timeout=30)
            continue
        shell = command.split("|", 1)[0] if "|" in command else command
        done = subprocess.run(["bash", "-c", shell], cwd=clone, env=env, capture_output=True, text=True,
                              timeout=300)
        assert done.returncode == 0, (command, done.stderr[-2000:])
        assert "Error" not in done.stderr, (command, done.stderr[-2000:])
