"""The reference: the pages generate.py writes to generated/docs, and the docs site's configuration."""
