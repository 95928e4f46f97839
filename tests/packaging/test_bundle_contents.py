"""What keeps a module or resource from going missing in the bundle, and the self-test that
names whatever does go missing."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from linkdesk.services import self_test
from linkdesk.support.bundle_manifest import build_manifest, resource_files, source_modules

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "linkdesk"
# The self-test imports each listed module by name on purpose: that is its check.
DYNAMIC_IMPORT_ALLOWED = {"services/self_test.py"}


def test_no_module_is_imported_by_name() -> None:
    """importlib.import_module / __import__ hide a module from the freezer's import analysis
    (the bundle then failed with "No module named 'linkdesk.commands.plan'")."""
    offenders = []
    for path in SRC.rglob("*.py"):
        rel = path.relative_to(SRC).as_posix()
        if rel in DYNAMIC_IMPORT_ALLOWED:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = ast.unparse(node.func)
                if name.endswith("import_module") or name == "__import__":
                    offenders.append(f"{rel}:{node.lineno} {name}")
    assert offenders == []


def test_manifest_lists_every_module_and_resource() -> None:
    manifest = build_manifest(SRC, ROOT / "resources", "9.9.9")
    on_disk = {p.relative_to(SRC).as_posix() for p in SRC.rglob("*.py")} - {"__main__.py"}
    assert len(manifest["modules"]) == len(on_disk)
    assert "linkdesk.commands.plan" in manifest["modules"]
    assert "linkdesk.ui.settings_page" in manifest["modules"]
    assert "linkdesk" in manifest["modules"]
    assert "fonts/DejaVuSans.ttf" in manifest["resources"]
    files = [p for p in (ROOT / "resources").rglob("*") if p.is_file()]
    assert len(manifest["resources"]) == len(files)


def test_self_test_names_a_missing_module() -> None:
    modules = [*source_modules(SRC)[:3], "linkdesk.commands.not_in_the_bundle"]
    check = self_test.check_modules(modules, "test")
    assert check.failed
    assert "linkdesk.commands.not_in_the_bundle" in check.detail


def test_self_test_names_a_missing_resource(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "resources"
    shutil.copytree(ROOT / "resources", copy)
    (copy / "fonts" / "Symbola.ttf").unlink()
    (copy / "styles" / "linkdesk.qss").unlink()
    monkeypatch.setenv("LINKDESK_RESOURCES", str(copy))
    check = self_test.check_resources(resource_files(ROOT / "resources"), "test")
    assert check.failed
    assert "fonts/Symbola.ttf" in check.detail
    assert "styles/linkdesk.qss" in check.detail


def test_self_test_runs_and_passes_from_the_environment(tmp_path: Path) -> None:
    """The same command CI runs from the bundle (packaging/check_bundle.sh), here from source."""
    done = subprocess.run(
        [sys.executable, "-m", "linkdesk", "--self-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "TMPDIR": str(tmp_path)},
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    for name in ("modules", "resources", "workspace", "plan PDF", "Qt plugins", "GUI fonts"):
        assert any(line.startswith("ok") and f" {name}:" in line for line in lines), name
    assert any(line.startswith("ok    PDF render: QtPdf rendered page 1") for line in lines)
    assert lines[-1].startswith("Self-test passed")
    assert list(tmp_path.iterdir()) == []  # its private temporary folder is gone
