"""The distribution's version (from pyproject.toml), as the User-Agent sends it."""

VERSION = "2.1.0"
