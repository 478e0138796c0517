"""The fake's backend: accounts, their entries, id allocation, and what each kind of change does.

Behaviour only; the shapes come from `spec.Resource`. An entry is stored as a dict: the fields its
entity schema names (the wire form) plus any the seed brought that the schema does not show (kept for
filters, never sent).

- Ids: 1, 2, 3... per account and resource for integer ids; UUID4 strings (from one generator seeded by
  `id_seed`, so runs repeat) for string ids. A failed batch uses up no ids.
- Create: every entity field the request leaves out takes the spec's `default`, else the entity's
  `x-sdk-server-defaults` for it (if the schema accepts it), else null where the entity allows null;
  then the request's fields, the id, and the timestamps (all the same time).
- Update (PATCH): the given fields change; a null changes a field only where the entity allows null
  (otherwise it leaves the value alone). Replace (PUT, batch puts): the fields the put can carry are
  reset to their create-time value where there is one, kept otherwise, then the given ones set; what
  the put cannot carry (a domain's name, fields the schema does not show) stays. Both move the
  modification timestamps and keep the creation ones.
- Deprecated aliases report their replacement's value; a request that sets only the alias sets the
  replacement.
- Batches: applied to a draft in the order deletes, patches, puts, posts, and committed only if every
  entry succeeded. Bulk delete likewise.
- The rules every stored change obeys (the spec's vendor extensions, see `spec.Resource`): the form
  of a field by the enum beside it (`x-sdk-forms`, IP patterns by `x-sdk-ip-rules`: `Invalid`, a 400);
  no change to a locked entry (`x-sdk-locked`: `Locked`, a 400); no second entry with the same
  `x-sdk-unique` fields (`Conflict`, a 409).
- Verification (an operation with `x-sdk-verification`): an entry whose verification field holds the
  pending value (what `x-sdk-server-defaults` gives an entry created through the API) needs a DNS TXT
  record: the answer names it (`_cf-email-sec-challenge.<natural key>`) and its value (derived from
  the id), with the time of the previous check. `FakeEmailSecurity.verify()` plays the DNS check
  succeeding: the field takes the verified value and the answer is 204, as for entries that need no
  verification.
- Seed entries are as complete as created ones: what a seed leaves out is filled as a create fills
  it, except that the verification field holds the verified value (onboarded entries are verified).
"""

from __future__ import annotations

import copy
import hashlib
import random
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime, timedelta, timezone
from typing import Any, cast

from ._seed import SEED_TIME, Seed
from .spec import BATCH_ARRAYS, Api, Resource
from .validate import Invalid, form_problem

Entry = dict[str, Any]
Clock = Callable[[], datetime]

CHECKED_AT = "last_checked_at"  # kept beside a pending entry: when its record was last checked
TXT_RECORD_PREFIX = "_cf-email-sec-challenge."

_MISSING = object()


def system_clock() -> datetime:
    return datetime.now(timezone.utc)


class StepClock:
    """A clock for reproducible runs: starts at `start` and moves on by `step` each time it is read."""

    def __init__(self, start: datetime | None = None, step: timedelta = timedelta(seconds=1)) -> None:
        self._now = start or datetime(2026, 1, 1, tzinfo=timezone.utc)
        self._step = step

    def __call__(self) -> datetime:
        now = self._now
        self._now += self._step
        return now


def _json_copy(value: Any) -> Any:
    """A copy of a JSON value (what the entities' fields hold); several times faster than deepcopy,
    which matters when a page holds a thousand messages."""
    if isinstance(value, dict):
        return {key: _json_copy(item) for key, item in cast("dict[str, Any]", value).items()}
    if isinstance(value, list):
        return [_json_copy(item) for item in cast("Iterable[Any]", value)]
    return value


def timestamp(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds").replace("+00:00", "Z")


class NotFound(Exception):
    """No entry with this id in this account."""

    def __init__(self, resource: str, entry_id: Any) -> None:
        super().__init__(f"{resource} entry {entry_id} not found")


class Locked(Exception):
    """The entry cannot be changed (the entity's `x-sdk-locked`)."""


class Conflict(Exception):
    """Another entry of the account has the same `x-sdk-unique` fields."""


def _unique_key(resource: Resource, entry: Entry) -> tuple[Any, ...]:
    """An entry's `x-sdk-unique` fields, strings compared case-insensitively (domain names are)."""
    return tuple(
        value.casefold() if isinstance(value := entry.get(name), str) else value for name in resource.unique
    )


def _at(where: str, error: Exception) -> Exception:
    """The same error, its message (an Invalid's path) starting with `where` (`posts[2]`)."""
    if isinstance(error, Invalid):
        return Invalid(f"{where}.{error.path}" if error.path else where, error.rule)
    return type(error)(f"{where}: {error}")


class Store:
    """The entries of one resource in one account, by id, in creation order."""

    def __init__(self, uuid_ids: bool, entries: Iterable[Entry] = ()) -> None:
        self.uuid_ids = uuid_ids
        self.entries: dict[Any, Entry] = {}
        for entry in entries:
            self.entries[entry["id"]] = copy.deepcopy(entry)
        self.next_id = 1 if uuid_ids else max(self.entries, default=0) + 1

    def allocate(self, rng: random.Random) -> Any:
        if self.uuid_ids:
            return str(uuid.UUID(int=rng.getrandbits(128), version=4))
        entry_id = self.next_id
        self.next_id += 1
        return entry_id

    def ordered(self) -> list[Entry]:
        """In id order for integer ids, in creation order for UUIDs."""
        if self.uuid_ids:
            return list(self.entries.values())
        return [self.entries[key] for key in sorted(self.entries)]

    def draft(self) -> Store:
        """A copy to apply a batch to; entries are replaced, never changed in place, so a shallow copy
        of the table is enough, and the original stays as it was if the batch fails."""
        draft = Store(self.uuid_ids)
        draft.entries = dict(self.entries)
        draft.next_id = self.next_id
        return draft

    def commit(self, draft: Store) -> None:
        self.entries = draft.entries
        self.next_id = draft.next_id


class Backend:
    """Every account's entries, created from the seed on first use, and the changes the API can make."""

    def __init__(
        self, api: Api, seed: Seed, clock: Clock, *, fit_seed: bool = False, id_seed: int = 0
    ) -> None:
        self.api: Api = api
        self.clock: Clock = clock
        self.rng: random.Random = random.Random(id_seed)
        self.seed: dict[str, list[Entry]] = self._load_seed(seed, fit=fit_seed)
        self.accounts: dict[str, dict[str, Store]] = {}
        # Fills the resources a behaviour seeds itself (`populated`), once per account, when one of them
        # is first asked for: an account used for its settings alone never reads the clock for them.
        self.populate: Callable[[str, Mapping[str, Store]], None] | None = None
        self.populated: frozenset[str] = frozenset()
        self._populated_accounts: set[str] = set()

    # ----- accounts and entries ------------------------------------------------------------------

    def store(self, account_id: str, resource: str) -> Store:
        account = self.accounts.get(account_id)
        if account is None:
            account = {
                name: Store(spec.uuid_ids, self.seed.get(name, ()))
                for name, spec in self.api.resources.items()
            }
            self.accounts[account_id] = account
        if resource in self.populated and account_id not in self._populated_accounts:
            self._populated_accounts.add(account_id)
            if self.populate is not None:
                self.populate(account_id, account)
        return account[resource]

    def wire(self, resource: Resource, entry: Entry) -> Entry:
        """The entry as the API sends it: only the fields its entity schema names."""
        if resource.entity is None:
            return copy.deepcopy(entry)
        fields = resource.fields
        return {name: _json_copy(value) for name, value in entry.items() if name in fields}

    @staticmethod
    def existing(resource: Resource, store: Store, entry_id: Any) -> Entry:
        entry = store.entries.get(entry_id)
        if entry is None:
            raise NotFound(resource.name, entry_id)
        return entry

    # ----- the changes ---------------------------------------------------------------------------

    def create(self, resource: Resource, store: Store, fields: Mapping[str, Any]) -> Entry:
        entry = self._fills(resource)
        self._apply(resource, entry, fields)
        self._check(resource, store, entry)
        entry["id"] = store.allocate(self.rng)
        now = timestamp(self.clock())
        for name in self._timestamps(resource):
            entry[name] = now
        self._mirror(resource, entry)
        store.entries[entry["id"]] = entry
        return entry

    def update(self, resource: Resource, store: Store, entry: Entry, fields: Mapping[str, Any]) -> Entry:
        self._check_unlocked(resource, entry)
        changed = dict(entry)
        self._apply(resource, changed, fields)
        return self._changed(resource, store, changed)

    def replace(
        self,
        resource: Resource,
        store: Store,
        entry: Entry,
        fields: Mapping[str, Any],
        writable: Sequence[str],
    ) -> Entry:
        self._check_unlocked(resource, entry)
        changed: Entry = {"id": entry["id"]}
        changed.update({name: entry[name] for name in resource.created if name in entry})
        stamps = {*resource.created, *resource.modified}
        changed.update({name: value for name, value in self._fills(resource).items() if name in writable})
        for name, value in entry.items():  # what the put cannot carry, or has no create-time value for
            skipped = name in changed or name in stamps or name in resource.aliases
            if not skipped and (name not in writable or name not in fields):
                changed[name] = value
        self._apply(resource, changed, fields)
        return self._changed(resource, store, changed)

    def delete(self, resource: Resource, store: Store, entry_id: Any) -> None:
        self.existing(resource, store, entry_id)
        del store.entries[entry_id]

    def delete_all(self, resource: Resource, store: Store, entry_ids: Sequence[Any]) -> list[Entry]:
        """Delete every id or none (bulk delete)."""
        draft = store.draft()
        deleted = self._deletes(resource, draft, entry_ids)
        store.commit(draft)
        return deleted

    def batch(
        self,
        resource: Resource,
        store: Store,
        arrays: Mapping[str, Sequence[Mapping[str, Any]]],
        names: Sequence[str],
        writable: Sequence[str],
    ) -> dict[str, list[Entry]]:
        """The arrays `names` (of deletes, patches, puts, posts) applied to a draft in that order; the
        draft replaces the entries only if every one succeeded. `writable`: the fields a put carries."""
        draft = store.draft()
        result: dict[str, list[Entry]] = {}
        for name in BATCH_ARRAYS:
            if name not in names:
                continue
            items = arrays.get(name, ())
            if name == "deletes":
                result[name] = self._deletes(resource, draft, [item["id"] for item in items])
                continue
            done: list[Entry] = []
            for index, item in enumerate(items):
                try:
                    if name == "posts":
                        entry = self.create(resource, draft, item)
                    else:
                        existing = self.existing(resource, draft, item["id"])
                        if name == "patches":
                            entry = self.update(resource, draft, existing, item)
                        else:
                            entry = self.replace(resource, draft, existing, item, writable)
                except (Invalid, Locked, Conflict) as error:
                    raise _at(f"{name}[{index}]", error) from None
                done.append(self.wire(resource, entry))
            result[name] = done
        store.commit(draft)
        return result

    def _deletes(self, resource: Resource, draft: Store, entry_ids: Sequence[Any]) -> list[Entry]:
        for entry_id in entry_ids:
            self.delete(resource, draft, entry_id)
        return [{"id": entry_id} for entry_id in entry_ids]

    # ----- verification ----------------------------------------------------------------------------

    def verification(self, resource: Resource, store: Store, entry: Entry) -> dict[str, Any] | None:
        """The TXT record a pending entry needs, or None (204) for one that needs none; a check."""
        rule = resource.verification
        if rule is None or entry.get(rule.field) != rule.pending:
            return None
        names = [entry[key] for key in resource.natural_key if isinstance(entry.get(key), str)]
        name = names[0] if names else str(entry["id"])
        token = hashlib.sha256(f"{resource.name}:{entry['id']}".encode()).hexdigest()[:32]
        info = {
            "status": rule.pending,
            "txt_record_name": f"{TXT_RECORD_PREFIX}{name}",
            "txt_record_value": f"cf-email-sec-verification={token}",
            CHECKED_AT: entry.get(CHECKED_AT),
        }
        store.entries[entry["id"]] = {**entry, CHECKED_AT: timestamp(self.clock())}
        return info

    def verify(self, resource: Resource, store: Store, entry_id: Any) -> None:
        entry = self.existing(resource, store, entry_id)
        rule = resource.verification
        if rule is None:
            raise ValueError(f"{resource.name}: the spec says nothing of its verification")
        store.entries[entry_id] = {**entry, rule.field: rule.verified}

    # ----- the rules every stored change obeys -------------------------------------------------------

    def _check(self, resource: Resource, store: Store, entry: Entry) -> None:
        """Invalid for a field whose form breaks its `x-sdk-forms` rule; Conflict for a repeated
        `x-sdk-unique` set of fields."""
        for rule in resource.forms:
            form = rule.forms.get(str(entry.get(rule.by)))
            exempt = rule.unless is not None and entry.get(rule.unless) is True
            if form is None or exempt:
                continue
            problem = form_problem(form, entry.get(rule.field), self.api.ip_rules)
            if problem:
                because = f"{rule.by} {entry.get(rule.by)}" + (
                    f", {rule.unless} false" if rule.unless else ""
                )
                raise Invalid(rule.field, f"{problem} ({because})")
        if resource.unique:
            key = _unique_key(resource, entry)
            for other in store.entries.values():
                if other.get("id") != entry.get("id") and _unique_key(resource, other) == key:
                    shown = ", ".join(f"{name} {other.get(name)}" for name in resource.unique)
                    raise Conflict(f"{resource.name}: {shown} exists already (id {other['id']})")

    @staticmethod
    def _check_unlocked(resource: Resource, entry: Entry) -> None:
        for lock in resource.locks:
            if entry.get(lock.field) in lock.values:
                raise Locked(
                    f"{resource.name} entry {entry['id']} cannot be changed: {lock.reason}"
                    f" ({lock.field} {entry[lock.field]})"
                )

    # ----- the rules behind the changes ------------------------------------------------------------

    def _fills(self, resource: Resource, *, seeded: bool = False) -> Entry:
        """The create-time value of every entity field that has one, in the spec's order; `seeded`: of
        an entry onboarded before (verified, where the spec says how)."""
        skipped = {"id", *resource.created, *resource.modified, *resource.aliases}
        defaults = dict(resource.server_defaults)
        if seeded and resource.verification is not None:
            defaults[resource.verification.field] = resource.verification.verified
        fills: Entry = {}
        for name, schema in resource.fields.items():
            if name in skipped:
                continue
            value = self._fill(name, schema, defaults)
            if value is not _MISSING:
                fills[name] = value
        return fills

    def _fill(self, name: str, schema: Mapping[str, Any], defaults: Mapping[str, Any]) -> Any:
        if "default" in schema:
            return copy.deepcopy(schema["default"])
        if name in defaults:
            try:
                self.api.validator.check(schema, defaults[name], name, request=False)
                return copy.deepcopy(defaults[name])
            except Invalid:
                pass
        return None if self.api.schemas.accepts_null(schema) else _MISSING

    def _apply(self, resource: Resource, entry: Entry, fields: Mapping[str, Any]) -> None:
        """Set the request's fields; a null only where the entity may hold one; aliases to their field."""
        for name, value in fields.items():
            if name == "id" or name in resource.aliases:
                continue
            if value is None and not resource.field_nullable(name, self.api.schemas):
                continue
            entry[name] = value
        for alias, target in resource.aliases.items():
            if fields.get(alias) is not None and target not in fields:
                entry[target] = fields[alias]

    def _changed(self, resource: Resource, store: Store, changed: Entry) -> Entry:
        self._check(resource, store, changed)
        now = timestamp(self.clock())
        for name in resource.modified:
            changed[name] = now
        self._mirror(resource, changed)
        store.entries[changed["id"]] = changed
        return changed

    @staticmethod
    def _timestamps(resource: Resource) -> list[str]:
        stamps = {*resource.created, *resource.modified}
        return [name for name in resource.fields if name in stamps]

    @staticmethod
    def _mirror(resource: Resource, entry: Entry) -> None:
        for alias, target in resource.aliases.items():
            if target in entry:
                entry[alias] = entry[target]

    # ----- the seed --------------------------------------------------------------------------------

    def _load_seed(self, seed: Seed, *, fit: bool) -> dict[str, list[Entry]]:
        """The seed with ids and timestamps filled in, checked against the entity schemas. `fit` (the
        default seed): a value the schema refuses in a field it does not require is left out."""
        unknown = set(seed) - set(self.api.resources)
        if unknown:
            raise ValueError(f"seed names unknown resources: {', '.join(sorted(unknown))}")
        loaded: dict[str, list[Entry]] = {}
        for name, entries in seed.items():
            resource = self.api.resources[name]
            store = Store(resource.uuid_ids)
            given = [entry["id"] for entry in entries if "id" in entry]
            for index, entry_id in enumerate(given):
                self._check_seed(resource, "id", resource.id_schema, entry_id, index)
                if entry_id in store.entries:
                    raise ValueError(f"seed {name}: id {entry_id!r} appears twice")
                store.entries[entry_id] = {}
            store.next_id = 1 if resource.uuid_ids else max(store.entries, default=0) + 1
            loaded[name] = [
                self._seed_entry(resource, store, dict(entry), i, fit) for i, entry in enumerate(entries)
            ]
            seeded = Store(resource.uuid_ids)
            for index, entry in enumerate(loaded[name]):
                try:
                    self._check(resource, seeded, entry)
                except (Invalid, Conflict) as error:
                    raise ValueError(f"seed {_at(f'{name}[{index}]', error)}") from None
                seeded.entries[entry["id"]] = entry
        return loaded

    def _seed_entry(self, resource: Resource, store: Store, entry: Entry, index: int, fit: bool) -> Entry:
        if "id" not in entry:
            entry = {"id": store.allocate(self.rng), **entry}
        for name in self._timestamps(resource):
            entry.setdefault(name, SEED_TIME)
        required: set[str] = (
            set(resource.entity.get("required", ())) if resource.entity is not None else set()
        )
        for name, schema in resource.fields.items():
            if name not in entry:
                if name in required:
                    raise ValueError(f"seed {resource.name}[{index}].{name}: is required")
                continue
            try:
                self._check_seed(resource, name, schema, entry[name], index)
            except ValueError:
                if not fit or name in required:
                    raise
                del entry[name]
        for name, value in self._fills(resource, seeded=True).items():  # as complete as a created one
            entry.setdefault(name, value)
        self._mirror(resource, entry)
        return entry

    def _check_seed(self, resource: Resource, name: str, schema: Any, value: Any, index: int) -> None:
        try:
            self.api.validator.check(schema, value, f"{resource.name}[{index}].{name}", request=False)
        except Invalid as error:
            raise ValueError(f"seed {error}") from None
