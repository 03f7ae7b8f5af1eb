package kb.conclusions;

/**
 * A fact classified for one indicator. The two kinds ({@link Qualifies}, {@link DoesNotQualify})
 * differ only in meaning; record equality includes the type, so logical insertions of the same
 * classification by several rules merge into one conclusion with several justifications.
 */
public sealed interface Candidate extends Conclusion permits Qualifies, DoesNotQualify, DatesTooCoarse {
    String indicator();

    String factId();
}
