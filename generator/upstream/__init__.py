"""`make upstream-diff`: finds where the official SDKs (and Cloudflare's OpenAPI) differ from the spec."""
