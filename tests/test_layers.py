"""The import graph keeps its layers: stage packages never import the run layer or the read
side, and no module imports itself back through others (every import counted, those inside
functions too)."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "storyline"

#: The packages (and modules) of stages: each stands on its own below the run layer.
STAGES = ("ingest", "clean", "parse", "extract", "cluster", "align", "store")
#: What sits above the stages.
ABOVE = ("run", "report", "web", "cli", "api", "views", "records", "demo")
#: Circles known and accepted (none).
KNOWN_CIRCLES: list[set[str]] = []


def _modules() -> dict[str, Path]:
    out = {}
    for path in SRC.rglob("*.py"):
        parts = path.relative_to(SRC.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


def _graph() -> dict[str, set[str]]:
    mods = _modules()
    graph: dict[str, set[str]] = {}
    for name, path in mods.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                deps.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - node.level + 1]
                    module = ".".join([*base, *([node.module] if node.module else [])])
                else:
                    module = node.module or ""
                subs = [f"{module}.{a.name}" for a in node.names if f"{module}.{a.name}" in mods]
                deps.update(subs or [module])  # `from pkg import module` needs the module
        graph[name] = {d for d in deps if d in mods and d != name}
    return graph


def _circles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[set[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = set()
            while True:
                w = stack.pop()
                comp.add(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(comp)

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def _top(module: str) -> str:
    return module.split(".")[1] if "." in module else ""


def test_the_graph_is_read():
    graph = _graph()
    assert "storyline.run.chains" in graph and "storyline.store.stages" in graph["storyline.run.chains"]
    assert "storyline.parse" in graph and "storyline.nlp" in graph["storyline.parse"]


def test_no_stage_package_imports_the_run_layer_or_the_read_side():
    bad = {name: sorted(d for d in deps if _top(d) in ABOVE)
           for name, deps in _graph().items() if _top(name) in STAGES}
    assert {k: v for k, v in bad.items() if v} == {}


def test_no_import_circles():
    assert [c for c in _circles(_graph()) if c not in KNOWN_CIRCLES] == []


def test_the_circle_finder_finds_a_circle():
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [{"a", "b", "c"}]
