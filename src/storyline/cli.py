"""The ``storyline`` command: thin wrappers, each calling its function of :mod:`storyline.api`.

Only this module prints, shows progress and exits. Every command opens the store, calls
its function of the same name in :mod:`storyline.api` and prints its result; ``--json`` prints one JSON object per line instead of
a table. A :class:`~storyline.errors.StorylineError` is printed as ``Error: message``
on stderr (what happened, the input, what to do; no Python class names). Exit status,
one meaning each: 0 success (everything stored), 1 some inputs rejected (the summary
says which and why; for ``search``, as for grep: nothing matched), 2 usage or configuration error (or the store is
busy with another run, or the article or story named is not in it), 3 some articles failed inside a stage, or the command itself
failed: a bug to report, with storyline's version and the failing input named.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from storyline import api
from storyline.config import StorylineConfig, config_from_args
from storyline.errors import (
    ConfigError,
    MissingDependency,
    NotFound,
    StoreError,
    StorylineError,
)

EXIT_OK, EXIT_SOME_REJECTED, EXIT_USAGE, EXIT_FAILED = 0, 1, 2, 3
#: Stopped by Ctrl-C (SIGINT), as shells report it: 128 + the signal's number.
EXIT_INTERRUPTED = 130
#: The reader of the output closed it early (``storyline articles --json | head -2``), as
#: shells report a command SIGPIPE stopped: 128 + 13.
EXIT_PIPE_CLOSED = 141


def _run_status(rejected: int, failed: int) -> int:
    """The exit status of a run: failures (bugs) outrank rejected inputs."""
    return EXIT_FAILED if failed else EXIT_SOME_REJECTED if rejected else EXIT_OK


#: The width of tables written to a pipe or file: wide enough never to wrap a row.
PIPE_WIDTH = 10_000


def _console(stderr: bool = False):
    """A rich console; one writing to a pipe or file wraps nothing (not at 80 columns)."""
    import os

    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    piped = not stream.isatty() and not os.environ.get("COLUMNS")
    return Console(stderr=stderr, highlight=False, soft_wrap=piped, width=PIPE_WIDTH if piped else None)


def handle_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn storyline errors into a one-line message and an exit code."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except (ConfigError, NotFound, StoreError) as exc:  # StoreError: a store that cannot be used as given
            click.echo(f"Error: {exc}", err=True)
            sys.exit(EXIT_USAGE)
        except StorylineError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(EXIT_SOME_REJECTED)
        except BrokenPipeError:  # the reader has what it wanted: stop quietly
            import os

            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())  # nothing more to flush at exit
            sys.exit(EXIT_PIPE_CLOSED)
        except click.ClickException:  # a usage error: click prints it below the usage line
            raise
        except KeyboardInterrupt:  # Ctrl-C: not "some inputs were rejected" (1)
            click.echo("Interrupted. What was stored is kept and the store is sound; the same command "
                       "run again takes up what this run left.", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except Exception as exc:  # a bug: say so, with what to report
            import traceback

            from storyline import __version__

            traceback.print_exc()
            click.echo(f"Error: storyline {__version__} failed unexpectedly ({exc}). This is a bug; "
                       "please report it with the command, the input and the trace above.", err=True)
            sys.exit(EXIT_FAILED)

    return wrapper


def store_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``--db`` and ``--config``, shared by every command that opens the store."""
    fn = click.option("--config", "config_file", type=click.Path(dir_okay=False),
                      help="A TOML file of settings (default: $STORYLINE_CONFIG or ./storyline.toml).")(fn)
    fn = click.option("--db", default=None, metavar="FILE",
                      help="The SQLite store (default: $STORYLINE_DB or ./storyline.db).")(fn)
    return fn


def json_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--json", "as_json", is_flag=True,
                        help="Print one JSON object per line instead of a table.")(fn)


def _open(config: StorylineConfig, *, create: bool = False):
    """Open the store; only the commands that write articles (``create``) make a new one."""
    return api.open_store(config, create=create)


def _print_jsonl(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        click.echo(json.dumps(row, ensure_ascii=False, sort_keys=True))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="storyline")
def cli() -> None:
    """storyline: who reported which figure, when, and where the sources agree.

    Ingest articles (files, folders, feeds, WARC, URLs) into a store, then list, search,
    show and export them. Start with `storyline demo`.
    """


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@store_options
@click.option("--workers", type=int, default=None, help="Worker processes for cleaning.")
@click.option("--allow-private", is_flag=True, default=None,
              help="Allow fetching loopback and private network addresses.")
@click.option("--figures/--no-figures", "with_figures", default=True, show_default=True,
              help="Also extract each new article's figures (the slow part: spaCy).")
@click.option("--dedup/--no-dedup", default=True, show_default=True,
              help="Link new articles to the stored ones they copy, syndicate or rewrite.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary and rejects as JSON lines.")
@handle_errors
def ingest(inputs: tuple[str, ...], db: str | None, config_file: str | None, workers: int | None,
           allow_private: bool | None, with_figures: bool, dedup: bool, as_json: bool) -> None:
    """Read INPUTS (files, folders, - for stdin, URLs) into the store.

    Each input becomes articles or is rejected with a reason; the run goes on past bad
    input, and past an article a stage fails on. It first finishes what an interrupted
    run left undone. Exit status 0 when all was stored, 1 when some input was rejected,
    3 when some article failed inside a stage (a bug to report), 130 when stopped by Ctrl-C.

    Files of a folder that are not articles (README, LICENSE, SOURCE.md, metadata JSON or JSON Lines)
    are skipped, and the summary says which; that is not an error.

    \b
    Example:
      storyline ingest articles/ feed.xml https://example.org/story --db kursk.db
    """
    config = config_from_args(config_file, db=db, workers=workers, allow_private=allow_private)
    total, skipped = api.ingest_plan(inputs)
    with _open(config, create=True) as store, _IngestProgress(enabled=not as_json, total=total) as progress:
        report = api.ingest(inputs, store, config, progress=progress.update, extract=with_figures,
                            dedup=dedup, run_dir=Path(config.db).with_suffix(".runs") / "last-ingest")
    if as_json:
        from storyline.records import reject_record

        click.echo(json.dumps(report.summary(), sort_keys=True))
        _print_jsonl([reject_record(r) for r in report.rejects])
        _print_jsonl([{"source": path, "skipped": why} for path, why in skipped])
    else:
        _print_ingest_summary(report, with_figures=with_figures)
        _print_skipped(skipped)
    sys.exit(_run_status(report.total_rejected, report.total_failed))


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="The folder to write one shard per input into (created if missing).")
@click.option("--config", "config_file", type=click.Path(dir_okay=False),
              help="A TOML file of settings (default: $STORYLINE_CONFIG or ./storyline.toml).")
@click.option("--workers", type=int, default=None, help="Local processes (or local Dask workers).")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Run on Dask: a scheduler address (tcp://host:8786), or 'local' for a Dask "
                   "cluster on this machine. Needs pip install 'storyline[dask]'.")
@click.option("--figures/--no-figures", "with_figures", default=True, show_default=True,
              help="Also extract the figures (spaCy).")
@click.option("--redo", is_flag=True, help="Rewrite shards even when their input has not changed.")
@click.option("--allow-private", is_flag=True, default=None,
              help="Allow fetching loopback and private network addresses.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per input.")
@handle_errors
def process(inputs: tuple[str, ...], out_dir: str, config_file: str | None, workers: int | None,
            scheduler: str | None, with_figures: bool, redo: bool, allow_private: bool | None,
            as_json: bool) -> None:
    """Read, clean and extract INPUTS in parallel, one shard file per input, without a store.

    For large collections: each input (a WARC file, a folder, a feed, a URL list) is one
    task, run in local processes or on a Dask cluster. Load the shards with `storyline
    load`. Running again redoes only the inputs without a complete shard. Exit status 0
    when nothing was rejected or failed, 1 otherwise.

    \b
    Examples:
      storyline process crawl/*.warc.gz -o shards/ --workers 4
      storyline load shards/ --db big.db
    """
    config = config_from_args(config_file, workers=workers, allow_private=allow_private)
    with _ShardProgress(total=len(inputs), enabled=not as_json) as progress:
        summaries = api.process(inputs, out_dir, config, figures=with_figures, redo=redo,
                                scheduler=scheduler, progress=progress.update)
    if as_json:
        import dataclasses

        _print_jsonl([dataclasses.asdict(s) for s in summaries])
    else:
        written = [s for s in summaries if s.status == "written"]
        kept = sum(1 for s in summaries if s.status == "kept")
        failed = [s for s in summaries if s.status == "failed"]
        # a kept shard is not read again: the counts are those of the shards written now
        held = (f": {_n(sum(s.articles for s in written), 'article')}, "
                f"{_n(sum(s.figures for s in written), 'figure')}, "
                f"{_n(sum(s.rejects for s in written), 'rejected input or document', 'rejected inputs or documents')}"
                if written else "")
        click.echo(f"{_n(len(written), 'shard')} written{held}; {kept} kept (input unchanged), "
                   f"{len(failed)} failed, in {out_dir}")
        only_rejects = [s.input for s in written if s.articles == 0 and s.rejects]
        if only_rejects:  # such a shard records a reject, not articles: say so, not just "written"
            click.echo(f"  no article, only rejects, from {', '.join(only_rejects)}: "
                       f"`storyline load` records them (see `storyline rejects`)")
        for s in failed:
            click.echo(f"failed {s.input}: {s.error}", err=True)
        click.echo(f"next: storyline load {out_dir}")
    sys.exit(_run_status(sum(s.rejects for s in summaries),
                         sum(s.status == "failed" or s.failures > 0 for s in summaries)))


def _n(count: int, one: str, many: str | None = None) -> str:
    """``count`` and the noun in the number it takes: ``1 shard``, ``2 shards``."""
    return f"{count} {one if count == 1 else (many or one + 's')}"


class _ShardProgress:
    """A progress bar over the inputs of `storyline process` (stderr, terminals only)."""

    def __init__(self, total: int, enabled: bool):
        self.total = total
        self.enabled = enabled and sys.stderr.isatty()
        self.progress = None

    def __enter__(self) -> _ShardProgress:
        if self.enabled:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
            )

            self.progress = Progress(TextColumn("[bold]process"), BarColumn(), MofNCompleteColumn(),
                                     TextColumn("{task.description}"), TimeElapsedColumn(),
                                     console=_console(stderr=True), transient=True)
            self.progress.start()
            self.task = self.progress.add_task("", total=self.total)
        return self

    def update(self, summary: Any) -> None:
        if self.progress is not None:
            self.progress.update(self.task, advance=1, description=Path(summary.input).name)

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()


@cli.command()
@click.argument("shards", nargs=-1, required=True)
@store_options
@click.option("--dedup/--no-dedup", default=True, show_default=True,
              help="Link new articles to the stored ones they copy, syndicate or rewrite.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary and rejects as JSON lines.")
@handle_errors
def load(shards: tuple[str, ...], db: str | None, config_file: str | None, dedup: bool, as_json: bool) -> None:
    """Load the shards `storyline process` wrote (files or their folder) into the store.

    Stores their articles, figures and rejects, then links duplicates and clusters stories,
    as `storyline ingest` would have. An incomplete shard is rejected and the others load.
    Exit status 0 when nothing was rejected, 1 otherwise.

    \b
    Example:
      storyline load shards/ --db big.db
    """
    from storyline.records import reject_record

    config = config_from_args(config_file, db=db)
    with _open(config, create=True) as store, _IngestProgress(enabled=not as_json) as progress:
        report = api.load(shards, store, config, dedup=dedup, progress=progress.update)
    if as_json:
        click.echo(json.dumps({**report.summary(), "figures": report.figures}, sort_keys=True))
        _print_jsonl([reject_record(r) for r in report.rejects])
    else:
        _print_ingest_summary(report, with_figures=True, title="load summary")
    sys.exit(_run_status(report.total_rejected, report.total_failed))


class _IngestProgress:
    """A progress bar on a terminal (stderr), silent elsewhere: inputs done of ``total``
    (files and URLs; an input is done once it gave an article or a reject), an ETA, and
    the articles stored, rejected and failed so far."""

    def __init__(self, enabled: bool, total: int | None = None):
        self.enabled = enabled and sys.stderr.isatty()
        self.progress = None
        self.total = total
        self.inputs: set[str] = set()
        self.stored = self.rejected = self.failed = 0

    def __enter__(self) -> _IngestProgress:
        if self.enabled:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self.progress = Progress(SpinnerColumn(), TextColumn("[bold]ingest"), BarColumn(),
                                     MofNCompleteColumn(), TextColumn("inputs"),
                                     TextColumn("{task.description}"), TimeElapsedColumn(),
                                     TextColumn("ETA"), TimeRemainingColumn(),
                                     console=_console(stderr=True), transient=True)
            self.progress.start()
            self.task = self.progress.add_task("", total=self.total)
        return self

    def _input_of(self, item: Any) -> str:
        from storyline.model import Rejected

        source = item.source if isinstance(item, Rejected) else item.provenance.source
        return source.split(" (", 1)[0]

    def update(self, item: Any) -> None:
        from storyline.model import Rejected

        if isinstance(item, Rejected) and item.failed:
            self.failed += 1
        elif isinstance(item, Rejected):
            self.rejected += 1
        else:
            self.stored += 1
        if self.progress is not None:
            self.inputs.add(self._input_of(item))
            done = len(self.inputs) if self.total is None else min(len(self.inputs), self.total)
            self.progress.update(self.task, completed=done,
                                 description=f"{self.stored} articles, {self.rejected} rejected"
                                             + (f", [red]{self.failed} failed[/red]" if self.failed else ""))

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()


@cli.command()
@store_options
@click.option("--article", "article_id", default=None, help="Only the pairs of this article (id or prefix).")
@json_option
@handle_errors
def duplicates(db: str | None, config_file: str | None, article_id: str | None, as_json: bool) -> None:
    """List the articles that copy, syndicate or rewrite others, with the evidence.

    \b
    Examples:
      storyline duplicates --db kursk.db
      storyline duplicates --article 5574717b --json
    """
    from storyline.records import duplicate_text

    with _open(config_from_args(config_file, db=db)) as store:
        rows = api.duplicates(store, article_id=article_id)
    if as_json:
        _print_jsonl(rows)
        return
    from rich.markup import escape

    console = _console()
    if not rows:
        console.print("no duplicates found")
    for r in rows:
        console.print(f"[bold]{r['relation']}[/bold]  {escape(duplicate_text(r))}")
        console.print(f"  containment {r['containment']:.2f}, shingle similarity {r['similarity']:.2f}, "
                      f"words {r['word_similarity']:.2f}, sentences retold {r['sentence_overlap']:.2f}")
        console.print(f"  shared: [dim]“{escape(r['shared_passage'])}”[/dim]")


@cli.command()
@store_options
@click.option("--explain", is_flag=True, help="Say why each article is in its story.")
@click.option("--min-articles", type=int, default=1, show_default=True, help="Only stories with this many articles.")
@json_option
@handle_errors
def stories(db: str | None, config_file: str | None, explain: bool, min_articles: int, as_json: bool) -> None:
    """List the stories: label, period, articles and outlets.

    \b
    Example:
      storyline stories --db kursk.db --min-articles 2 --explain
    """
    from storyline.records import story_text, thread_text

    with _open(config_from_args(config_file, db=db)) as store:
        rows = api.stories(store, min_articles=min_articles)
    if as_json:
        _print_jsonl(rows)
        return
    from rich.markup import escape

    console = _console()
    if not rows:
        console.print("no stories yet: ingest some articles first")
    for r in rows:
        console.print(f"[bold]{r['story_id']}[/bold]  {escape(r['title'])}")
        console.print(f"  {escape(story_text(r))}")
        console.print(f"  [dim]keywords: {escape(r['label'])}[/dim]")
        if explain:
            threads = r.get("threads") or []
            if len(threads) > 1:
                console.print(f"  {len(threads)} threads (sub-events):")
                for t in threads:
                    console.print(f"    {escape(thread_text(t))}")
            for m in r["members"]:
                why = (f"score {m['score']:.2f} with {m['neighbour'][:8]}: "
                       f"entities {', '.join(m['shared_entities'][:5]) or '—'}; terms {', '.join(m['shared_terms'][:5]) or '—'}"
                       if m["neighbour"] else "starts the story (no close article)")
                where = f" (thread {m['thread']})" if len(threads) > 1 and m.get("thread") else ""
                console.print(f"    {m['article_id'][:8]} {escape(m['path'] or '')}{where}\n      [dim]{escape(why)}[/dim]")


def _story_given(argument: str | None, option: str | None) -> str | None:
    """The story named as an argument (``storyline report 1a2b``) or with ``--story``."""
    if argument and option and argument != option:
        raise click.UsageError(f"two stories given ({argument} and --story {option}): give one")
    return argument or option


@cli.command()
@store_options
@click.argument("story", required=False, metavar="[STORY]")
@click.option("--story", "story_id", default=None, help="The story (id or prefix); default: the largest.")
@click.option("--format", "fmt", type=click.Choice(["html", "md", "json"]), default="html", show_default=True)
@click.option("-o", "--output", default=None, type=click.Path(dir_okay=False, allow_dash=True),
              help="The file to write, - for standard output (default: <story-id>.<format>). "
                   "Its folder must exist.")
@handle_errors
def report(db: str | None, config_file: str | None, story: str | None, story_id: str | None, fmt: str,
           output: str | None) -> None:
    """Write a story's dossier: key numbers, findings, charts, sources, highlighted texts.

    STORY (or --story) is a story's id or a unique prefix of it (`storyline stories` lists them).

    \b
    Examples:
      storyline report                      # the largest story, to <story-id>.html
      storyline report 1a2b -o kursk.html
      storyline report --format md -o - | less
    """
    story_id = _story_given(story, story_id)
    config = config_from_args(config_file, db=db)
    with _open(config) as store:
        _, text, path = api.report(store, story_id=story_id, fmt=fmt, output=output, config=config)
    if path is None:
        click.echo(text, nl=False)
        return
    click.echo(f"wrote {path}", err=True)


@cli.command()
@store_options
@handle_errors
def recluster(db: str | None, config_file: str | None) -> None:
    """Cluster every stored article into stories again, from scratch.

    \b
    Example:
      storyline recluster --db kursk.db
    """
    config = config_from_args(config_file, db=db)
    with _open(config) as store:
        found = api.recluster(store, config)
    click.echo(f"{len(found)} stories, {sum(1 for s in found if len(s.article_ids) > 1)} with more than one article")


def _no_ledger(store: Any, story_id: str | None) -> str:
    """Why a ledger came out empty: no figures at all, no story of two or more articles, or
    figures that no measure tracks."""
    if not store.conn.execute("SELECT 1 FROM figures LIMIT 1").fetchone():
        return "no tracked figures: ingest articles with figures (storyline extract) first"
    if story_id is None and not any(s["articles"] > 1 for s in store.story_summaries()):
        return ("no tracked figures: no story has two or more articles yet; `storyline ledger --story ID` "
                "gives the ledger of a one-article story (`storyline stories` lists them)")
    scope = "this story" if story_id else "the stories of two or more articles"
    return f"no tracked figures: the articles of {scope} have no figure a measure can track"


@cli.command()
@store_options
@click.argument("story", required=False, metavar="[STORY]")
@click.option("--story", "story_id", default=None, help="The story (id or prefix); default: every story of 2+ articles.")
@json_option
@handle_errors
def ledger(db: str | None, config_file: str | None, story: str | None, story_id: str | None, as_json: bool) -> None:
    """The ledger of a story: each tracked figure, who reported which value when, and the findings.

    STORY (or --story) is a story's id or a unique prefix of it (`storyline stories` lists them).

    \b
    Example:
      storyline ledger c983656c --db kursk.db
    """
    story_id = _story_given(story, story_id)
    from storyline.records import OWN_VOICE, finding_text

    failures: list = []
    config = config_from_args(config_file, db=db)
    with _open(config) as store:
        rows = api.ledger(store, story_id=story_id, failures=failures, config=config)
        empty = "" if rows else _no_ledger(store, story_id)
    for fail in failures:  # one story's alignment failed; the others are listed
        click.echo(f"failed: {fail.source}: {fail.detail}", err=True)
    if as_json:
        _print_jsonl(rows)
        sys.exit(EXIT_FAILED if failures else EXIT_OK)
    from rich.markup import escape
    from rich.table import Table

    console = _console()
    if not rows:
        console.print(empty)
    for r in rows:
        console.print(f"\n[bold]{escape(r['label'])}[/bold]  [dim]{r['tracked_id']}[/dim]")
        console.print(f"  {escape(r['summary'])}")
        table = Table(show_header=True, box=None, pad_edge=False)
        for col in ("value", "source", "date", "article"):
            table.add_column(col, overflow="fold")
        for f in r["figures"]:
            table.add_row(escape(f["text"]), escape(f.get("source") or OWN_VOICE), f.get("date") or "—",
                          f["article_id"][:8])
        for f in r["excluded"]:
            table.add_row(f"[dim]{escape(f['text'])} (excluded: {escape(f['reason'])})[/dim]",
                          escape(f.get("source") or OWN_VOICE), f.get("date") or "—", f["article_id"][:8])
        console.print(table)
        for finding in r["findings"]:
            kind, _, sentence = finding_text(finding).partition(": ")
            console.print(f"  [bold]{kind}[/bold]: {escape(sentence)}")
    if failures:
        sys.exit(EXIT_FAILED)


@cli.command()
@store_options
@click.option("--workers", type=int, default=None, help="Processes for spaCy.")
@click.option("--redo", is_flag=True, help="Read every article again, even those already extracted.")
@handle_errors
def extract(db: str | None, config_file: str | None, workers: int | None, redo: bool) -> None:
    """Extract the figures of the stored articles not yet read by this version.

    \b
    Example:
      storyline extract --db kursk.db --workers 2
    """
    config = config_from_args(config_file, db=db, workers=workers)
    with _open(config) as store:
        report = api.extract(store, config, redo=redo)
    click.echo(f"read {report.articles} articles, found {report.figures} figures"
               + (f", {report.skipped} skipped" if report.skipped else "")
               + (f", {report.failed} failed" if report.failed else ""))
    for rej in report.rejects[:20]:
        click.echo(f"{'failed' if rej.failed else 'skipped'} {rej.source}: {rej.reason} — {rej.detail}",
                   err=True)
    sys.exit(_run_status(report.skipped, report.failed))


@cli.command()
@store_options
@click.option("--article", "article_id", default=None, help="Only the figures of this article (id or prefix).")
@click.option("--measure", "measure_head", default=None,
              help="Only figures of this normalised measure (personnel, killed, casualties...).")
@json_option
@handle_errors
def figures(db: str | None, config_file: str | None, article_id: str | None,
            measure_head: str | None, as_json: bool) -> None:
    """List the figures: value, what is counted, who said it, when, how sure.

    \b
    Examples:
      storyline figures --db kursk.db --measure personnel
      storyline figures --article 5574717b --json
    """
    with _open(config_from_args(config_file, db=db)) as store:
        rows = api.figures(store, article_id=article_id, measure_head=measure_head)
    if as_json:
        _print_jsonl(rows)
        return
    from rich.table import Table

    table = Table(show_header=True, title=f"{len(rows)} figures", show_lines=False)
    for col in ("article", "figure", "interval", "measure", "source", "said on", "modality"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(r["article_id"][:8], r["text"], r["interval"], f"{r['measure']} [{r['measure_head']}]",
                      r["source"],
                      (r["said_on"] or {}).get("value") or "—", r["modality"])
    _console().print(table)


def _print_skipped(skipped: list[tuple[str, str]]) -> None:
    """Say which files of the folders were skipped as not articles (not an error)."""
    if not skipped:
        return
    from rich.markup import escape

    names = ", ".join(Path(path).name for path, _ in skipped[:8]) + (" …" if len(skipped) > 8 else "")
    _console().print(f"skipped {len(skipped)} files that are not articles (notes about the folder, "
                     f"metadata JSON or JSON Lines): {escape(names)}")


def _print_ingest_summary(report, *, with_figures: bool, title: str = "ingest summary") -> None:
    from rich.markup import escape
    from rich.table import Table

    from storyline.records import reject_record, reject_text

    table = Table(title=title, show_header=True)
    table.add_column("outcome")
    table.add_column("count", justify="right")
    table.add_row("read", str(report.read))
    table.add_row("stored", str(report.stored))
    table.add_row("already present", str(report.already_present))
    if report.resumed:
        table.add_row("resumed (left unfinished by an earlier run)", str(report.resumed))
    table.add_row("duplicate pairs found", str(report.duplicates))
    if with_figures:
        table.add_row("figures extracted", str(report.figures))
    for reason, count in sorted(report.rejected.items()):
        table.add_row(f"rejected: {reason}", str(count))
    for reason, count in sorted(report.failed.items()):
        table.add_row(f"[red]failed: {escape(reason)}[/red]", str(count))
    console = _console()
    console.print(table)
    failures = [r for r in report.rejects if r.failed]
    shown = (failures + [r for r in report.rejects if not r.failed])[:20]
    for rej in shown:
        word = "[red]failed[/red]" if rej.failed else "[yellow]rejected[/yellow]"
        console.print(f"{word} {escape(reject_text(reject_record(rej)))}", markup=True)
    if len(report.rejects) > 20:
        console.print(f"… and {len(report.rejects) - 20} more (see `storyline rejects`, or "
                      "rejects.jsonl in the store's .runs folder)")
    if report.outdated:
        console.print(f"{report.outdated} stored articles were read by an older figure extractor; "
                      "`storyline extract` reads them again.")


@cli.command()
@store_options
@json_option
@handle_errors
def articles(db: str | None, config_file: str | None, as_json: bool) -> None:
    """List the stored articles: id, date, outlet, title.

    \b
    Examples:
      storyline articles --db kursk.db
      storyline articles --json | jq .title
    """
    with _open(config_from_args(config_file, db=db)) as store:
        rows = api.articles(store)
    if as_json:
        _print_jsonl(rows)
        return
    from rich.table import Table

    table = Table(show_header=True, title=f"{len(rows)} articles")
    for col in ("id", "published", "outlet", "title", "chars"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(r["id"], r["published"] or "—", r["outlet"] or "—", r["title"] or "—", str(r["chars"]))
    _console().print(table)


@cli.command()
@store_options
@click.option("--failed", "failed_only", is_flag=True, help="Only the failures (a stage raised: a bug to report).")
@json_option
@handle_errors
def rejects(db: str | None, config_file: str | None, failed_only: bool, as_json: bool) -> None:
    """List every input the store's runs rejected, and every failure, with the reason.

    From all runs, oldest first; a reject a rerun met again is listed once (SEEN: in how
    many runs). The last run's alone are also in rejects.jsonl in the store's .runs folder.

    \b
    Examples:
      storyline rejects --db mystory.db
      storyline rejects --json | jq -r 'select(.reason == "no_text") | .source'
    """
    with _open(config_from_args(config_file, db=db)) as store:
        rows = api.rejects(store, failed_only=failed_only)
    if as_json:
        _print_jsonl(rows)
        return
    if not rows:  # an empty table says less than a sentence
        click.echo("no failures" if failed_only else "no rejects or failures")
        return
    from rich.markup import escape
    from rich.table import Table

    table = Table(show_header=True, title=f"{len(rows)} {'failures' if failed_only else 'rejects and failures'}")
    for col in ("input", "stage", "reason", "why", "seen", "last run"):
        table.add_column(col, overflow="fold")
    for r in rows:
        reason = f"[red]failed: {escape(r['reason'])}[/red]" if r["failed"] else escape(r["reason"])
        table.add_row(escape(r["source"]), r["stage"], reason, escape(r["detail"] or ""),
                      str(r["seen"]), (r["at"] or "")[:19])
    _console().print(table)


@cli.command()
@click.argument("article_id")
@store_options
@click.option("--removed", is_flag=True, help="Also show the lines the cleaner removed, with the rule.")
@json_option
@handle_errors
def show(article_id: str, db: str | None, config_file: str | None, removed: bool, as_json: bool) -> None:
    """Show one article: its metadata with where each value came from, then its text.

    \b
    Example:
      storyline show 5574717b --db kursk.db --removed
    """
    with _open(config_from_args(config_file, db=db)) as store:
        view = api.show(store, article_id, removed=removed, local=True)
    article, inputs = view.article, view.record["inputs"]
    if as_json:
        _print_jsonl([view.record])
        return
    from rich.markup import escape

    console = _console()
    console.print(f"[bold]{escape(article.title.value or '(no title)')}[/bold]  [dim]{article.id}[/dim]")
    for name in article.METADATA:
        field = getattr(article, name)
        where = f"{field.origin}: {field.detail}" if field.detail else field.origin
        console.print(f"  {name:<10} {escape(field.value or '—')}  [dim]({escape(where or 'not found')})[/dim]")
    console.print(f"  {'source':<10} {escape(article.provenance.label)}  [dim]({article.provenance.format}, "
                  f"sha256 {article.provenance.sha256[:12]}…)[/dim]")
    for extra in inputs[1:]:
        console.print(f"  {'also in':<10} {escape(extra['source'])} {escape(extra['member'])}")
    console.print()
    console.print(escape(article.text))
    if removed:
        console.print()
        console.print(f"[bold]removed lines ({len(article.removed)})[/bold]")
        for line in article.removed:
            console.print(f"  {line.line_no:>4} [dim]{line.rule:<10}[/dim] {escape(line.text)}")


@cli.command()
@click.argument("query")
@store_options
@click.option("--limit", default=20, show_default=True, help="Most hits shown.")
@json_option
@handle_errors
def search(query: str, db: str | None, config_file: str | None, limit: int, as_json: bool) -> None:
    """Full-text search of titles and texts (SQLite FTS5 syntax: words, "phrases", OR, NEAR).

    A word typed with punctuation that is no FTS5 syntax (U.S., it's, Jong-un, 9/11) is
    read as the phrase of its words.

    \b
    Example:
      storyline search '"North Korean" NEAR(casualties)' --db kursk.db
    """
    with _open(config_from_args(config_file, db=db)) as store:
        hits = api.search(store, query, limit=limit, marks=("[", "]") if as_json else ("\x02", "\x03"))
    if as_json:
        _print_jsonl(hits)
        sys.exit(EXIT_OK if hits else EXIT_SOME_REJECTED)
    from rich.markup import escape

    console = _console()
    if not hits:
        click.echo(f"no article matches {query!r}", err=True)
        sys.exit(EXIT_SOME_REJECTED)  # as grep and ripgrep: 1 when nothing matched
    for hit in hits:
        snippet = escape(hit["snippet"]).replace("\x02", "[bold yellow]").replace("\x03", "[/bold yellow]")
        console.print(f"[bold]{escape(hit['title'] or '(no title)')}[/bold] [dim]{hit['id']} "
                      f"{escape(hit['outlet'] or '')} {hit['published'] or ''}[/dim]")
        console.print(f"  {snippet}")


@cli.command()
@store_options
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl",
              show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Output file (default: standard output; required for parquet).")
@handle_errors
def export(db: str | None, config_file: str | None, fmt: str, output: str | None) -> None:
    """Export every article with its metadata and provenance.

    \b
    Example:
      storyline export --db kursk.db --format csv -o articles.csv
    """
    if fmt == "parquet" and output is None:
        raise ConfigError("--format parquet writes a binary file: give it with -o FILE.parquet")
    with _open(config_from_args(config_file, db=db)) as store:
        count = api.export(store, fmt, output if output else sys.stdout)
    if output:
        click.echo(f"wrote {count} articles to {output}", err=True)


@cli.command()
@click.option("--out", "out_dir", default=None, metavar="DIR",
              help="Where the demo store and dossier go (default: ./storyline-demo).")
@click.option("--corpus", type=click.Path(exists=True, file_okay=False), default=None,
              help="The sample corpus to ingest (default: the project's examples/kursk).")
@handle_errors
def demo(out_dir: str | None, corpus: str | None) -> None:
    """Ingest the sample corpus into a fresh store and write its dossier.

    \b
    Example:
      storyline demo --out /tmp/storyline-demo
    """
    config = config_from_args(None, demo_dir=out_dir)
    result = api.demo(config, corpus=corpus)
    console = _console()
    console.print(f"ingested {result.report.stored} articles from {result.corpus} "
                  f"({result.report.total_rejected} rejected)")
    console.print(f"store:   {result.db}")
    console.print(f"dossier: {result.dossier}")
    for other in result.others:
        console.print(f"         {other}")


def _check_address(host: str, port: int) -> None:
    """Refuse, before anything is served, an address that cannot be listened on (a port in
    use, a host that is not this machine's): the server would stop with a status of its own."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
        family, kind, proto, _, address = infos[0]
        with socket.socket(family, kind, proto) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server binds
            sock.bind(address)
    except OSError as exc:
        raise ConfigError(f"cannot serve on {host}:{port}: {exc.strerror or exc}; give another --port "
                          "(or --host)") from None


@cli.command()
@store_options
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but 127.0.0.1 exposes the store to the network.")
@click.option("--port", type=int, default=8000, show_default=True, help="Port to listen on.")
@handle_errors
def serve(db: str | None, config_file: str | None, host: str, port: int) -> None:
    """Serve the web UI and JSON API; read-only unless STORYLINE_TOKEN is set (it allows ingest).

    \b
    Example:
      storyline serve --db kursk.db --port 8000
    """
    # The one command that is not a call of storyline.api: it starts the web front, which
    # itself reads through the api (so the api cannot import it back).
    try:
        import uvicorn  # noqa: F401

        from storyline.web import serve as serve_web
    except ImportError as exc:
        raise MissingDependency(exc.name or "fastapi", "web") from None
    config = config_from_args(config_file, db=db)
    api.check_store(config)
    _check_address(host, port)
    click.echo(f"serving {config.db} on http://{host}:{port}/ (Ctrl-C stops)", err=True)
    serve_web(config, host=host, port=port)


@cli.command()
@click.argument("sources", nargs=-1)
@store_options
@click.option("--every", default=None,
              help="How often each source is polled (30s, 15m, 2h, 1d); without SOURCES, every watched "
                   "source's interval is set to it.  [default: 15m for a new source]")
@click.option("--once", is_flag=True, help="Run one cycle and exit (for cron and systemd timers).")
@click.option("--allow-private", is_flag=True, default=None,
              help="Allow fetching loopback and private network addresses.")
@click.option("--figures/--no-figures", "with_figures", default=True, show_default=True,
              help="Extract each new article's figures (the slow part: spaCy).")
@click.option("--json", "as_json", is_flag=True, help="Print each cycle's report as a JSON line.")
@handle_errors
def watch(sources: tuple[str, ...], db: str | None, config_file: str | None, every: str | None, once: bool,
          allow_private: bool | None, with_figures: bool, as_json: bool) -> None:
    """Poll SOURCES (feed URLs or files, URL lists, folders) and ingest what is new.

    Each cycle polls the sources that are due (conditional requests; a failing source
    backs off and never stops the others), ingests the new articles, updates stories,
    figures and findings, and records what changed (`storyline changes`). The sources are
    kept in the store: without SOURCES, the store's own are watched. SIGTERM or Ctrl-C
    stop between two items; the next watch goes on. Exit 2 when another watch holds the store.

    \b
    Example:
      storyline watch https://example.org/feed.xml urls.txt inbox/ --every 15m --db kursk.db
      storyline watch --once --db kursk.db      # from cron or a systemd timer
    """
    from storyline import api

    config = config_from_args(config_file, db=db, allow_private=allow_private)

    def show(report) -> None:
        if as_json:
            click.echo(json.dumps(report.summary(), sort_keys=True, ensure_ascii=False))
            return
        errors = "".join(f"; {e['source']} failed: {e['error']}" for e in report.errors)
        hook = report.webhook
        if hook is not None and not hook["ok"]:
            errors += f"; webhook failed: {hook['error']}" + (" (sent again next cycle)" if hook["pending"] else "")
        if report.redelivered:
            errors += f"; webhook: sent the pending changes of cycle(s) {', '.join(map(str, report.redelivered))}"
        rejected = (f", {report.rejected} rejected (`storyline rejects` says why)" if report.rejected else "")
        click.echo(f"cycle {report.cycle}: {len(report.polled)} polled, {report.stored} new articles, "
                   f"{len(report.changes)} changes{rejected}{errors}" + (" (stopped; the next watch goes on)"
                                                               if report.stopped else ""), err=not once)

    with _open(config, create=bool(sources)) as store:  # without SOURCES, the store must exist
        api.watch(store, config, sources, every=every, once=once, figures=with_figures, on_cycle=show)


@cli.command()
@store_options
@click.option("--remove", multiple=True, metavar="SOURCE",
              help="Stop watching SOURCE, as listed (repeatable); what was read from it stays.")
@json_option
@handle_errors
def sources(db: str | None, config_file: str | None, remove: tuple[str, ...], as_json: bool) -> None:
    """List the sources `storyline watch` polls: interval, last poll, status, failures in a
    row and the last error, entries read. `--remove` stops watching one; `storyline watch
    SOURCE` adds it again (it then reads only what is new).

    \b
    Example:
      storyline sources --db kursk.db
      storyline sources --db kursk.db --remove https://example.org/feed.xml
    """
    from storyline import api

    config = config_from_args(config_file, db=db)
    with _open(config) as store:
        rows = api.sources(store, remove=remove)
    for spec in remove:
        click.echo(f"no longer watching {spec}", err=True)
    if as_json:
        _print_jsonl(rows)
        return
    for r in rows:
        every = _duration(r["interval"])
        state = r["status"] or "not polled yet"
        if r["failures"]:
            state += f", {r['failures']} failure{'s' if r['failures'] != 1 else ''} in a row: {r['error']}"
        click.echo(f"{r['source']}\n    every {every}; last poll {r['last_poll'] or '-'} ({state}); "
                   f"next {r['next_due']}; {r['read']} read" + (f", {r['gone']} gone" if r["gone"] else "")
                   + (f", {r['retrying']} retrying" if r["retrying"] else ""))
    if not rows:
        click.echo("no sources watched; add some with `storyline watch SOURCES...`", err=True)


def _duration(seconds: float) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{int(seconds // size)}{unit}"
    return f"{seconds:g}s"


@cli.command()
@store_options
@click.option("--story", "story_id", default=None, help="Only this story (id or unique prefix).")
@click.option("--since", default=None, help="Only changes since a date or time (2026-03-01T12:00) or an age (12h, 7d).")
@click.option("--format", "fmt", type=click.Choice(["table", "atom"]), default="table", show_default=True,
              help="A table (or JSON lines with --json), or an Atom feed.")
@json_option
@handle_errors
def changes(db: str | None, config_file: str | None, story_id: str | None, since: str | None, fmt: str,
            as_json: bool) -> None:
    """List what `storyline watch` found changed: new articles and figures, new tracked
    figures, conflicts found or resolved, updates, sources revising their figures.

    \b
    Example:
      storyline changes --story 3fa2 --since 24h
      storyline changes --story 3fa2 --format atom > changes.atom
    """
    from storyline import api

    config = config_from_args(config_file, db=db)
    with _open(config) as store:
        if fmt == "atom":
            click.echo(api.changes_atom(store, story_id=story_id, since=since), nl=False)
            return
        rows = api.changes(store, story_id=story_id, since=since)
    if as_json:
        _print_jsonl(rows)
        return
    for row in rows:
        click.echo(f"{row['at']}  {row['story_id'][:10]}  {row['kind']:<17}  {row['summary']}")
    if not rows:
        click.echo("no changes recorded" + (" for that story" if story_id else "") + (" since then" if since else ""),
                   err=True)


def main() -> None:
    """Entry point of the ``storyline`` command."""
    cli(prog_name="storyline")
