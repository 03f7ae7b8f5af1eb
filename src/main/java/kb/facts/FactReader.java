package kb.facts;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Reads the fact files of one case: {@link QuickFactFile} for a batch's good files, {@link FactFile} to word every problem. */
interface FactReader {
    /**
     * @param schemaName e.g. "activities" for {@code activities.schema.json}
     * @param noun what one item is called in messages, e.g. "activity"
     * @param listField the field holding the items, or the single object when {@code list} is false
     */
    <T> List<T> read(Path file, String schemaName, String noun, String listField, Class<T> itemClass, boolean list)
            throws BadFactsException;

    /** The SHA-256 (hex) of each file read so far, of the bytes as read: the bytes that were checked and bound. */
    Map<Path, String> sha256();
}
