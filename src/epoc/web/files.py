"""Uploaded files: the name they are kept under, and the copy to disk that refuses one past its size limit."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi import UploadFile

from epoc.model import InvalidInput

_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(upload: UploadFile, default: str) -> str:
    """The upload's own file name, cleaned to letters, digits, dots, dashes and underscores."""
    return _SAFE_NAME.sub("_", Path(upload.filename or default).name).strip("._") or default


def save_upload(upload: UploadFile, target: Path, limit: int, setting: str = "") -> None:
    """Copy the upload to ``target``, refusing it (``InvalidInput``) as soon as it passes ``limit`` bytes;
    ``setting`` names the limit's setting in the message."""
    written = 0
    with target.open("wb") as sink:
        while chunk := upload.file.read(1024 * 1024):
            written += len(chunk)
            if written > limit:
                said = f" ({setting})" if setting else ""
                raise InvalidInput(f"{target.name}: larger than {limit // 2**20} MiB{said}")
            sink.write(chunk)
