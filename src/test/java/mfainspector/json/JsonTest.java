package mfainspector.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@link Json} against Jackson's ObjectMapper, which the app no longer uses for trees: same trees, same text. */
class JsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"statusCode\":200,\"message\":\"ok\",\"data\":{\"access_token\":\"a.b.c\",\"expires_in\":7200}}",
        "[1,-2,2147483648,-9223372036854775808,92233720368547758070,1.5,-0.0,1e300,true,false,null,\"\"]",
        "{\"nested\":{\"a\":[{\"b\":[[],{}]}]},\"unicode\":\"\\u00e9\\u4e2d\\ud83d\\ude00\",\"esc\":\"\\\"\\\\\\/\\n\\t\"}",
        "{\"dup\":1,\"dup\":2}",
        "  {\"a\":1}  ",
        "\"just a string\"",
        "42",
        "null"
    })
    void readsTheTreeObjectMapperReads(String text) throws Exception {
        JsonNode ours = Json.read(text.getBytes(StandardCharsets.UTF_8));
        JsonNode theirs = MAPPER.readTree(text);
        assertThat(ours).isEqualTo(theirs);
        assertThat(Json.read(text)).isEqualTo(theirs);
        // Node by node the same kinds: an int stays an int node, a big one a big-integer node.
        assertThat(kinds(ours)).isEqualTo(kinds(theirs));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"statusCode\":200,\"data\":{\"list\":[1,2147483648,92233720368547758070,1.25,true,null,\"x\"]}}",
        "{\"text\":\"\\u00e9 \\\"quoted\\\" \\n new line \\u4e2d\"}",
        "[]"
    })
    void writesWhatObjectMapperWrites(String text) throws Exception {
        JsonNode tree = MAPPER.readTree(text);
        assertThat(new String(Json.write(tree), StandardCharsets.UTF_8)).isEqualTo(MAPPER.writeValueAsString(tree));
        assertThat(Json.text(tree)).isEqualTo(MAPPER.writeValueAsString(tree));
    }

    @Test
    void nothingAtAllIsAMissingNode() throws Exception {
        assertThat(Json.read(new byte[0]).isMissingNode()).isTrue();
        assertThat(Json.read("   ").isMissingNode()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":", "{\"a\" 1}", "<html>", "[1,2", "{'a':1}", "NaN"})
    void malformedJsonThrowsAJacksonException(String text) {
        assertThatThrownBy(() -> Json.read(text.getBytes(StandardCharsets.UTF_8))).isInstanceOf(JacksonException.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void treesConvertToPlainJavaValuesAsObjectMapperConvertsThem() throws Exception {
        JsonNode tree = MAPPER.readTree("{\"name\":\"Ada\",\"age\":36,\"big\":92233720368547758070,\"long\":2147483648,"
                + "\"score\":1.5,\"ok\":true,\"none\":null,\"tags\":[\"a\",{\"b\":1}]}");
        Object ours = Json.toJava(tree);
        assertThat(ours).isEqualTo(MAPPER.convertValue(tree, Map.class));
        assertThat(((Map<?, ?>) ours).get("big")).isEqualTo(new BigInteger("92233720368547758070"));
        assertThat(String.join(",", ((Map<String, ?>) ours).keySet())).isEqualTo("name,age,big,long,score,ok,none,tags");
    }

    @Test
    void plainJavaValuesBecomeTheTreeObjectMapperMakes() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("name", "Ada");
        value.put("age", 36);
        value.put("long", 2147483648L);
        value.put("score", 1.5);
        value.put("ok", true);
        value.put("none", null);
        value.put("tags", List.of("a", Map.of("b", 1)));
        assertThat(Json.fromJava(value)).isEqualTo(MAPPER.valueToTree(value));
        assertThatThrownBy(() -> Json.fromJava(new Object())).isInstanceOf(IllegalArgumentException.class);
    }

    /** Each node's class, depth first: what {@code equals} does not tell apart for numbers of equal value. */
    private static List<String> kinds(JsonNode node) {
        List<String> out = new java.util.ArrayList<>();
        out.add(node.getClass().getSimpleName());
        node.forEach(child -> out.addAll(kinds(child)));
        return out;
    }

    @Test
    void theKindsHelperSeesAnIntAndALongApart() throws Exception {
        assertThat(kinds(MAPPER.readTree("[1]"))).isNotEqualTo(kinds(MAPPER.readTree("[2147483648]")));
        assertThat(Arrays.asList(kinds(Json.read("[1,2147483648]")).get(1), kinds(Json.read("[1,2147483648]")).get(2)))
                .containsExactly("IntNode", "LongNode");
    }
}
