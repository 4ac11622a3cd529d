package com.frgm.dashboard.eventstore.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The field set of a stored payload: every path with the kind of its value, for example
 * {@code quote.bidDepth[].price: number}. Names and nesting, not values. The keys of a map-valued
 * component ({@code extras}) are data, not fields: such a map is one entry.
 */
final class JsonShape {

    private JsonShape() {}

    static SortedSet<String> of(JsonNode payload, Class<?> type) {
        SortedSet<String> shape = new TreeSet<>();
        walk(payload, type, "", shape);
        return shape;
    }

    private static void walk(JsonNode node, Type declared, String path, SortedSet<String> shape) {
        Class<?> raw = raw(declared);
        if (node.isObject() && raw != null && Map.class.isAssignableFrom(raw)) {
            shape.add(path + ": map");
        } else if (node.isObject()) {
            if (!path.isEmpty()) {
                shape.add(path + ": object");
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                walk(
                        field.getValue(),
                        componentType(raw, field.getKey()),
                        path.isEmpty() ? field.getKey() : path + "." + field.getKey(),
                        shape);
            }
        } else if (node.isArray()) {
            shape.add(path + ": array");
            Type element = declared instanceof ParameterizedType list ? list.getActualTypeArguments()[0] : null;
            node.forEach(item -> walk(item, element, path + "[]", shape));
        } else {
            shape.add(path + ": " + node.getNodeType().name().toLowerCase(Locale.ROOT));
        }
    }

    private static Type componentType(Class<?> owner, String name) {
        if (owner == null || !owner.isRecord()) {
            return null;
        }
        for (RecordComponent component : owner.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component.getGenericType();
            }
        }
        return null;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        return type instanceof ParameterizedType generic ? (Class<?>) generic.getRawType() : null;
    }
}
