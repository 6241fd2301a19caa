"""See plan.py."""
