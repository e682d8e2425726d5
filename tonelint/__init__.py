"""tonelint: a tone-of-voice linter for drafted webcare replies."""

__version__ = "0.1.0"
