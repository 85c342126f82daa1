"""core.files: a file is replaced whole or not at all, private to the user from the start."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from kansencirkel.core import files
from kansencirkel.core.files import atomic_copy, atomic_move, atomic_write_bytes

posix_only = pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")


def test_write_replaces_the_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "a.bin"
    atomic_write_bytes(target, b"one")
    atomic_write_bytes(target, b"two")
    assert target.read_bytes() == b"two"
    assert [p.name for p in tmp_path.iterdir()] == ["a.bin"]


@posix_only
def test_written_file_is_private_even_over_a_readable_one(tmp_path: Path) -> None:
    target = tmp_path / "a.bin"
    target.write_bytes(b"old")
    target.chmod(0o644)
    atomic_write_bytes(target, b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_failed_replace_keeps_the_old_file_and_removes_the_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.bin"
    target.write_bytes(b"old")

    def fail(src: object, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(files.os, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.bin"]


def test_copy_and_move(tmp_path: Path) -> None:
    src, dst = tmp_path / "src.bin", tmp_path / "dst.bin"
    src.write_bytes(b"x" * 3_000_000)
    dst.write_bytes(b"old")
    atomic_copy(src, dst)
    assert dst.read_bytes() == src.read_bytes()
    moved = tmp_path / "moved.bin"
    atomic_move(dst, moved)
    assert not dst.exists() and moved.read_bytes() == src.read_bytes()


def test_new_file_is_complete_private_and_never_replaces(tmp_path: Path) -> None:
    target = tmp_path / "code.txt"
    previous = os.umask(0)
    try:
        files.write_new_file(target, b"7K2M\n")
    finally:
        os.umask(previous)
    assert target.read_bytes() == b"7K2M\n"
    if os.name != "nt":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with pytest.raises(FileExistsError):
        files.write_new_file(target, b"other\n")
    assert target.read_bytes() == b"7K2M\n"
    assert [p.name for p in tmp_path.iterdir()] == ["code.txt"]  # no temp left either way


def test_new_file_without_hard_links_is_written_exclusively(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FAT (a USB stick) has no hard links: the file is then written in place, still never
    over another one."""

    def no_links(src: object, dst: object) -> None:
        raise PermissionError("no hard links here")

    monkeypatch.setattr(files.os, "link", no_links)
    target = tmp_path / "code.txt"
    files.write_new_file(target, b"7K2M\n")
    assert target.read_bytes() == b"7K2M\n"
    with pytest.raises(FileExistsError):
        files.write_new_file(target, b"other\n")
    assert [p.name for p in tmp_path.iterdir()] == ["code.txt"]


@posix_only
def test_private_umask_covers_files_others_create_and_comes_back(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        with files.private_umask():
            with files.private_umask():  # nested: the outer block restores
                (tmp_path / "inner").write_bytes(b"")
            (tmp_path / "outer").write_bytes(b"")
        (tmp_path / "after").write_bytes(b"")
        assert os.umask(0o022) == 0o022
    finally:
        os.umask(previous)
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in tmp_path.iterdir()}
    assert modes == {"inner": 0o600, "outer": 0o600, "after": 0o644}


@posix_only
def test_create_private_is_private_and_exclusive(tmp_path: Path) -> None:
    previous = os.umask(0)
    try:
        files.create_private(tmp_path / "db")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "db").stat().st_mode) == 0o600
    with pytest.raises(FileExistsError):
        files.create_private(tmp_path / "db")


def test_a_full_disk_is_recognised_through_the_error_chain() -> None:
    import errno

    from kansencirkel.core.write_errors import is_disk_full

    assert is_disk_full(OSError(errno.ENOSPC, "No space left on device"))
    assert not is_disk_full(OSError(errno.EIO, "Input/output error"))
    assert not is_disk_full(ValueError("x"))
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError:
            raise ValueError("a sentence of ours") from None
    except ValueError as wrapped:
        assert is_disk_full(wrapped)  # `from None` keeps the context it was raised in
