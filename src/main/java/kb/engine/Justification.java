package kb.engine;

import java.util.List;

/** One reason a conclusion holds: a rule and the objects its match bound. */
public record Justification(RuleInfo rule, List<Object> matched) {
}
