package com.frgm.dashboard.infra;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awscdk.assertions.Template;

/** Plain-Java views of a template's resources, for assertions the Match DSL makes awkward. */
public final class Resources {

    private Resources() {}

    /** Properties of every resource of a type, by logical id. */
    @SuppressWarnings("unchecked")
    public static Map<String, Map<String, Object>> properties(Template template, String type) {
        Map<String, Map<String, Object>> result = new java.util.LinkedHashMap<>();
        template.findResources(type)
                .forEach((id, resource) -> result.put(id, (Map<String, Object>)
                        ((Map<String, Object>) resource).getOrDefault("Properties", Map.of())));
        return result;
    }

    /** The one resource of a type whose property {@code key} equals {@code value}. */
    public static Map<String, Object> only(Template template, String type, String key, Object value) {
        List<Map<String, Object>> matches = properties(template, type).values().stream()
                .filter(p -> Objects.equals(p.get(key), value))
                .toList();
        if (matches.size() != 1) {
            throw new AssertionError(matches.size() + " " + type + " with " + key + "=" + value);
        }
        return matches.get(0);
    }

    /** The logical id of the one resource of a type whose property {@code key} equals {@code value}. */
    public static String idOf(Template template, String type, String key, Object value) {
        List<String> ids = properties(template, type).entrySet().stream()
                .filter(e -> Objects.equals(e.getValue().get(key), value))
                .map(Map.Entry::getKey)
                .toList();
        if (ids.size() != 1) {
            throw new AssertionError(ids.size() + " " + type + " with " + key + "=" + value);
        }
        return ids.get(0);
    }

    @SuppressWarnings("unchecked")
    public static <T> T at(Object json, Object... path) {
        Object current = json;
        for (Object step : path) {
            current = step instanceof Integer i
                    ? ((List<Object>) current).get(i)
                    : ((Map<String, Object>) current).get(step);
        }
        return (T) current;
    }

    /** {@link #at}, printed: for contains-checks on intrinsic functions and policy documents. */
    public static String text(Object json, Object... path) {
        Object value = at(json, path);
        return String.valueOf(value);
    }

    /** {@code {"Fn::GetAtt": [id, "GroupId"]}}, as a template refers to a group it defines. */
    public static Map<String, Object> groupId(String logicalId) {
        return Map.of("Fn::GetAtt", List.of(logicalId, "GroupId"));
    }
}
