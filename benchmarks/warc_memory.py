"""Peak memory of reading a large WARC: the reader streams, so memory must not grow with it.

Writes a ``.warc.gz`` of 1,000 HTML responses (varied pages of about 20-60 KB, generated
from a fixed seed, written one by one) to a temporary directory, then measures, each in a
fresh subprocess so that one measurement cannot inflate the next:

- ``warc``: :func:`storyline.ingest.warc.read` over the file, every document consumed;
- ``raw``:  the ingest dispatcher (``storyline.ingest.read_raw``, else ``iter_raw``) over it;
- ``core``: the ingest run's read, clean and store stages (into a temporary SQLite file);
- ``full``: the whole default ingest run, also linking duplicates and clustering stories, when
  ``storyline.run.ingest`` exists; skip it with ``--no-full``.

It prints the peak resident set size (``ru_maxrss``) of each, next to the process's size
just after the imports, and the tracemalloc peak of Python allocations for ``warc``.
Target: every peak under 300 MB.

    .venv/bin/python benchmarks/warc_memory.py [--records 1000] [--no-full] [--keep DIR]
"""

from __future__ import annotations

import argparse
import io
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_MB = 300

_WORDS = (
    "the council minister said troops border officials report figure village region army "
    "agency spokesperson statement estimate casualties wounded killed according sources "
    "intelligence ministry defence brigade units arrived moved week earlier later monday "
    "tuesday thursday residents rescue crews ambulance hospital damaged homes power supply "
    "talks ceasefire envoy delegation vote budget percent million billion dollars euros "
    "analysts warned expected forecast could might several dozens hundreds thousands "
    "reporters confirmed denied claimed disputed independent verify photographs satellite"
).split()
_NAV = ("Home", "World", "Politics", "Business", "Science", "Sport", "Opinion", "Subscribe")


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(8, 22))]
    if rng.random() < 0.4:
        words.insert(rng.randint(0, len(words)), f"{rng.randint(2, 40_000):,}")
    return " ".join(words).capitalize() + "."


def make_page(n: int, rng: random.Random) -> bytes:
    """One synthetic news page of about 20-60 KB (words generated, no third-party text)."""
    target = rng.randint(20_000, 60_000)
    nav = "".join(f'<li><a href="/{s.lower()}">{s}</a></li>' for s in _NAV)
    head = (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>Report {n}: {_sentence(rng)[:60]}</title>"
            f"<meta property=\"article:published_time\" content=\"2024-11-{1 + n % 28:02d}T10:00:00Z\">"
            f"</head><body><nav><ul>{nav}</ul></nav><article><h1>Report {n}</h1>"
            f"<p class=\"byline\">By Staff Writer {n % 37}</p>")
    parts = [head]
    size = len(head)
    while size < target:
        para = "<p>" + " ".join(_sentence(rng) for _ in range(rng.randint(2, 6))) + "</p>\n"
        parts.append(para)
        size += len(para)
    parts.append("</article><footer><p>Copyright the publisher.</p></footer></body></html>")
    return "".join(parts).encode()


def write_warc(path: Path, records: int, seed: int = 20241112) -> int:
    """Write ``records`` HTML responses (plus their requests) to ``path``; return its bytes."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(seed)
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "storyline-bench"}))
        for n in range(1, records + 1):
            url = f"https://bench.example/{n:04d}/story.html"
            body = make_page(n, rng)
            req = StatusAndHeaders(f"GET /{n:04d}/story.html HTTP/1.1",
                                   [("Host", "bench.example")], is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b""),
                                                          http_headers=req))
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                                  ("Content-Length", str(len(body)))],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response",
                                                          payload=io.BytesIO(body),
                                                          http_headers=headers))
    return path.stat().st_size


def _rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def measure(mode: str, path: str) -> dict[str, object]:
    """Run one mode in this process and return its numbers (called in the subprocess)."""
    import tracemalloc

    from storyline.config import StorylineConfig

    config = StorylineConfig()
    import storyline.ingest as ingest_pkg
    from storyline.ingest import warc

    if mode in ("core", "full"):
        import storyline.run  # noqa: F401  (import cost before the baseline)
    baseline = _rss_mb()
    started = time.perf_counter()
    docs = rejects = 0
    traced = None
    if mode == "warc":
        tracemalloc.start()
        with open(path, "rb") as fh:
            for item in warc.read(path, fh, config):
                if hasattr(item, "data"):
                    docs += 1
                else:
                    rejects += 1
        traced = tracemalloc.get_traced_memory()[1] / (1024 * 1024)
        tracemalloc.stop()
    elif mode == "raw":
        reader = getattr(ingest_pkg, "read_raw", None) or ingest_pkg.iter_raw
        for item in reader([path], config):
            if hasattr(item, "data"):
                docs += 1
            else:
                rejects += 1
    elif mode in ("core", "full"):
        from storyline.run import ingest
        from storyline.store.db import open_store

        # core: read, clean, store; full: also duplicate linking and story clustering.
        extra = {} if mode == "full" else {"dedup": False, "stories": False}
        with tempfile.TemporaryDirectory() as tmp:
            store = open_store(Path(tmp) / "bench.db")
            try:
                report = ingest([path], store, config, **extra)
            finally:
                close = getattr(store, "close", None)
                if close:
                    close()
        docs, rejects = report.stored + report.already_present, report.total_rejected
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    return {"mode": mode, "docs": docs, "rejects": rejects,
            "seconds": round(time.perf_counter() - started, 1),
            "baseline_rss_mb": round(baseline, 1), "peak_rss_mb": round(_rss_mb(), 1),
            "tracemalloc_peak_mb": None if traced is None else round(traced, 1)}


def _available_modes(full: bool) -> list[str]:
    import storyline.ingest as ingest_pkg

    modes = ["warc"]
    if hasattr(ingest_pkg, "read_raw") or hasattr(ingest_pkg, "iter_raw"):
        modes.append("raw")
    if full:
        try:
            import storyline.run  # noqa: F401
            import storyline.store.db  # noqa: F401
        except ImportError:
            pass
        else:
            modes += ["core", "full"]
    return modes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--records", type=int, default=1000)
    parser.add_argument("--no-full", action="store_true", help="skip the full ingest run")
    parser.add_argument("--keep", help="write the WARC into this directory and keep it")
    parser.add_argument("--measure", nargs=2, metavar=("MODE", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(*args.measure)))
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep) if args.keep else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"bench-{args.records}.warc.gz"
        started = time.perf_counter()
        size = write_warc(path, args.records)
        print(f"wrote {path.name}: {args.records} HTML responses, {size / 1e6:.1f} MB gzipped, "
              f"in {time.perf_counter() - started:.1f}s")
        worst = 0.0
        for mode in _available_modes(not args.no_full):
            out = subprocess.run([sys.executable, __file__, "--measure", mode, str(path)],
                                 capture_output=True, text=True, check=False)
            if out.returncode != 0:
                print(f"{mode:5}: failed\n{out.stderr[-2000:]}")
                return 1
            result = json.loads(out.stdout.strip().splitlines()[-1])
            worst = max(worst, float(result["peak_rss_mb"]))
            traced = result["tracemalloc_peak_mb"]
            extra = f", tracemalloc peak {traced} MB" if traced is not None else ""
            print(f"{mode:5}: {result['docs']} documents, {result['rejects']} rejects, "
                  f"{result['seconds']}s; peak RSS {result['peak_rss_mb']} MB "
                  f"(after imports {result['baseline_rss_mb']} MB){extra}")
        verdict = "OK" if worst < TARGET_MB else "OVER"
        print(f"peak RSS {worst} MB, target < {TARGET_MB} MB: {verdict}")
        return 0 if worst < TARGET_MB else 1


if __name__ == "__main__":
    raise SystemExit(main())
