package mfainspector.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** JSON for the commands' output: indented for a document, compact for a value inside a CSV cell. */
final class JsonText {

    private static final ObjectMapper COMPACT = new ObjectMapper();
    private static final ObjectMapper INDENTED = COMPACT.copy().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonText() {
    }

    static String indented(Object value) {
        return write(INDENTED, value);
    }

    static String compact(Object value) {
        return write(COMPACT, value);
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not be written as JSON", e);
        }
    }
}
