"""Constants the spec decides."""

DEFAULT_BASE_URL = "https://api.cloudflare.com/client/v4"

# The ranges an IP pattern may not be in or hold (the spec's x-sdk-ip-rules), by what the API calls them,
# and whether the IPv4 ones are refused in their IPv4-mapped IPv6 form (::ffff:a.b.c.d) too.
IP_REFUSED: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("private", ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")),
    ("unique-local", ("fc00::/7",)),
    ("loopback", ("127.0.0.0/8", "::1/128")),
    ("link-local", ("169.254.0.0/16", "fe80::/10")),
    ("unspecified", ("0.0.0.0/32", "::/128")),
    ("broadcast", ("255.255.255.255/32",)),
)
IP_REFUSED_MAPPED = True
