"""The options object: defaults < config file < environment < CLI flags."""

from __future__ import annotations

import dataclasses
import tomllib
from importlib.resources import files

import pytest

from storyline.config import SETTINGS, StorylineConfig, defaults_toml, load_config
from storyline.errors import ConfigError


def test_precedence_defaults_file_env_cli(tmp_path):
    cfg_file = tmp_path / "storyline.toml"
    cfg_file.write_text('db = "from-file.db"\nworkers = 3\nmin_text_chars = 50\nfetch_rate = 2.5\n')
    env = {"STORYLINE_WORKERS": "4", "STORYLINE_MIN_TEXT_CHARS": "60"}
    cfg = load_config(cfg_file, env=env, overrides={"min_text_chars": 70, "db": None})
    assert cfg.db == "from-file.db"          # file beats default; a None flag is not given
    assert cfg.fetch_rate == 2.5             # file beats default
    assert cfg.workers == 4                  # env beats file
    assert cfg.min_text_chars == 70          # CLI beats env
    assert cfg.user_agent == StorylineConfig().user_agent  # untouched default


def test_env_names_the_config_file(tmp_path):
    cfg_file = tmp_path / "other.toml"
    cfg_file.write_text("[storyline]\nworkers = 2\n")
    assert load_config(env={"STORYLINE_CONFIG": str(cfg_file)}).workers == 2


@pytest.mark.parametrize(
    "env, message",
    [
        ({"STORYLINE_WORKERS": "many"}, "STORYLINE_WORKERS: workers must be a whole number"),
        ({"STORYLINE_ALLOW_PRIVATE": "perhaps"}, "allow_private must be true or false"),
        ({"STORYLINE_WORKERS": "0"}, "workers must be at least 1"),
        ({"STORYLINE_MIN_TEXT_CHARS": "-5"}, "must not be negative"),
    ],
)
def test_bad_environment_values_name_the_variable(env, message):
    with pytest.raises(ConfigError, match=message):
        load_config(env=env)


def test_unknown_setting_in_file_is_refused(tmp_path):
    cfg_file = tmp_path / "s.toml"
    cfg_file.write_text("colour = 'blue'\n")
    with pytest.raises(ConfigError, match="unknown setting 'colour'"):
        load_config(cfg_file, env={})


def test_malformed_and_missing_files(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("db = \n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(bad, env={})
    with pytest.raises(ConfigError, match="does not exist"):
        load_config(tmp_path / "nope.toml", env={})


@pytest.mark.parametrize("raw, expected", [("1", True), ("yes", True), ("off", False), ("False", False)])
def test_bool_from_env(raw, expected):
    assert load_config(env={"STORYLINE_ALLOW_PRIVATE": raw}).allow_private is expected


def test_settings_table_matches_the_dataclass_and_the_shipped_defaults():
    fields = {f.name: f.default for f in dataclasses.fields(StorylineConfig)}
    assert fields == {s.name: s.default for s in SETTINGS}
    shipped = files("storyline").joinpath("defaults.toml").read_text()
    assert shipped == defaults_toml(), "regenerate src/storyline/defaults.toml from SETTINGS"
    assert tomllib.loads(shipped) == fields
    assert all(s.help.endswith(".") for s in SETTINGS)
