"""README's operations table is the spec's, rendered: the docs cannot drift, and a spec change costs
one command (`python tests/support/readme_table.py --write`)."""

from __future__ import annotations

from support import readme_table, spec


def test_readme_table_is_the_one_the_spec_renders() -> None:
    expected = readme_table.render(spec.load_source())
    actual = readme_table.current(readme_table.README.read_text(encoding="utf-8"))
    assert actual == expected, (
        "README.md's operations table differs from the spec; run `python tests/support/readme_table.py"
        " --write`, or put this in its '## Operations' section:\n" + "\n".join(expected)
    )


def test_the_table_has_a_row_per_operation() -> None:
    """The control: every operation of the spec is a row, once."""
    rows = readme_table.render(spec.load_source())[2:]
    assert len(rows) == len(spec.operations(spec.load_source())) == len(set(rows))


def test_write_replaces_the_table_only() -> None:
    text = "# x\n\n## Operations\n\nIntro.\n\n| old |\n|---|\n| row |\n\nAfter.\n\n## Next\n\n| other |\n"
    table = readme_table.render(spec.load_source())
    written = readme_table.rewritten(text, table)
    assert written.startswith(
        "# x\n\n## Operations\n\nIntro.\n\n" + "\n".join(table) + "\n\nAfter.\n\n## Next"
    )
    assert written.endswith("| other |\n")
    assert readme_table.current(written) == table
