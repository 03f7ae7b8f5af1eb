package kb.engine;

import java.util.List;

/**
 * One rule firing in the order Drools fired it, with the objects its match bound and the
 * conclusions that appeared or were withdrawn while it ran.
 */
public record Firing(int sequence, RuleInfo rule, List<Object> matched, List<Object> inserted, List<Object> retracted) {
}
