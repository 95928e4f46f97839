"""Real odd drives for tests: a FAT32 image, a tiny file system, a read-only one.

Each is a real mount (root is needed, as on CI here); where mounting is not allowed the test
is skipped with the reason, never faked. A FAT32 image is mounted with the FUSE driver
``fusefat`` first (it refuses SQLite's WAL: it cannot resize the -shm file), else with the
kernel's vfat driver (where WAL may work: tests then check that the workspace opens).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest

MiB = 1 << 20


def _run(*cmd: str) -> bool:
    try:
        done = subprocess.run(cmd, capture_output=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def _unmount(where: Path) -> None:
    if not _run("umount", str(where)):
        _run("umount", "-l", str(where))


def _need_root() -> None:
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a test drive needs root (CI here runs as root)")


@contextmanager
def tiny_drive(where: Path, size_mib: int = 16) -> Iterator[Path]:
    """A real tmpfs of ``size_mib`` MiB mounted at ``where`` (unmounted afterwards)."""
    _need_root()
    where.mkdir(parents=True, exist_ok=True)
    if not _run("mount", "-t", "tmpfs", "-o", f"size={size_mib}m,mode=0755", "tmpfs", str(where)):
        pytest.skip("this sandbox does not allow mounting a tmpfs")
    try:
        yield where
    finally:
        _unmount(where)


def make_read_only(where: Path) -> None:
    """Remount a drive made by :func:`tiny_drive` read-only (as a locked USB stick)."""
    if not _run("mount", "-o", "remount,ro", str(where)):
        pytest.skip("this sandbox does not allow remounting read-only")


def fill(where: Path, leave: int = 0) -> Path:
    """Fill the drive with a filler file until ENOSPC, then give back ``leave`` bytes."""
    filler = where / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for block in (b"\0" * (64 * 1024), b"\0" * 4096):  # big steps, then the last pages
            with suppress(OSError):
                while True:
                    os.write(fd, block)
    finally:
        os.close(fd)
    if leave:
        os.truncate(filler, max(0, filler.stat().st_size - leave))
    return filler


@contextmanager
def fat32_drive(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A real 40 MiB FAT32 image (mkfs.vfat -F 32) mounted; yields (folder, driver)."""
    _need_root()
    mkfs = shutil.which("mkfs.vfat") or shutil.which("mkfs.fat")
    if mkfs is None:
        pytest.skip("dosfstools (mkfs.vfat) is not installed")
    image, mount = tmp_path / "stick.img", tmp_path / "stick"
    mount.mkdir()
    with image.open("wb") as fh:
        fh.truncate(40 * MiB)
    if not _run(mkfs, "-F", "32", str(image)):
        pytest.skip("mkfs.vfat could not format the image")
    if shutil.which("fusefat") and _run("fusefat", "-o", "rw+", str(image), str(mount)):
        driver = "fusefat"
    elif _run("mount", "-o", "loop", "-t", "vfat", str(image), str(mount)):
        driver = "vfat"
    else:
        pytest.skip("neither fusefat nor the kernel's vfat driver can mount FAT32 here")
    try:
        yield mount, driver
    finally:
        _unmount(mount)
        with suppress(OSError):
            image.unlink()
