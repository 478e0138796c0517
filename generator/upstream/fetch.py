"""Gets the official SDK packages: the newest (or a given) version from npm and PyPI, or local files.

Downloads go through the registries' own clients (`npm view`, `npm pack`, `pip download`) into a cache
folder, one subfolder per version, so a second run of the same version downloads nothing from npm. Only
the package sources this tool reads are unpacked from the npm tarball; the wheel is read in place.
"""

from __future__ import annotations

import email.parser
import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

NPM_NAME = "cloudflare"
PYPI_NAME = "cloudflare"


class FetchError(RuntimeError):
    """A package could not be fetched or opened; the message says which and why."""


@dataclass(frozen=True)
class Package:
    """A package to read: its root (an unpacked npm package folder, or a wheel file or folder)."""

    kind: str  # npm or pypi
    name: str
    version: str
    root: Path

    @property
    def label(self) -> str:
        return (
            f"npm {self.name}@{self.version}" if self.kind == "npm" else f"pypi {self.name}=={self.version}"
        )


def run(command: list[str], what: str) -> str:
    try:
        completed = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError as error:
        raise FetchError(f"{what}: {error}") from error
    if completed.returncode != 0:
        raise FetchError(f"{what} failed ({' '.join(command[:3])} ...):\n{completed.stderr.strip()}")
    return completed.stdout


def npm_command() -> str:
    npm = shutil.which("npm")
    if npm is None:
        raise FetchError("npm is not on PATH: install node and npm, or give the package with --npm PATH")
    return npm


# ---- npm ---------------------------------------------------------------------------------------------


def unpack_npm(tarball: Path, destination: Path) -> Path:
    """Unpacks package.json and src/ of an npm tarball into destination/package; returns that folder."""
    partial = destination.with_name(destination.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    try:
        with tarfile.open(tarball, "r:*") as archive:
            for member in archive:
                if not member.isfile():
                    continue
                parts = PurePosixPath(member.name).parts
                if len(parts) < 2 or ".." in parts or PurePosixPath(member.name).is_absolute():
                    continue
                inside = parts[1:]
                if inside != ("package.json",) and inside[0] != "src":
                    continue
                extracted = archive.extractfile(member)
                if extracted is None:
                    continue
                target = partial.joinpath("package", *inside)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(extracted.read())
    except (tarfile.TarError, OSError) as error:
        raise FetchError(f"cannot unpack {tarball.name}: {error}") from error
    if not (partial / "package" / "package.json").is_file():
        raise FetchError(f"{tarball.name} is not an npm package: it has no package.json")
    shutil.rmtree(destination, ignore_errors=True)
    partial.rename(destination)
    return destination / "package"


def npm_version_of(root: Path) -> tuple[str, str]:
    try:
        manifest = json.loads((root / "package.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise FetchError(f"cannot read the package.json of {root}: {error}") from error
    return str(manifest.get("name", NPM_NAME)), str(manifest.get("version", "unknown"))


def npm_from_path(path: Path, cache: Path) -> Package:
    """A local .tgz (unpacked into the cache) or an unpacked package folder."""
    if path.is_file():
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
        destination = cache / "npm" / f"local-{digest}"
        root = destination / "package"
        if not (root / "package.json").is_file():
            root = unpack_npm(path, destination)
    elif (path / "package" / "package.json").is_file():
        root = path / "package"
    elif path.is_dir():
        root = path
    else:
        raise FetchError(f"--npm {path}: no such file or folder")
    name, version = npm_version_of(root) if (root / "package.json").is_file() else (NPM_NAME, "local")
    return Package("npm", name, version, root)


def npm_from_registry(version: str | None, cache: Path) -> Package:
    """The newest (or the given) version of the npm package, packed by npm and unpacked into the cache."""
    npm = npm_command()
    spec = f"{NPM_NAME}@{version or 'latest'}"
    found = json.loads(run([npm, "view", spec, "version", "--json"], f"npm view {spec}") or "null")
    if isinstance(found, list):
        found = found[-1] if found else None
    if not isinstance(found, str):
        raise FetchError(f"npm knows no version {spec}")
    destination = cache / "npm" / f"{NPM_NAME}-{found}"
    root = destination / "package"
    if not (root / "package.json").is_file():
        with tempfile.TemporaryDirectory(dir=ensure(cache / "npm")) as scratch:
            packed = json.loads(
                run(
                    [npm, "pack", f"{NPM_NAME}@{found}", "--pack-destination", scratch, "--json"],
                    f"npm pack {spec}",
                )
            )
            tarball = Path(scratch) / packed[0]["filename"]
            root = unpack_npm(tarball, destination)
    return Package("npm", NPM_NAME, found, root)


# ---- PyPI --------------------------------------------------------------------------------------------


def wheel_version(path: Path) -> tuple[str, str]:
    """Name and version from the wheel's METADATA (an RFC 822 header block)."""
    text: str | None = None
    if path.is_file():
        try:
            with zipfile.ZipFile(path) as wheel:
                names = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
                text = wheel.read(names[0]).decode("utf-8") if names else None
        except (zipfile.BadZipFile, OSError) as error:
            raise FetchError(f"cannot open {path.name} as a wheel: {error}") from error
    else:
        found = sorted(path.glob("*.dist-info/METADATA"))
        text = found[0].read_text(encoding="utf-8") if found else None
    if text is None:
        return PYPI_NAME, "local"
    headers = email.parser.Parser().parsestr(text, headersonly=True)
    return str(headers.get("Name", PYPI_NAME)), str(headers.get("Version", "unknown"))


def pypi_from_path(path: Path) -> Package:
    if not path.exists():
        raise FetchError(f"--pypi {path}: no such file or folder")
    name, version = wheel_version(path)
    return Package("pypi", name, version, path)


def pypi_from_registry(version: str | None, cache: Path) -> Package:
    """The newest (or the given) wheel, downloaded by pip (no dependencies) into the cache."""
    folder = ensure(cache / "pypi")
    if version is not None:
        cached = sorted(folder.glob(f"{PYPI_NAME}-{version}-*.whl"))
        if cached:
            return pypi_from_path(cached[0])
    requirement = f"{PYPI_NAME}=={version}" if version else PYPI_NAME
    with tempfile.TemporaryDirectory(dir=folder) as scratch:
        run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--no-deps",
                "--only-binary=:all:",
                "--disable-pip-version-check",
                "--quiet",
                "--dest",
                scratch,
                requirement,
            ],
            f"pip download {requirement}",
        )
        wheels = sorted(Path(scratch).glob("*.whl"))
        if not wheels:
            raise FetchError(f"pip download {requirement} gave no wheel")
        target = folder / wheels[0].name
        shutil.move(str(wheels[0]), target)
    return pypi_from_path(target)


def ensure(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder
