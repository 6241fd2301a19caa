"""RPython --gc=none: nothing of gclab's own; see plan.py."""
