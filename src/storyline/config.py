"""One options object for the library and the CLI, and the order in which it is built.

Every tunable value is a :class:`Setting` in :data:`SETTINGS`, the single source that
drives the defaults file, validation, the CLI and the docs. A :class:`StorylineConfig`
is built by :func:`load_config` with a fixed precedence, lowest first:

1. the package defaults (``defaults.toml``, generated from :data:`SETTINGS`);
2. a config file (``--config FILE``, else ``STORYLINE_CONFIG``, else ``./storyline.toml``
   when it exists), a TOML table of setting names;
3. ``STORYLINE_<NAME>`` environment variables;
4. explicit overrides (the CLI's flags).

The CLI calls :func:`config_from_args`, the library takes a config or keyword overrides.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.errors import ConfigError

__all__ = ["SETTINGS", "Setting", "StorylineConfig", "config_from_args", "load_config"]

ENV_PREFIX = "STORYLINE_"


@dataclass(frozen=True, slots=True)
class Setting:
    """One tunable value: its name, type, default and a sentence of help."""

    name: str
    type: type
    default: Any
    help: str

    def convert(self, value: Any, where: str) -> Any:
        """Convert a raw value (a string from the environment, a TOML value) to this type.

        Raises:
            ConfigError: the value is not of the right type; the message names ``where``.
        """
        if isinstance(value, self.type) and not (self.type is int and isinstance(value, bool)):
            return value
        text = str(value).strip()
        try:
            if self.type is bool:
                lowered = text.lower()
                if lowered in {"1", "true", "yes", "on"}:
                    return True
                if lowered in {"0", "false", "no", "off"}:
                    return False
                raise ValueError(text)
            if self.type is int:
                return int(text)
            if self.type is float:
                return float(text)
            return self.type(text)
        except ValueError:
            label = {bool: "true or false", int: "a whole number", float: "a number"}.get(self.type, "text")
            raise ConfigError(f"{where}: {self.name} must be {label}, got {value!r}") from None


SETTINGS: tuple[Setting, ...] = (
    Setting("db", str, "storyline.db", "Path of the SQLite store."),
    Setting("workers", int, 1, "Worker processes for cleaning and extraction (1 = in-process)."),
    Setting("max_input_bytes", int, 50_000_000,
            "Largest input file (or expanded gzip member) read; larger ones are rejected."),
    Setting("min_text_chars", int, 200,
            "Shortest cleaned article text kept; shorter ones are rejected as no_text."),
    Setting("default_language", str, "en", "Language assumed when detection is unsure."),
    Setting("figures_time_budget", float, 60.0,
            "Seconds of figure extraction one article may take; a slower one is recorded as "
            "'figures skipped: too slow' and the run goes on."),
    Setting("fetch_timeout", float, 20.0, "Connect and read timeout for URL fetches, seconds."),
    Setting("fetch_max_bytes", int, 10_000_000, "Largest response body fetched, bytes."),
    Setting("fetch_rate", float, 1.0, "Most requests per second to one host."),
    Setting("fetch_retries", int, 3, "Retries with back-off on 429 and 5xx responses."),
    Setting("fetch_max_redirects", int, 5, "Most redirects followed for one URL."),
    Setting("allow_private", bool, False,
            "Allow fetching loopback, private, link-local and multicast addresses."),
    Setting("user_agent", str, "storyline/0.1 (+https://github.com/storyline-news/storyline)",
            "User-Agent sent with every request."),
    Setting("demo_dir", str, "storyline-demo", "Where `storyline demo` writes its store and dossier."),
    Setting("web_hosts", str, "",
            "Host names `storyline serve` also answers to, comma-separated (127.0.0.1, localhost, [::1] "
            "and the --host address always; * answers any, which DNS rebinding can abuse)."),
    Setting("web_max_upload_bytes", int, 200_000_000,
            "Largest web ingest request (all files together), bytes; larger ones are refused unread."),
    Setting("web_page_size", int, 50, "Rows per page of the web listings (stories, search, figures)."),
    Setting("search_max_terms", int, 32, "Most words and phrases one web search may have."),
    Setting("search_max_chars", int, 500, "Longest web search query, characters."),
    Setting("search_timeout", float, 2.0, "Longest time one web search may run, seconds; then it is a 400."),
    Setting("story_threshold", float, 0.25,
            "Stories: least pair score (term and entity cosines, times the time factor) for an edge."),
    Setting("story_confirm_threshold", float, 0.45,
            "Stories: an edge this strong joins two groups of articles by itself; weaker ones need "
            "story_min_common neighbours in common."),
    Setting("story_min_common", int, 2,
            "Stories: common neighbours that confirm a weak edge between two articles."),
    Setting("story_min_term_cos", float, 0.28,
            "Stories: least term cosine of an edge when both articles name entities."),
    Setting("story_half_life_days", float, 60.0,
            "Stories: past the grace days, the time factor of a pair halves every this many days."),
    Setting("story_grace_days", int, 3, "Stories: within this many days the time factor is 1."),
    Setting("story_undated_factor", float, 0.9, "Stories: the time factor when an article has no trusted date."),
    Setting("story_min_shared_keys", int, 3,
            "Stories: a pair is compared only when it shares this many index keys (strong terms, entities)."),
    Setting("story_attach_threshold", float, 0.45,
            "Stories: least edge score by which a group of undated articles joins a dated story."),
    Setting("story_entity_support", int, 8,
            "Stories: the entity cosine is half a pair's score when both articles name this many distinct "
            "entities, less in proportion with fewer."),
    Setting("story_attach_share", float, 0.5,
            "Stories: a group of undated articles joins a dated story only when at least this share of its "
            "members has an edge of the attach threshold to a dated article."),
    Setting("story_part_threshold", float, 0.06,
            "Stories: a group of linked articles is one story while its parts, grown by average link, "
            "have at least this mean edge score over all their pairs of articles (0: never split)."),
    Setting("story_min_part", int, 3,
            "Stories: least articles of a part that is a story of its own; smaller parts go with the "
            "part they are most linked to."),
    Setting("story_part_max_articles", int, 2000,
            "Stories: a group of linked articles of more than this many is not split into parts."),
    Setting("thread_threshold", float, 0.08,
            "Threads: least average similarity of topical words (without names) for two groups of a "
            "story's articles to be one thread (sub-event)."),
    Setting("thread_half_life_days", float, 3.0,
            "Threads: past the grace days, the similarity of two articles of a story halves every this many days."),
    Setting("thread_grace_days", int, 1, "Threads: articles this many days apart or less are compared by words alone."),
    Setting("thread_max_articles", int, 400,
            "Threads: a story with more articles than this is threaded by days (cost bounded by its days)."),
    Setting("dedup_threshold", float, 0.5,
            "Duplicates: LSH threshold on the 5-word shingle Jaccard (copy and syndication candidates)."),
    Setting("dedup_rewrite_threshold", float, 0.35,
            "Duplicates: LSH threshold, and least value, of the distinct-word Jaccard of a rewrite."),
    Setting("dedup_copy_containment", float, 0.98,
            "Duplicates: least share of the smaller text's 5-word shingles in the other for a copy."),
    Setting("dedup_syndicated_containment", float, 0.90,
            "Duplicates: least shingle containment for a syndicated copy (another outlet)."),
    Setting("dedup_rewrite_sentence_overlap", float, 0.5,
            "Duplicates: least share of one text's sentences retold in the other for a rewrite."),
    Setting("dedup_sentence_match", float, 0.4,
            "Duplicates: least word-set Jaccard of two sentences that retell each other."),
    Setting("dedup_max_candidates", int, 10,
            "Duplicates: most candidates of one new article whose texts are read (the most similar)."),
    Setting("dedup_window_days", int, 14,
            "Duplicates: most days between two dated articles checked as duplicates (0: no window); "
            "undated articles are checked against all."),
    Setting("extractor_version", str, "figures-104",
            "Version stamp written with every article's figures; `storyline extract` reads again the articles "
            "stamped otherwise (the code bumps it when extraction changes)."),
    Setting("align_context_window", int, 8, "Words either side of a figure's number kept as its context."),
    Setting("align_event_window", int, 10, "Words after a figure's number searched for the event that counts it."),
    Setting("align_same_context", float, 0.1,
            "Context similarity (idf-weighted Dice of content words) at which two figures of a generic measure, "
            "or of a group one source gives two values of, are one measure."),
    Setting("align_same_context_different_values", float, 0.45,
            "Context similarity two figures with incompatible values need to be one measure (a conflict needs "
            "strong evidence)."),
    Setting("align_same_context_specific", float, 0.05,
            "Context similarity two equal figures of a specific head with no party named need to be one measure."),
    Setting("align_same_digits_bonus", float, 0.35,
            "What two values with the same digits a power of ten apart add to the context similarity (one is "
            "likely a misprint of the other)."),
    Setting("align_equal_bonus", float, 0.1,
            "What two equal values in two articles add to the context similarity of two figures."),
    Setting("align_same_holder", float, 0.3,
            "What the same holder (\"the boy\"), or the same point two distances are counted from "
            "(\"from the floor of the cave\"), adds to the context similarity of two figures."),
    Setting("align_approx_tolerance", float, 0.1,
            "Relative tolerance of an approximate value when comparing figures (\"about 40\" holds 36 to 44)."),
    Setting("align_rounding_tolerance", float, 0.02, "Relative tolerance of an exact value when comparing figures."),
    Setting("align_open_bound_factor", float, 1.5,
            "An open interval (\"more than 600,000\") is read as within this factor of its bound."),
    Setting("align_band_ratio", float, 1.2,
            "Estimates in the thousands within this factor of each other are one band of values."),
    Setting("align_update_gap_days", int, 14,
            "Two bands of values at least this many days apart are an update, not a conflict; a conflict or an "
            "outlier sets against each other only reports said within this many days (one news cycle)."),
    Setting("align_min_main", int, 3,
            "Independent reports a main band needs before another band is an outlier."),
    Setting("align_max_daily_factor", float, 3.0,
            "A figure that changes by more than this factor per day between two reports is not explained by "
            "time: the reports conflict."),
    Setting("align_fold_below", float, 0.5,
            "Findings less sure than this are folded under \"more\" in the dossier and the web page."),
    Setting("watch_jitter", float, 0.1,
            "`storyline watch`: each source's next poll moves by up to this fraction of its interval, at random."),
    Setting("watch_per_host", int, 4,
            "`storyline watch`: most sources of one host polled in one cycle; the others wait for the next."),
    Setting("watch_max_backoff", float, 21600.0,
            "`storyline watch`: longest wait, seconds, before a failing source is polled again (the wait "
            "doubles with each failure)."),
    Setting("watch_retry_for", float, 86400.0,
            "`storyline watch`: how long, seconds, an entry whose page keeps failing for a passing reason "
            "(a time-out, a 5xx) is retried at each poll before it is given up."),
    Setting("watch_webhook_url", str, "",
            "`storyline watch`: URL each cycle's changes are POSTed to as JSON (empty: no webhook)."),
    Setting("watch_webhook_secret", str, "",
            "`storyline watch`: key of the webhook's HMAC-SHA256 signature header (empty: unsigned)."),
    Setting("watch_webhook_timeout", float, 10.0, "`storyline watch`: timeout of one webhook POST, seconds."),
    Setting("watch_webhook_retries", int, 3,
            "`storyline watch`: retries of a webhook POST that failed (connection error, 5xx, 429)."),
)

_BY_NAME = {s.name: s for s in SETTINGS}
#: Settings below 1 make no sense: counts of workers, rows, words, and factors.
_AT_LEAST_ONE = frozenset({"workers", "web_page_size", "search_max_terms", "search_max_chars",
                           "align_context_window", "align_event_window", "align_open_bound_factor",
                           "align_band_ratio", "align_max_daily_factor", "watch_per_host"})


@dataclass(frozen=True, slots=True)
class StorylineConfig:
    """All settings of a run; see :data:`SETTINGS` for the meaning of each field."""

    db: str = "storyline.db"
    workers: int = 1
    max_input_bytes: int = 50_000_000
    min_text_chars: int = 200
    default_language: str = "en"
    figures_time_budget: float = 60.0
    fetch_timeout: float = 20.0
    fetch_max_bytes: int = 10_000_000
    fetch_rate: float = 1.0
    fetch_retries: int = 3
    fetch_max_redirects: int = 5
    allow_private: bool = False
    user_agent: str = "storyline/0.1 (+https://github.com/storyline-news/storyline)"
    demo_dir: str = "storyline-demo"
    web_hosts: str = ""
    web_max_upload_bytes: int = 200_000_000
    web_page_size: int = 50
    search_max_terms: int = 32
    search_max_chars: int = 500
    search_timeout: float = 2.0
    story_threshold: float = 0.25
    story_confirm_threshold: float = 0.45
    story_min_common: int = 2
    story_min_term_cos: float = 0.28
    story_half_life_days: float = 60.0
    story_grace_days: int = 3
    story_undated_factor: float = 0.9
    story_min_shared_keys: int = 3
    story_attach_threshold: float = 0.45
    story_entity_support: int = 8
    story_attach_share: float = 0.5
    story_part_threshold: float = 0.06
    story_min_part: int = 3
    story_part_max_articles: int = 2000
    thread_threshold: float = 0.08
    thread_half_life_days: float = 3.0
    thread_grace_days: int = 1
    thread_max_articles: int = 400
    dedup_threshold: float = 0.5
    dedup_rewrite_threshold: float = 0.35
    dedup_copy_containment: float = 0.98
    dedup_syndicated_containment: float = 0.90
    dedup_rewrite_sentence_overlap: float = 0.5
    dedup_sentence_match: float = 0.4
    dedup_max_candidates: int = 10
    dedup_window_days: int = 14
    extractor_version: str = "figures-104"
    align_context_window: int = 8
    align_event_window: int = 10
    align_same_context: float = 0.1
    align_same_context_different_values: float = 0.45
    align_same_context_specific: float = 0.05
    align_same_digits_bonus: float = 0.35
    align_equal_bonus: float = 0.1
    align_same_holder: float = 0.3
    align_approx_tolerance: float = 0.1
    align_rounding_tolerance: float = 0.02
    align_open_bound_factor: float = 1.5
    align_band_ratio: float = 1.2
    align_update_gap_days: int = 14
    align_min_main: int = 3
    align_max_daily_factor: float = 3.0
    align_fold_below: float = 0.5
    watch_jitter: float = 0.1
    watch_per_host: int = 4
    watch_max_backoff: float = 21600.0
    watch_retry_for: float = 86400.0
    watch_webhook_url: str = ""
    watch_webhook_secret: str = ""
    watch_webhook_timeout: float = 10.0
    watch_webhook_retries: int = 3

    def replace(self, **changes: Any) -> StorylineConfig:
        """Return a copy with ``changes`` applied and validated."""
        return dataclasses.replace(self, **_validated(changes, "arguments"))


def _validated(values: Mapping[str, Any], where: str) -> dict[str, Any]:
    out = {}
    for name, raw in values.items():
        setting = _BY_NAME.get(name)
        if setting is None:
            known = ", ".join(sorted(_BY_NAME))
            raise ConfigError(f"{where}: unknown setting {name!r}; known settings: {known}")
        value = setting.convert(raw, where)
        if setting.type in (int, float) and value < 0:
            raise ConfigError(f"{where}: {name} must not be negative, got {value!r}")
        if name in _AT_LEAST_ONE and value < 1:
            raise ConfigError(f"{where}: {name} must be at least 1, got {value!r}")
        if setting.type is str and name == "extractor_version" and not value.strip():
            raise ConfigError(f"{where}: {name} must not be empty")
        out[name] = value
    return out


def _read_file(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"config file {path} does not exist; check the --config path") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"config file {path} cannot be read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None
    # A file may keep its settings at the top level or under [storyline].
    return dict(data.get("storyline", data))


def load_config(
    config_file: str | os.PathLike[str] | None = None,
    *,
    env: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> StorylineConfig:
    """Build the options of a run: defaults < config file < environment < overrides.

    Args:
        config_file: a TOML file; when None, ``STORYLINE_CONFIG`` or ``./storyline.toml``
            (if it exists) is used.
        env: the environment to read ``STORYLINE_*`` from (default ``os.environ``).
        overrides: explicit values, e.g. the CLI's flags; None values are ignored.

    Returns:
        The validated config.

    Raises:
        ConfigError: a file is missing or malformed, or a value is unknown or of the wrong type.
    """
    env = os.environ if env is None else env
    values: dict[str, Any] = {}
    if config_file is None:
        config_file = env.get(ENV_PREFIX + "CONFIG") or None
        if config_file is None and Path("storyline.toml").is_file():
            config_file = "storyline.toml"
    if config_file is not None:
        values.update(_validated(_read_file(Path(config_file)), f"config file {config_file}"))
    for name in _BY_NAME:
        key = ENV_PREFIX + name.upper()
        if key in env:
            values.update(_validated({name: env[key]}, f"environment variable {key}"))
    if overrides:
        given = {k: v for k, v in overrides.items() if v is not None}
        values.update(_validated(given, "command line"))
    return StorylineConfig(**values)


def config_from_args(config_file: str | None = None, **flags: Any) -> StorylineConfig:
    """The CLI's way in: build the config from ``--config`` and the command's flags."""
    return load_config(config_file, overrides=flags)


def defaults_toml() -> str:
    """Render :data:`SETTINGS` as the commented ``defaults.toml`` shipped in the package."""
    lines = ["# storyline default settings (generated from storyline.config.SETTINGS).",
             "# Copy to storyline.toml and change what you need; STORYLINE_<NAME> and CLI flags override.",
             ""]
    for s in SETTINGS:
        lines.append(f"# {s.help}")
        if s.type is bool:
            lines.append(f"{s.name} = {'true' if s.default else 'false'}")
        elif s.type is str:
            lines.append(f'{s.name} = "{s.default}"')
        else:
            lines.append(f"{s.name} = {s.default!r}")
        lines.append("")
    return "\n".join(lines)


def prefixed(cls: type, config: object, prefix: str) -> Any:
    """An instance of the dataclass ``cls`` from the settings named ``prefix`` + each field
    (``StoryParams`` from the ``story_*`` settings): a stage's thresholds as the user set them."""
    return cls(**{f.name: getattr(config, prefix + f.name) for f in dataclasses.fields(cls)})
