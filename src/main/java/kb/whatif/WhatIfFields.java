package kb.whatif;

import java.util.Set;

/** Fields every fact has for bookkeeping (what it is called, what it rests on); no rule reads them. */
final class WhatIfFields {
    private WhatIfFields() {
    }

    static final Set<String> BOOKKEEPING = Set.of("id", "summary", "basis", "sources", "note", "title");

    /**
     * A field whose edit is read as a correction of the record rather than of the event (a plan that
     * was carried out after all): with dates, the most plausible edits.
     */
    static final Set<String> STATUS_LIKE = Set.of("status");

    /** The hypothetical source every suggested fact cites. */
    static final String SOURCE_ID = "what-if";
    static final String SOURCE_CITATION = "Hypothetical: a change suggested by kb whatif; not evidence about the case";
}
