"""Response bodies read alike with orjson and with the standard library.

The client reads JSON with orjson where it is installed and hands whatever orjson refuses to `json`,
so that the speed-up changes no result: every document here must read to the same values, of the
same types, as `json.loads` reads it, or fail with the same kind of error.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import textwrap
from typing import Any

import pytest

from cf_email_security_generated import _json
from cf_email_security_generated._json import loads

# Documents orjson refuses (or reads differently) and the standard library reads: each must read as
# json.loads reads it.
ODD_DOCUMENTS: list[bytes] = [
    b"NaN",
    b"[Infinity, -Infinity]",
    b"1e400",
    b'"\\ud800"',  # a lone surrogate, escaped
    b'{"comments": "a \\udc00 b"}',
    b'\xef\xbb\xbf{"success": true}',  # a byte-order mark
    '{"pattern": "ü"}'.encode("utf-16"),
    '{"pattern": "ü"}'.encode("utf-32"),
    b'{"a": 1, "a": 2}',
    b'"\\u0000"',
    b"-0",
    b"-0.0",
    b"1.0000000000000000000001",
    b"18446744073709551615",  # the largest 64-bit unsigned integer: still an int
    b"-9223372036854775808",
]
NOT_JSON: list[bytes] = [b"", b"{", b"nul", b"<html>", b"\xff\xfe\xfd", b"[1,]", b"{'a': 1}"]


def same(a: Any, b: Any) -> bool:
    """Equal values of equal types all the way down (1, 1.0 and True are == but not the same)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[key], b[key]) for key in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(map(same, a, b))
    if isinstance(a, float) and a != a:  # NaN
        return b != b
    return bool(a == b)


def random_document(rng: random.Random, depth: int = 0) -> Any:
    """A JSON value: what the API sends, and the corners a decoder may get wrong."""
    kind = rng.randrange(9 if depth < 4 else 6)
    if kind == 0:
        return None
    if kind == 1:
        return rng.random() < 0.5
    if kind == 2:
        return rng.choice([0, -1, 2**63 - 1, -(2**63), 2**64 - 1, rng.randrange(-(10**12), 10**12)])
    if kind == 3:
        return rng.choice([0.1, -0.0, 1e-300, 1.7976931348623157e308, rng.uniform(-1e6, 1e6), 5e-324])
    if kind in (4, 5):
        alphabet = "aZ09 _-@.:/\\\"'\n\t\x00\x1féü€😀\u2028"
        return "".join(rng.choice(alphabet) for _ in range(rng.randrange(12)))
    if kind in (6, 7):
        return {
            f"k{rng.randrange(5)}{rng.choice('aé😀')}": random_document(rng, depth + 1)
            for _ in range(rng.randrange(6))
        }
    return [random_document(rng, depth + 1) for _ in range(rng.randrange(6))]


def test_random_documents_read_alike() -> None:
    rng = random.Random(20261208)
    for _ in range(3000):
        text = json.dumps(random_document(rng), ensure_ascii=rng.random() < 0.5)
        content = text.encode()
        assert same(loads(content), json.loads(content)), text


@pytest.mark.parametrize("content", ODD_DOCUMENTS, ids=repr)
def test_odd_documents_read_as_the_standard_library_reads_them(content: bytes) -> None:
    assert same(loads(content), json.loads(content))


@pytest.mark.parametrize("content", NOT_JSON, ids=repr)
def test_what_is_not_json_raises_what_json_loads_raises(content: bytes) -> None:
    with pytest.raises(ValueError) as ours:
        loads(content)
    with pytest.raises(ValueError) as theirs:
        json.loads(content)
    assert type(ours.value) is type(theirs.value)


def test_nesting_too_deep_raises_recursion_error_as_json_does() -> None:
    """The client turns a RecursionError into ResponseValidationError("nested too deeply")."""
    content = b"[" * 100_000 + b"]" * 100_000
    with pytest.raises(RecursionError):
        json.loads(content)
    with pytest.raises(RecursionError):
        loads(content)


def test_an_integer_beyond_64_bits_is_the_one_known_difference() -> None:
    """Documented in `_json`: orjson reads it as a float. Should orjson start keeping it an int, this
    fails, and the module's note can go."""
    if _json._orjson() is None:
        pytest.skip("orjson is not installed here: the standard library reads every body")
    assert loads(b"18446744073709551616") == pytest.approx(1.8446744073709552e19)
    assert type(loads(b"18446744073709551616")) is float


def test_without_orjson_the_standard_library_reads_every_body() -> None:
    """Where orjson is absent (PyPy, say) the client still reads responses, with the json module."""
    program = textwrap.dedent(
        """
        import json, sys
        sys.modules["orjson"] = None  # import orjson now raises ImportError
        import httpx
        from cf_email_security import EmailSecurity
        from cf_email_security_generated import _json

        body = {"success": True, "errors": [], "messages": [], "result": [], "result_info": {
            "page": 1, "per_page": 20, "count": 0, "total_count": 0}}
        transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
        es = EmailSecurity(api_token="t", account_id="a" * 32, transport=transport)
        page = next(es.allow_policies.list().pages())
        assert _json._orjson() is None
        assert page.result == [] and page.result_info.total_count == 0
        assert _json.loads(b'"\\\\ud800"') == json.loads(b'"\\\\ud800"')
        print("read without orjson")
        """
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "read without orjson"
