"""The tests' one toolbox: test data from the spec, the recorder transport, the envelope, the no-sleep
clock and typed comparisons. Tests import it as `support` (tests/ is on sys.path: pytest's rootdir
conftest, as for `contract` and `shared_docs`).

    from support import Factory, IdMaker, Recorder, NoSleep, envelope, assert_matches_wire
"""

from . import spec
from .calls import MODES, Arguments, Tap, argument, arguments, connector, invoke, lookup, query_pairs
from .clock import NoSleep
from .compare import (
    assert_matches_wire,
    assert_same,
    assert_typed,
    differences,
    field_type,
    hints,
    parse_datetime,
    type_problems,
    wire_differences,
    wire_ids,
)
from .envelope import cursor_page, envelope, failure, page
from .factory import Factory, IdMaker
from .transport import (
    ACCOUNT,
    ENV_VARS,
    TOKEN,
    Handler,
    Recorder,
    async_client,
    client,
    error_status,
    ok,
    raise_,
    respond,
    respond_text,
    snapshot,
)

__all__ = [
    "ACCOUNT",
    "ENV_VARS",
    "MODES",
    "TOKEN",
    "Arguments",
    "Factory",
    "Handler",
    "IdMaker",
    "NoSleep",
    "Recorder",
    "Tap",
    "argument",
    "arguments",
    "assert_matches_wire",
    "assert_same",
    "assert_typed",
    "async_client",
    "client",
    "connector",
    "cursor_page",
    "differences",
    "envelope",
    "error_status",
    "failure",
    "field_type",
    "hints",
    "invoke",
    "lookup",
    "ok",
    "page",
    "parse_datetime",
    "query_pairs",
    "raise_",
    "respond",
    "respond_text",
    "snapshot",
    "spec",
    "type_problems",
    "wire_differences",
    "wire_ids",
]
