"""Constants the spec decides."""

DEFAULT_BASE_URL = "https://api.cloudflare.com/client/v4"
