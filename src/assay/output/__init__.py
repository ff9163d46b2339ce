"""Output: a release record as JSON, JSON Lines or readable tables."""
