package kb.conclusions;

/** The overall paradiplomacy capacity; the names are part of the JSON output contract. */
public enum Capacity { OPTIMAL, LESS_THAN_OPTIMAL, NOT_OPTIMAL }
