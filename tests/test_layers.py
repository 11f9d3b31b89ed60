"""The layer rules of docs/architecture.md, checked over every module's imports (ast, no import run).

A pure core (model, names, matching, resolution) under store and services, thin web and cli on top; no
import runs back up. A rule broken here is a design change: change the table in the docs with it.
"""

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"

# package -> the epoc packages it may import (besides itself)
MAY_IMPORT: dict[str, set[str]] = {
    "model": set(),
    "names": {"model"},
    "matching": {"model", "names"},
    "resolution": {"model", "names"},
    "sources": {"model", "names"},
    "documents": {"model", "names", "sources"},
    "settings": {"documents"},  # the document readers' size limits are a setting
    "store": {"model", "names", "resolution"},
    "services": {"model", "names", "matching", "resolution", "sources", "documents", "store", "settings"},
    # the edges: services for every use case; the core's types to read input; the Store handle only
    "web": {"services", "settings", "model", "names", "matching", "sources", "documents", "store"},
    "cli": {"services", "settings", "model", "names", "matching", "sources", "documents", "store", "web"},
    "__main__": {"cli"},
    "demo": set(),  # data files only
}
# the edges may hold a Store (open it, pass it on) but never reach its tables and SQL
EDGES_STORE_HANDLE_ONLY = {"web", "cli"}


def imports_of(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
    return [(line, name) for line, name in found if name == "epoc" or name.startswith("epoc.")]


def package_of(path: Path) -> str:
    parts = path.relative_to(SRC / "epoc").with_suffix("").parts
    return parts[0]


def test_no_import_runs_back_up():
    broken = []
    for path in sorted((SRC / "epoc").rglob("*.py")):
        own = package_of(path)
        if own == "__init__":
            continue
        for line, name in imports_of(path):
            parts = name.split(".")
            target = parts[1] if len(parts) > 1 else "epoc"
            where = f"{path.relative_to(SRC)}:{line} imports {name}"
            if target == own:
                continue
            if target not in MAY_IMPORT[own]:
                broken.append(f"{where} ({own} may import {sorted(MAY_IMPORT[own])})")
            elif target == "store" and own in EDGES_STORE_HANDLE_ONLY and name != "epoc.store":
                broken.append(f"{where} (the {own} edge holds the Store handle only; ask a service)")
    assert broken == []


def test_every_package_has_a_rule():
    packages = {p.name for p in (SRC / "epoc").iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    modules = {p.stem for p in (SRC / "epoc").glob("*.py") if p.stem != "__init__"}
    assert (packages | modules) <= set(MAY_IMPORT), "a new top-level package needs its row in MAY_IMPORT"


# a service answers in typed results; a dict of loose values is a wire or stored format, and says so by name
WIRE_SUFFIXES = ("_json", "_jsonl", "_row", "_rows")


def test_services_answer_in_typed_results():
    untyped = []
    for path in sorted((SRC / "epoc" / "services").rglob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) or node.returns is None:
                continue
            returns = ast.unparse(node.returns)
            loose = "dict[" in returns and ("Any" in returns or "object" in returns)
            if loose and not node.name.endswith(WIRE_SUFFIXES):
                untyped.append(f"{path.relative_to(SRC)}:{node.lineno} {node.name} -> {returns}")
    assert not untyped, "return a slotted dataclass (or name the wire format *_json):\n" + "\n".join(untyped)
