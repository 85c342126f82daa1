"""Sub-commands of ``kansencirkel``. Each module with a ``register(subparsers)`` function adds
one sub-command; :mod:`kansencirkel.cli` finds them. Shared helpers live in ``common``."""
