"""The docs keep up with the code: every command and every setting is in the README."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from storyline.cli import cli
from storyline.config import SETTINGS

REPO = Path(__file__).resolve().parents[1]

README = (REPO / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_is_shown_in_the_readme(name):
    assert re.search(rf"storyline {re.escape(name)}\b", README), f"README does not show `storyline {name}`"


@pytest.mark.parametrize("name", [s.name for s in SETTINGS])
def test_every_setting_is_documented(name):
    assert f"`{name}`" in README, f"setting {name} is not in the README's settings table"


def test_readme_shows_the_two_commands():
    assert "make demo" in README and "make test" in README


def test_install_prints_no_deprecation_of_the_package_metadata():
    """``pip install .`` (the README's install) warned that a license given as a TOML table is
    deprecated; an SPDX string needs setuptools 77 or newer to build."""
    import tomllib

    meta = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert isinstance(meta["project"]["license"], str)
    assert "setuptools>=77" in meta["build-system"]["requires"]
