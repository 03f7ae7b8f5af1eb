package kb.cli;

/** How a command prints its result: a table for people or JSON for tools. */
public enum OutputFormat { TEXT, JSON }
