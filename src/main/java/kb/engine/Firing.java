package kb.engine;

import java.util.List;

/**
 * One rule firing in the order Drools fired it: the objects its match bound, the conclusions
 * it justified (new or already holding), and those that appeared or were withdrawn while it ran.
 */
public record Firing(int sequence, RuleInfo rule, List<Object> matched, List<Object> justified,
                     List<Object> inserted, List<Object> retracted) {
}
