"""The house keeps its shape: one import direction between bot/'s packages, no circles, small modules.

Read from the code's own imports (every `import` / `from … import`, also inside functions and TYPE_CHECKING
blocks), so a new upward import fails here before anyone has to reverse-engineer it.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

from tests.conftest import ROOT

BOT = ROOT / "bot"
# Lower floors first; a module may import its own package and any floor at or below its own.
FLOORS: dict[str, int] = {
    "settings": 0, "text": 0,
    "content": 1,
    "search": 2, "store": 2, "line": 2,
    "replies": 3,
    "chat": 4, "notices": 4, "staff": 4,
    "web": 5,
    "cli": 6,
    "__main__": 7,
}
MAX_LINES = 450


def _module(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("bot"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("bot"):
            found.add(node.module)
            # `from bot import replies` / `from bot.chat import handlers` name modules too
            for alias in node.names:
                candidate = f"{node.module}.{alias.name}"
                if (BOT.parent / candidate.replace(".", "/")).with_suffix(".py").exists() or (
                    BOT.parent / candidate.replace(".", "/")
                ).is_dir():
                    found.add(candidate)
    return found


def _graph() -> dict[str, set[str]]:
    modules = {_module(p): p for p in BOT.rglob("*.py")}
    return {name: {m for m in _imports(path) if m in modules and m != name} for name, path in modules.items()}


def _room(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "bot"


def test_every_import_points_down_or_sideways_never_up() -> None:
    upward = []
    for module, targets in _graph().items():
        here = _room(module)
        if here == "bot":
            continue
        for target in targets:
            there = _room(target)
            if there == "bot" or there == here:
                continue
            if FLOORS[there] > FLOORS[here]:
                upward.append(f"{module} -> {target} ({here} is below {there})")
    assert upward == []


def test_no_import_circles_between_modules_or_packages() -> None:
    graph = _graph()
    packages: dict[str, set[str]] = defaultdict(set)
    for module, targets in graph.items():
        packages[_room(module)].update(_room(t) for t in targets if _room(t) != _room(module))

    def cycle(g: dict[str, set[str]]) -> list[str] | None:
        state: dict[str, int] = {}
        stack: list[str] = []

        def visit(node: str) -> list[str] | None:
            state[node] = 1
            stack.append(node)
            for nxt in sorted(g.get(node, ())):
                if state.get(nxt) == 1:
                    return stack[stack.index(nxt):] + [nxt]
                if nxt not in state and (found := visit(nxt)):
                    return found
            stack.pop()
            state[node] = 2
            return None

        for node in sorted(g):
            if node not in state and (found := visit(node)):
                return found
        return None

    # A package's __init__ re-exporting its own modules is not a circle.
    modules = {m: {t for t in ts if not (m.count(".") == 1 and t.startswith(m + "."))} for m, ts in graph.items()}
    assert cycle(modules) is None
    assert cycle(dict(packages)) is None


def test_every_package_is_known_and_modules_stay_small() -> None:
    packages = sorted(p.name for p in BOT.iterdir() if p.is_dir() and (p / "__init__.py").exists())
    assert len(packages) >= 5
    assert set(packages) <= set(FLOORS), f"give new packages a floor: {set(packages) - set(FLOORS)}"
    too_big = [f"{p.relative_to(ROOT)}: {n}" for p in BOT.rglob("*.py")
               if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES]
    assert too_big == []
