package kb.generate;

import java.util.SplittableRandom;

/**
 * Which factors a generated case is meant to meet. Each factor is met with the chance a
 * varied set of real partnerships might show (implementation and consequences fail most
 * often, as in Batam–Gimje), so a few hundred cases cover all three verdicts.
 * The rules decide; the profile only steers which facts are made.
 */
public record Profile(boolean beginning, boolean motives, boolean legalBasis, boolean implementation,
               boolean centralGovernment, boolean consequences) {

    static Profile draw(SplittableRandom random) {
        boolean f3 = random.nextDouble() < 0.85;
        return new Profile(random.nextDouble() < 0.85, random.nextDouble() < 0.85, f3,
                random.nextDouble() < 0.6, random.nextDouble() < 0.85, random.nextDouble() < 0.6);
    }

    boolean[] asArray() {
        return new boolean[] {beginning, motives, legalBasis, implementation, centralGovernment, consequences};
    }
}
