package mfainspector.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON trees (Jackson's {@link JsonNode}s) read and written with Jackson's streaming parser and
 * generator, without an {@code ObjectMapper}. The API client and the demo tenant only ever handle
 * trees, and an ObjectMapper's set-up loads about 400 classes at its first use: without it the
 * headless {@code factors} command loads 570 classes fewer, takes about 5 MB less memory and about
 * 30 ms less of its 200 ms (the README's "Headless factors" figures). Trees read here are the
 * ones {@code ObjectMapper.readTree} gives with its defaults: integers as int, long or big integer
 * nodes by size, other numbers as doubles, the last of repeated keys, anything after the first
 * value ignored.
 */
public final class Json {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {
    }

    /** A new empty object node. */
    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /** A new empty array node. */
    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** The tree of a JSON text; a missing node when there is no value at all. Malformed JSON throws a {@code JacksonException}. */
    public static JsonNode read(byte[] json) throws IOException {
        try (JsonParser p = FACTORY.createParser(json)) {
            return read(p);
        }
    }

    /** As {@link #read(byte[])}, from a string. */
    public static JsonNode read(String json) throws IOException {
        try (JsonParser p = FACTORY.createParser(json)) {
            return read(p);
        }
    }

    /** A streaming parser over {@code json}, for answers read field by field. */
    public static JsonParser parser(byte[] json) throws IOException {
        return FACTORY.createParser(json);
    }

    private static JsonNode read(JsonParser p) throws IOException {
        return p.nextToken() == null ? MissingNode.getInstance() : value(p);
    }

    /** The value at the parser's current token, which it has read to its end. */
    private static JsonNode value(JsonParser p) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT -> {
                ObjectNode o = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    o.set(name, value(p));
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = NODES.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(value(p));
                }
                return a;
            }
            case VALUE_STRING -> {
                return NODES.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (p.getNumberType()) {
                    case INT -> NODES.numberNode(p.getIntValue());
                    case LONG -> NODES.numberNode(p.getLongValue());
                    default -> NODES.numberNode(p.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(p.getDoubleValue());
            }
            case VALUE_TRUE -> {
                return NODES.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return NODES.booleanNode(false);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new IOException("unexpected JSON token " + p.currentToken());
        }
    }

    /** The compact JSON text of a tree, in UTF-8. */
    public static byte[] write(JsonNode node) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(g, node);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory failed", e);
        }
        return out.toByteArray();
    }

    /** The compact JSON text of a tree. */
    public static String text(JsonNode node) {
        return new String(write(node), StandardCharsets.UTF_8);
    }

    private static void write(JsonGenerator g, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                g.writeStartObject();
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    g.writeFieldName(e.getKey());
                    write(g, e.getValue());
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (JsonNode child : node) {
                    write(g, child);
                }
                g.writeEndArray();
            }
            case STRING -> g.writeString(node.textValue());
            case NUMBER -> {
                switch (node.numberType()) {
                    case INT -> g.writeNumber(node.intValue());
                    case LONG -> g.writeNumber(node.longValue());
                    case BIG_INTEGER -> g.writeNumber(node.bigIntegerValue());
                    case FLOAT -> g.writeNumber(node.floatValue());
                    case DOUBLE -> g.writeNumber(node.doubleValue());
                    default -> g.writeNumber(node.decimalValue());
                }
            }
            case BOOLEAN -> g.writeBoolean(node.booleanValue());
            case NULL -> g.writeNull();
            default -> throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
        }
    }

    /**
     * A tree as plain Java values: objects as ordered maps, arrays as lists, strings, numbers
     * ({@code Integer}, {@code Long}, {@code BigInteger}, {@code Double} as read), booleans and nulls.
     */
    public static Object toJava(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    map.put(e.getKey(), toJava(e.getValue()));
                }
                return map;
            }
            case ARRAY -> {
                List<Object> list = new ArrayList<>(node.size());
                for (JsonNode child : node) {
                    list.add(toJava(child));
                }
                return list;
            }
            case STRING -> {
                return node.textValue();
            }
            case NUMBER -> {
                return node.numberValue();
            }
            case BOOLEAN -> {
                return node.booleanValue();
            }
            default -> {
                return null;
            }
        }
    }

    /** Plain Java values (maps with string keys, lists, strings, numbers, booleans, nulls) as a tree. */
    public static JsonNode fromJava(Object value) {
        if (value == null) {
            return NODES.nullNode();
        } else if (value instanceof Map<?, ?> map) {
            ObjectNode o = NODES.objectNode();
            map.forEach((k, v) -> o.set(String.valueOf(k), fromJava(v)));
            return o;
        } else if (value instanceof Iterable<?> items) {
            ArrayNode a = NODES.arrayNode();
            items.forEach(v -> a.add(fromJava(v)));
            return a;
        } else if (value instanceof String s) {
            return NODES.textNode(s);
        } else if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return NODES.numberNode(((Number) value).intValue());
        } else if (value instanceof Long l) {
            return NODES.numberNode(l);
        } else if (value instanceof BigInteger b) {
            return NODES.numberNode(b);
        } else if (value instanceof BigDecimal d) {
            return NODES.numberNode(d);
        } else if (value instanceof Number n) {
            return NODES.numberNode(n.doubleValue());
        }
        throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }
}
