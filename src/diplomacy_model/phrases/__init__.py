"""Text to values, one sub-package per phrase kind (Duckling's layout).

Each kind keeps its ``rules`` (patterns and the functions that turn a match into
a value), its ``render`` (the inverse) and its ``corpus`` (examples as data)
side by side.
"""
