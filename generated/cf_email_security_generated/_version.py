"""The distribution's version (from pyproject.toml), as the User-Agent sends it."""

VERSION = "1.0.0"
