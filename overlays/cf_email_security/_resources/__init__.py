"""The generated resources with the batch helpers and plan added; one module each, so that
`es.allow_policies` loads only its own. Models are named as strings in the base classes and load on
the first call, as in the generated resources."""
