package kb.conclusions;

/**
 * What the rules infer, as opposed to the facts they read. Every conclusion is a record:
 * truth maintenance merges logical insertions by equality, so two rules concluding the same
 * thing give one conclusion with two justifications. Provenance recognises conclusions by
 * this interface, not by their package.
 */
public interface Conclusion {
}
