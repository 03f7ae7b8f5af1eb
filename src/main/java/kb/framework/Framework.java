package kb.framework;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kb.facts.BadFactsException;
import kb.facts.RulesDataSchemas;
import kb.facts.StrictJson;

/**
 * The factors and parameters kept as data beside the rules ({@code factors.json},
 * {@code parameters.json}), so an analyst changes a threshold without touching a condition.
 */
public record Framework(List<FactorDefinition> factors, Parameters parameters) {

    /** Reads both files; each problem comes back as {@code path:line:column: message}. */
    public static Framework read(Path factorsFile, byte[] factorsJson, Path parametersFile, byte[] parametersJson,
                                 List<String> problems) {
        List<FactorDefinition> factors = readList(factorsFile, factorsJson, "factors", FactorDefinition.class, problems);
        List<Parameter> parameters = readList(parametersFile, parametersJson, "parameters", Parameter.class, problems);
        Set<String> ids = new HashSet<>();
        for (FactorDefinition f : factors) {
            if (f.getId() == null || f.getName() == null) {
                problems.add(factorsFile + ": every factor needs an \"id\" and a \"name\"");
            } else if (!ids.add(f.getId())) {
                problems.add(factorsFile + ": factor \"" + f.getId() + "\": duplicate id");
            }
        }
        for (Parameter p : parameters) {
            if (p.getId() == null || (p.getNumber() == null) == (p.getNames() == null)) {
                problems.add(parametersFile + ": parameter \"" + p.getId()
                        + "\": needs an \"id\" and exactly one of \"number\" or \"names\"");
            } else if (!ids.add(p.getId())) {
                problems.add(parametersFile + ": parameter \"" + p.getId() + "\": duplicate id");
            }
        }
        return new Framework(factors, new Parameters(parameters));
    }

    private static <T> List<T> readList(Path file, byte[] json, String field, Class<T> type, List<String> problems) {
        if (json == null) {
            problems.add(file + ": missing; the rules folder needs it");
            return List.of();
        }
        // The schema first (types, bounds, allowed values, with line and column), so nothing
        // the schema refuses is bound: 0.5 would otherwise be read as a count of 0.
        List<String> schemaProblems = RulesDataSchemas.check(file, json, field, field.substring(0, field.length() - 1));
        if (!schemaProblems.isEmpty()) {
            problems.addAll(schemaProblems);
            return List.of();
        }
        try {
            return List.copyOf(StrictJson.readWrapped(file, new ByteArrayInputStream(json), field, type, true));
        } catch (BadFactsException e) {
            problems.addAll(e.problems());
        } catch (IOException e) {
            problems.add(file + ": cannot read (" + e.getMessage() + ")");
        }
        return List.of();
    }

    public Parameter parameter(String id) {
        return parameters.get(id);
    }
}
