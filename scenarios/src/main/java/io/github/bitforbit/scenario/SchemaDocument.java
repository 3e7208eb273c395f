package io.github.bitforbit.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bitforbit.agents.Strategies;

import java.util.List;
import java.util.Map;

/**
 * Generates, from the {@link Format} descriptors the loader reads by, the JSON Schema of the
 * scenario format and the Markdown field reference of docs/SCENARIOS.md.
 */
final class SchemaDocument {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private SchemaDocument() {
    }

    /** The JSON Schema (draft 2020-12) as a tree. */
    static ObjectNode jsonSchema() {
        ObjectNode root = object(Format.SCENARIO, null);
        ObjectNode schema = F.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", "https://github.com/bitforbit/bit-for-bit/scenario.schema.json");
        schema.put("title", "bit-for-bit scenario");
        schema.put("description", "A scenario file of bit-for-bit (YAML or JSON). Generated from the loader's own "
                + "field descriptors. Checks the loader makes beyond this schema: references between ids, one "
                + "sanctioner and one target, tranche weights summing to at most 1, phases that can complete.");
        root.properties().forEach(e -> schema.set(e.getKey(), e.getValue()));
        ObjectNode defs = schema.putObject("$defs");
        defs.set("distribution", distribution());
        for (ObjectSpec spec : List.of(Format.PARTY, Format.CONCESSION, Format.EVENT, Format.RULE_SET, Format.PHASE,
                Format.RULE, Format.NEGOTIATION, Format.TYPES, Format.TRUST, Format.OBSERVED)) {
            defs.set(spec.name(), spec.discriminator().isEmpty() ? object(spec, null) : variants(spec));
        }
        defs.set("strategy", strategy());
        return schema;
    }

    private static String ref(ObjectSpec spec) {
        return "#/$defs/" + spec.name();
    }

    private static ObjectNode refNode(String ref) {
        ObjectNode o = F.objectNode();
        o.put("$ref", ref);
        return o;
    }

    private static ObjectNode variants(ObjectSpec spec) {
        ObjectNode o = F.objectNode();
        o.put("description", spec.description());
        ArrayNode one = o.putArray("oneOf");
        for (String v : spec.variants()) {
            one.add(object(spec, v));
        }
        return o;
    }

    private static ObjectNode object(ObjectSpec spec, String variant) {
        ObjectNode o = F.objectNode();
        o.put("type", "object");
        if (variant == null) {
            o.put("description", spec.description());
        }
        ObjectNode props = o.putObject("properties");
        ArrayNode required = F.arrayNode();
        for (Field f : spec.applicable(variant)) {
            ObjectNode p = value(f);
            if (variant != null && f.name().equals(spec.discriminator())) {
                p = F.objectNode();
                p.put("const", variant);
                p.put("description", f.description());
            }
            props.set(f.name(), p);
            if (f.required()) {
                required.add(f.name());
            }
        }
        if (!required.isEmpty()) {
            o.set("required", required);
        }
        o.put("additionalProperties", false);
        return o;
    }

    private static ObjectNode value(Field f) {
        ObjectNode p;
        switch (f.kind()) {
            case NUMBER: {
                ObjectNode n = numeric("number", f);
                if (f.distributable()) {
                    p = F.objectNode();
                    p.putArray("oneOf").add(n).add(refNode("#/$defs/distribution"));
                } else {
                    p = n;
                }
                break;
            }
            case INTEGER:
                p = numeric("integer", f);
                break;
            case TEXT:
            case ID:
                p = type("string");
                if (f.kind() == Field.Kind.ID) {
                    p.put("minLength", 1);
                }
                break;
            case BOOLEAN:
                p = type("boolean");
                break;
            case CHOICE: {
                p = type("string");
                ArrayNode e = p.putArray("enum");
                f.choices().forEach(e::add);
                break;
            }
            case IDS:
            case TEXTS:
                p = type("array");
                p.set("items", type("string"));
                break;
            case OBJECT:
                p = refNode(ref(f.object()));
                break;
            case OBJECTS:
                p = type("array");
                p.set("items", refNode(ref(f.object())));
                break;
            case STEPS: {
                p = F.objectNode();
                ObjectNode steps = numeric("integer", f);
                ObjectNode word = F.objectNode();
                word.put("const", Format.IRREVERSIBLE);
                p.putArray("oneOf").add(steps).add(word);
                break;
            }
            case STRATEGY:
                p = refNode("#/$defs/strategy");
                break;
            case DESIGN: {
                p = F.objectNode();
                p.putArray("oneOf").add(type("string")).add(refNode(ref(Format.RULE_SET)));
                break;
            }
            case RULES: {
                p = type("array");
                ObjectNode item = F.objectNode();
                ObjectNode text = type("string");
                text.put("pattern", "^\\s*when\\s+.+\\s+then\\s+.+$");
                item.putArray("oneOf").add(text).add(refNode(ref(Format.RULE)));
                p.set("items", item);
                break;
            }
            default: {
                p = type("object");
                p.set("additionalProperties", refNode("#/$defs/distribution"));
                break;
            }
        }
        String d = f.description() + (f.unit().isEmpty() ? "" : " [" + f.unit() + "]");
        if (p.has("$ref")) {
            ObjectNode wrapped = F.objectNode();
            wrapped.putArray("allOf").add(p);
            p = wrapped;
        }
        p.put("description", d);
        JsonNode def = defaultNode(f);
        if (def != null) {
            p.set("default", def);
        }
        return p;
    }

    private static JsonNode defaultNode(Field f) {
        Object v = f.defaultValue();
        if (v == null || f.required()) {
            return null;
        }
        if (v instanceof Double d) {
            return F.numberNode(d);
        }
        if (v instanceof Integer i) {
            return F.numberNode(i);
        }
        if (v instanceof Boolean b) {
            return F.booleanNode(b);
        }
        if (v instanceof List<?> l) {
            ArrayNode a = F.arrayNode();
            l.forEach(x -> a.add(String.valueOf(x)));
            return a;
        }
        return F.textNode(String.valueOf(v));
    }

    private static ObjectNode type(String t) {
        ObjectNode o = F.objectNode();
        o.put("type", t);
        return o;
    }

    private static ObjectNode numeric(String t, Field f) {
        ObjectNode o = type(t);
        Range r = f.range();
        if (!Double.isInfinite(r.min())) {
            o.put(r.minOpen() ? "exclusiveMinimum" : "minimum", r.min());
        }
        if (!Double.isInfinite(r.max())) {
            o.put(r.maxOpen() ? "exclusiveMaximum" : "maximum", r.max());
        }
        return o;
    }

    private static ObjectNode distribution() {
        ObjectNode o = F.objectNode();
        o.put("description", "a number drawn once per run");
        ArrayNode one = o.putArray("oneOf");
        for (Format.DistributionForm d : Format.DISTRIBUTIONS) {
            ObjectNode v = type("object");
            v.put("description", d.meaning() + ": [" + String.join(", ", d.parameters()) + "]");
            ObjectNode list = type("array");
            list.set("items", type("number"));
            list.put("minItems", d.parameters().size());
            list.put("maxItems", d.parameters().size());
            v.putObject("properties").set(d.key(), list);
            v.putArray("required").add(d.key());
            v.put("additionalProperties", false);
            one.add(v);
        }
        return o;
    }

    private static ObjectNode strategy() {
        ObjectNode o = F.objectNode();
        o.put("description", "a strategy name, or a mapping of its name and parameters");
        ArrayNode one = o.putArray("oneOf");
        ObjectNode names = type("string");
        ArrayNode e = names.putArray("enum");
        Strategies.names().forEach(e::add);
        one.add(names);
        for (String name : Strategies.names()) {
            ObjectNode v = type("object");
            v.put("description", Strategies.summary(name));
            ObjectNode props = v.putObject("properties");
            props.putObject("name").put("const", name);
            for (Map.Entry<String, Double> p : Strategies.parameters(name).entrySet()) {
                ObjectNode n = F.objectNode();
                n.putArray("oneOf").add(type("number")).add(refNode("#/$defs/distribution"));
                n.put("default", p.getValue());
                props.set(p.getKey(), n);
            }
            v.putArray("required").add("name");
            v.put("additionalProperties", false);
            one.add(v);
        }
        return o;
    }

    /** The field reference in Markdown: one table per mapping, generated from the descriptors. */
    static String fieldReference() {
        StringBuilder out = new StringBuilder();
        for (ObjectSpec spec : Format.ALL) {
            out.append("### `").append(spec.name()).append("`\n\n").append(spec.description()).append("\n\n");
            boolean variants = !spec.discriminator().isEmpty();
            out.append("| key | type | unit | range | default | meaning |").append(variants ? " applies to |" : "")
                    .append('\n');
            out.append("| --- | --- | --- | --- | --- | --- |").append(variants ? " --- |" : "").append('\n');
            for (Field f : spec.fields()) {
                String range = "";
                if (f.kind() == Field.Kind.NUMBER || f.kind() == Field.Kind.INTEGER || f.kind() == Field.Kind.STEPS) {
                    range = f.range().describe();
                } else if (f.kind() == Field.Kind.CHOICE && f.choices().size() <= 8) {
                    range = String.join(", ", f.choices());
                } else if (f.kind() == Field.Kind.CHOICE) {
                    range = "see meaning";
                }
                String type = f.kind().label() + (f.distributable() ? " or distribution" : "");
                out.append("| `").append(f.name()).append("` | ").append(type).append(" | ").append(f.unit())
                        .append(" | ").append(range.replace("|", "\\|")).append(" | ").append(f.shownDefault())
                        .append(" | ").append(f.description().replace("|", "\\|")).append(" |");
                if (variants) {
                    out.append(' ').append(f.variants().isEmpty() ? "all" : String.join(", ",
                            f.variants().stream().sorted().toList())).append(" |");
                }
                out.append('\n');
            }
            out.append('\n');
        }
        out.append("### distributions\n\nAny key typed \"number or distribution\" may be given as one of:\n\n");
        out.append("| form | meaning |\n| --- | --- |\n");
        for (Format.DistributionForm d : Format.DISTRIBUTIONS) {
            out.append("| `{").append(d.key()).append(": [").append(String.join(", ", d.parameters())).append("]}` | ")
                    .append(d.meaning()).append(" |\n");
        }
        return out.toString();
    }
}
