"""Exit codes, and every failure turned into one line: scripts branch on the code, people read the line."""

from __future__ import annotations

import re
from typing import Final

OK: Final = 0
ERROR: Final = 1  # anything unexpected; also `plan --detailed-exitcode` errors and a declined apply
USAGE: Final = 2  # bad input: arguments, files, configuration, a refused unsafe plan
API: Final = 3  # the API answered with an error, or with something that does not fit the spec
CONNECTION: Final = 4  # no answer: connection refused or broken, timeout
INTERRUPTED: Final = 130

EXIT_CODES_HELP = """exit codes:
  0  success (plan --detailed-exitcode: no changes)
  1  unexpected error; apply or an action declined; a job waited for failed or outlasted
     --wait-timeout (plan --detailed-exitcode: any error)
  2  bad input: arguments, files, credentials or account missing, unsafe plan refused
     (plan --detailed-exitcode: changes present)
  3  API error: the API refused the request or answered off-spec
  4  connection error: no answer (refused, broken, timed out)
130  interrupted (Ctrl-C, SIGTERM); a wait for a job stops waiting, and the job goes on"""


# The library's settings as a command-line user gives them: (`name=` in a message, the bare `name`).
# A setting with no flag is set in the environment; the library names a variable itself where it
# read one (CLOUDFLARE_API_TOKEN, CLOUDFLARE_RATE_LIMIT), but says `base_url` for either source.
SPELLINGS: Final = {
    "api_token": ("--api-token", "--api-token"),
    "api_key": ("set CLOUDFLARE_API_KEY", "CLOUDFLARE_API_KEY"),
    "email": ("set CLOUDFLARE_EMAIL", "CLOUDFLARE_EMAIL"),
    "account_id": ("--account-id", "--account-id"),
    "base_url": ("--base-url", "--base-url (or CLOUDFLARE_BASE_URL)"),
    "timeout": ("--timeout", "--timeout"),
    "rate_limit": ("--rate-limit", "--rate-limit"),
    "resource": ("--resource", "--resource"),
}
_KEYWORD = re.compile(r"(?<![\w-])(" + "|".join(SPELLINGS) + r")=(?![\w])")
_BARE = re.compile(r"(?<![\w$-])(" + "|".join(SPELLINGS) + r")(?![\w=-])")
_OR_SET = re.compile(r" \(or set ([A-Z_]+(?: and [A-Z_]+)*)\)")


def _said_before(match: re.Match[str]) -> str:
    """`(or set X)` left out where the message named X just before it."""
    names = match.group(1).split(" and ")
    return "" if all(name in match.string[: match.start()] for name in names) else match.group(0)


def as_typed(message: str, *, settings: bool = False) -> str:
    """A library message in the words of the command line: `api_token=` as --api-token, `api_key=` as
    the variable to set; with `settings` (a configuration error) the bare names too."""
    text = _KEYWORD.sub(lambda match: SPELLINGS[match.group(1)][0], message)
    if settings:
        text = _BARE.sub(lambda match: SPELLINGS[match.group(1)][1], text)
    text = re.sub(r"\bpass set ", "set ", text)
    text = re.sub(r"\bset ([A-Z_]+) and set ([A-Z_]+)", r"set \1 and \2", text)
    return _OR_SET.sub(_said_before, text)


class CliError(Exception):
    """A failure the command line reports as one line with its exit code."""

    code: int = ERROR

    def __init__(self, message: str, code: int | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code


class UsageError(CliError):
    """Bad input: exit code 2."""

    code = USAGE


def classify(error: BaseException) -> tuple[int, str]:
    """The exit code and the one-line message for an exception; never a credential (the client's
    messages carry none, and nothing here adds one). The library's setting names are given as the
    flags and variables a command-line user sets (see SPELLINGS)."""
    from cf_email_security import ConfigurationError

    code, message = _classified(error)
    return code, as_typed(message, settings=isinstance(error, ConfigurationError))


def _classified(error: BaseException) -> tuple[int, str]:
    from cf_email_security import (
        APIConnectionError,
        APIStatusError,
        BatchError,
        ConfigurationError,
        EmailSecurityError,
        InconsistentWalkError,
        ResponseValidationError,
        ValidationError,
    )
    from cf_email_security.batch import PlanApplyError

    if isinstance(error, CliError):
        return error.code, str(error)
    if isinstance(error, BatchError):
        code, _ = classify(error.cause)
        hint = " (the failed chunk may have been applied: plan again)" if error.outcome_unknown else ""
        return code, f"{error}{hint}"
    if isinstance(error, PlanApplyError):  # a plan's single calls stopped: a failure, or a stop asked for
        if error.cause is None:
            return INTERRUPTED, str(error)
        code, _ = classify(error.cause)
        hint = " (the failed call may have taken effect)" if error.outcome_unknown else ""
        return code, f"{error}{hint}"
    if isinstance(error, (ValidationError, ConfigurationError)):
        return USAGE, str(error)
    if isinstance(error, APIConnectionError):
        return CONNECTION, f"connection error: {error}"
    if isinstance(error, (APIStatusError, ResponseValidationError, InconsistentWalkError)):
        return API, f"API error: {error}"
    if isinstance(error, ImportError) and isinstance(error, EmailSecurityError):  # a missing extra
        return USAGE, str(error)
    if isinstance(error, OSError):
        return USAGE, f"{error.strerror or error}{f': {error.filename}' if error.filename else ''}"
    if isinstance(error, EmailSecurityError):
        return ERROR, str(error)
    return ERROR, f"unexpected {type(error).__name__}: {error}"
