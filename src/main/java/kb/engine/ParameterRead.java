package kb.engine;

/**
 * A condition's read of a parameter, {@code parameters.number("id")} or
 * {@code parameters.names("id")}, with the line it is written on (for a decision table, the row).
 */
public record ParameterRead(String method, String id, int line) {
}
