"""Reads files and release tags from the repository's git history (read-only: no checkout, no worktree)."""

from __future__ import annotations

import io
import re
import subprocess
import tarfile
from pathlib import Path

from codegen._config import ROOT

# A release of a distribution is the git tag `<distribution>-v<version>` on the commit it was built from.
TAG_FORMAT = "{distribution}-v{version}"
_VERSION = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


def _git(*args: str, root: Path = ROOT, check: bool = True) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, check=check)  # noqa: S607 - git from PATH


def version_tuple(version: str) -> tuple[int, int, int]:
    """``"1.2.3"`` as ``(1, 2, 3)``; distributions here use plain MAJOR.MINOR.PATCH."""
    match = _VERSION.match(version)
    if match is None:
        raise ValueError(f"version {version!r} is not MAJOR.MINOR.PATCH")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def last_release(distribution: str, root: Path = ROOT) -> str | None:
    """The newest release tag of ``distribution`` reachable from HEAD, or None when it was never released."""
    prefix = TAG_FORMAT.format(distribution=distribution, version="")
    listed = _git("tag", "--list", f"{prefix}*", "--merged", "HEAD", root=root, check=False).stdout.decode()
    tags = []
    for tag in listed.split():
        try:
            tags.append((version_tuple(tag.removeprefix(prefix)), tag))
        except ValueError:
            continue
    return max(tags)[1] if tags else None


def resolve(rev: str, root: Path = ROOT) -> str | None:
    """The commit ``rev`` names (abbreviated), or None when it names none."""
    done = _git("rev-parse", "--verify", "--quiet", "--short", f"{rev}^{{commit}}", root=root, check=False)
    return done.stdout.decode().strip() or None if done.returncode == 0 else None


def show(rev: str, path: str, root: Path = ROOT) -> str | None:
    """The text of ``path`` at ``rev``, or None when the file does not exist there."""
    done = _git("show", f"{rev}:{path}", root=root, check=False)
    return done.stdout.decode("utf-8") if done.returncode == 0 else None


def export(rev: str, paths: list[str], destination: Path, root: Path = ROOT) -> list[str]:
    """Write the files under ``paths`` at ``rev`` into ``destination``; returns the paths that existed there."""
    present = [p for p in paths if _git("cat-file", "-e", f"{rev}:{p}", root=root, check=False).returncode == 0]
    if present:
        archive = _git("archive", "--format=tar", rev, "--", *present, root=root).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(destination, filter="data")
    return present
