/**
 * The knowledge base as a library: load the rules, build a case in memory or read it from a
 * folder, evaluate it, and read the factors, the verdict, the explanation and the audit record.
 *
 * <pre>{@code
 * KnowledgeBase kb = KnowledgeBase.load(Path.of("rules"));
 * Result r = kb.evaluate(Case.fromFolder(Path.of("facts/batam-gimje")));
 * r.verdict();                            // "NOT_OPTIMAL"
 * r.factor("F4").orElseThrow().status(); // Status.NOT_MET
 * }</pre>
 *
 * <p>Knowledge bases, cases, fact entries and results are immutable and thread-safe (only a
 * {@link kb.api.Case.Builder} is not); a {@link kb.api.KnowledgeBase} evaluates cases in parallel. No Drools, Jackson or engine type appears in these signatures; what goes
 * wrong is a {@link kb.api.KbException} with the problems in the command line's words. The
 * rest of the project is the command line's and may change between versions.
 */
package kb.api;
