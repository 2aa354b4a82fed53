"""The thresholds of alignment, read from the settings (align stage).

Every threshold is an ``align_*`` setting of :data:`storyline.config.SETTINGS` (its help says
what it means); :class:`AlignParams` holds them without the prefix, and
:meth:`AlignParams.from_config` reads them from a :class:`~storyline.config.StorylineConfig`.
The functions of :mod:`storyline.align` take ``params`` and default to :data:`DEFAULT`, the
settings' defaults. Every caller that builds a ledger (``storyline ledger``, the dossier, the
web's story page, the watch's changes) reads its thresholds with :func:`params_of`, so that
the ``align_*`` settings mean the same everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from storyline.config import SETTINGS, StorylineConfig, prefixed

__all__ = ["DEFAULT", "PREFIX", "AlignParams", "params_of"]

#: The prefix of the alignment settings.
PREFIX = "align_"
_DEFAULTS = {s.name.removeprefix(PREFIX): s.default for s in SETTINGS if s.name.startswith(PREFIX)}


@dataclass(frozen=True, slots=True)
class AlignParams:
    """The alignment thresholds; each field is the setting ``align_<field>``."""

    context_window: int = _DEFAULTS["context_window"]
    event_window: int = _DEFAULTS["event_window"]
    same_context: float = _DEFAULTS["same_context"]
    same_context_different_values: float = _DEFAULTS["same_context_different_values"]
    same_context_specific: float = _DEFAULTS["same_context_specific"]
    same_digits_bonus: float = _DEFAULTS["same_digits_bonus"]
    equal_bonus: float = _DEFAULTS["equal_bonus"]
    same_holder: float = _DEFAULTS["same_holder"]
    approx_tolerance: float = _DEFAULTS["approx_tolerance"]
    rounding_tolerance: float = _DEFAULTS["rounding_tolerance"]
    open_bound_factor: float = _DEFAULTS["open_bound_factor"]
    band_ratio: float = _DEFAULTS["band_ratio"]
    update_gap_days: int = _DEFAULTS["update_gap_days"]
    min_main: int = _DEFAULTS["min_main"]
    max_daily_factor: float = _DEFAULTS["max_daily_factor"]
    fold_below: float = _DEFAULTS["fold_below"]

    @classmethod
    def from_config(cls, config: StorylineConfig) -> AlignParams:
        """The alignment thresholds of a run's settings."""
        return prefixed(cls, config, PREFIX)


#: The settings' defaults.
DEFAULT = AlignParams()


def params_of(config: StorylineConfig | AlignParams | None) -> AlignParams:
    """The alignment thresholds of a run's settings (``config``), the given ones, or the
    defaults when None: the one way every caller reads them."""
    if config is None:
        return DEFAULT
    if isinstance(config, AlignParams):
        return config
    return AlignParams.from_config(config)
