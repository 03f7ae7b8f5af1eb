package kb.cli;

/** How a command prints its result: a table for people, JSON for tools; CSV or JSON Lines for a batch summary. */
public enum OutputFormat { TEXT, JSON, CSV, JSONL }
