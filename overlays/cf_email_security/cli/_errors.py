"""Exit codes, and every failure turned into one line: scripts branch on the code, people read the line."""

from __future__ import annotations

from typing import Final

OK: Final = 0
ERROR: Final = 1  # anything unexpected; also `plan --detailed-exitcode` errors and a declined apply
USAGE: Final = 2  # bad input: arguments, files, configuration, a refused unsafe plan
API: Final = 3  # the API answered with an error, or with something that does not fit the spec
CONNECTION: Final = 4  # no answer: connection refused or broken, timeout
INTERRUPTED: Final = 130

EXIT_CODES_HELP = """exit codes:
  0  success (plan --detailed-exitcode: no changes)
  1  unexpected error; apply declined (plan --detailed-exitcode: any error)
  2  bad input: arguments, files, credentials or account missing, unsafe plan refused
     (plan --detailed-exitcode: changes present)
  3  API error: the API refused the request or answered off-spec
  4  connection error: no answer (refused, broken, timed out)"""


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
    messages carry none, and nothing here adds one)."""
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
