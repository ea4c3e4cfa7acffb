"""The package's layers: a module imports only from its own layer or those below it, and
no two modules import each other, directly or round a loop (function-level imports included).

    cli -> integrations -> run (and learn, evaluation) -> pipeline
        -> stages (characters, language, matching) -> rules -> text, io, document, data
"""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "cleaner"

# Bottom first; a name is a module or a package directly under cleaner/.
LAYERS = [
    {"data", "document", "bounded", "text", "io", "distribution"},
    {"rules"},
    {"characters", "language", "matching"},
    {"pipeline", "fix_pipeline"},
    {"run", "learn", "evaluation", "eval_labels", "dask"},
    {"integrations"},
    {"cli", "__main__"},
]
RANK = {name: rank for rank, names in enumerate(LAYERS) for name in names}


def module_names() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(("cleaner", *parts))] = path
    return found


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """The cleaner modules ``name`` imports, wherever in the file the import stands."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            targets = [module] + [f"{module}.{alias.name}" for alias in node.names]
        else:
            continue
        found.update(target for target in targets if target in known and target != name)
    return found


def graph() -> dict[str, set[str]]:
    modules = module_names()
    known = set(modules)
    return {name: imports_of(name, path, known) for name, path in modules.items()}


def top(name: str) -> str:
    return name.split(".")[1] if name.count(".") else ""


def test_every_module_has_a_layer():
    assert {top(name) for name in module_names() if name != "cleaner"} <= set(RANK)


def test_imports_go_down():
    upward = []
    for name, targets in graph().items():
        if name == "cleaner":  # the package's lazy facade names the public classes only
            continue
        for target in targets:
            if target != "cleaner" and RANK[top(target)] > RANK[top(name)]:
                upward.append(f"{name} imports {target}")
    assert upward == []


def test_no_import_cycle():
    edges = {name: {t for t in targets if t != "cleaner" and not name.startswith(t + ".")}
             for name, targets in graph().items()}
    state: dict[str, int] = {}
    cycles = []

    def visit(name, trail):
        state[name] = 1
        for target in sorted(edges.get(name, ())):
            if state.get(target) == 1:
                cycles.append(" -> ".join([*trail[trail.index(target):], target]))
            elif target not in state:
                visit(target, [*trail, target])
        state[name] = 2

    for name in sorted(edges):
        if name not in state:
            visit(name, [name])
    assert cycles == []
