package org.jixiao.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a page form's parameters, named by their JSON path in the exchange format
 * ({@code indicators[3].name}, {@code funds.total.initial}), into the exchange JSON. Blank values are left
 * out (null); array indices need only be distinct, rows removed on the page leave gaps that are closed here.
 */
final class FormParams {

    private static final Pattern PATH = Pattern.compile("[a-z][a-z0-9_]*(\\[\\d{1,9}])?(\\.[a-z][a-z0-9_]*(\\[\\d{1,9}])?)*");
    private static final Pattern SEGMENT = Pattern.compile("([a-z][a-z0-9_]*)(?:\\[(\\d+)])?");

    private FormParams() {
    }

    static JsonNode toJson(Map<String, String[]> params, String kind) {
        Map<String, Object> root = new TreeMap<>();
        params.forEach((name, values) -> {
            if (!PATH.matcher(name).matches() || values.length == 0 || values[0].isBlank()
                    || name.equals("version") || name.equals("comment")) {
                return;
            }
            put(root, name.split("\\."), 0, values[0].strip());
        });
        ObjectNode json = (ObjectNode) toNode(root);
        json.put("form", kind);
        return json;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> node, String[] segments, int at, String value) {
        Matcher m = SEGMENT.matcher(segments[at]);
        if (!m.matches()) {
            return;
        }
        String key = m.group(1);
        boolean last = at == segments.length - 1;
        if (m.group(2) == null) {
            if (last) {
                node.put(key, value);
            } else {
                put((Map<String, Object>) node.computeIfAbsent(key, k -> new TreeMap<String, Object>()), segments,
                        at + 1, value);
            }
            return;
        }
        // Arrays are kept as index → element maps until the end, so gaps close and order follows the index.
        TreeMap<Integer, Object> array = (TreeMap<Integer, Object>) node.computeIfAbsent(key,
                k -> new TreeMap<Integer, Object>());
        int index = Integer.parseInt(m.group(2));
        if (last) {
            array.put(index, value);
        } else {
            put((Map<String, Object>) array.computeIfAbsent(index, k -> new TreeMap<String, Object>()), segments,
                    at + 1, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static JsonNode toNode(Object value) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (value instanceof TreeMap<?, ?> map && !map.isEmpty() && map.firstKey() instanceof Integer) {
            ArrayNode array = f.arrayNode();
            map.values().forEach(v -> array.add(toNode(v)));
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = f.objectNode();
            ((Map<String, Object>) map).forEach((k, v) -> object.set(k, toNode(v)));
            return object;
        }
        return f.textNode((String) value);
    }
}
