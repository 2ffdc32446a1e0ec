package org.jixiao.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jixiao.common.InvalidInputException;
import org.jixiao.exchange.ExchangeForm;
import org.jixiao.web.JsonLimits;
import org.jixiao.web.JsonPaths;

/** Reads one form of a known kind from JSON, reporting malformed values with their field path. */
public final class FormJson {

    private FormJson() {
    }

    /**
     * @param prefix path prefix of the form inside a larger document ({@code [2].}), or {@code ""}
     * @param kind   the expected {@code form} value; filled in when the client left it out
     */
    public static <F extends ExchangeForm> F parse(ObjectMapper mapper, JsonNode node, Class<F> type, String kind,
                                                   String prefix) {
        if (!(node instanceof ObjectNode object)) {
            throw new InvalidInputException(prefix.isEmpty() ? "form" : prefix + "form", "表单应为 JSON 对象");
        }
        JsonNode given = object.get("form");
        if (given == null || given.isNull()) {
            object.put("form", kind);
        } else if (!kind.equals(given.asText())) {
            throw new InvalidInputException(prefix + "form", "表单类型应为 " + kind + "（收到 " + given.asText() + "）");
        }
        try {
            return mapper.treeToValue(object, type);
        } catch (JsonLimits.InvalidTextException e) {
            throw new InvalidInputException(prefix + JsonPaths.of(e.getPath()), e.getOriginalMessage());
        } catch (JsonMappingException e) {
            throw new InvalidInputException(prefix + JsonPaths.of(e.getPath()), "格式不正确（应为数字、日期或规定的取值）");
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidInputException(prefix.isEmpty() ? "form" : prefix + "form", "格式不正确");
        }
    }
}
