package dev.aidev.compiler.abi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * A contract's ABI in NEAR's {@code near-abi} format (schema version 0.4.0, as cargo-near writes it):
 * each exported function with its kind ({@code view}/{@code call}), modifiers ({@code init},
 * {@code payable}, {@code private}), JSON parameters and result as JSON Schema, and a root schema
 * whose {@code definitions} hold the records, enums and SDK types the functions use. Types map to
 * JSON Schema the way near-sdk-rs's schemars derivations do (U64/U128/AccountId are strings).
 *
 * <p>Works on the attributed program (javax.lang.model), so it needs nothing of the back end.
 */
public final class AbiGenerator {
    public static final String SCHEMA_VERSION = "0.4.0";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String SDK = "dev.aidev.sdk.";

    private final Map<String, JsonNode> definitions = new TreeMap<>();

    private AbiGenerator() {}

    /** Build information recorded in the ABI's metadata. */
    public record BuildInfo(String compiler, String builder) {}

    /**
     * @param contract the {@code @NearContract} class
     * @param wasmHash the Base58 SHA-256 of the built WASM, or null
     */
    public static ObjectNode generate(TypeElement contract, String name, String version, BuildInfo build,
            String wasmHash) {
        return new AbiGenerator().root(contract, name, version, build, wasmHash);
    }

    private ObjectNode root(TypeElement contract, String name, String version, BuildInfo build, String wasmHash) {
        ObjectNode root = F.objectNode();
        root.put("schema_version", SCHEMA_VERSION);
        ObjectNode meta = root.putObject("metadata");
        meta.put("name", name);
        meta.put("version", version);
        ObjectNode b = meta.putObject("build");
        b.put("compiler", build.compiler());
        b.put("builder", build.builder());
        if (wasmHash != null) {
            meta.put("wasm_hash", wasmHash);
        }
        ObjectNode body = root.putObject("body");
        ArrayNode functions = body.putArray("functions");
        List<ObjectNode> fns = new ArrayList<>();
        for (ExecutableElement m : ElementFilter.methodsIn(contract.getEnclosedElements())) {
            ObjectNode f = function(m);
            if (f != null) {
                fns.add(f);
            }
        }
        for (ExecutableElement c : ElementFilter.constructorsIn(contract.getEnclosedElements())) {
            ObjectNode f = function(c);
            if (f != null) {
                fns.add(f);
            }
        }
        fns.add(sourceMetadataFunction());
        fns.sort(Comparator.comparing(o -> o.get("name").asText()));
        fns.forEach(functions::add);
        ObjectNode schema = body.putObject("root_schema");
        schema.put("$schema", "http://json-schema.org/draft-07/schema#");
        schema.put("title", "String");
        schema.put("type", "string");
        ObjectNode defs = schema.putObject("definitions");
        definitions.forEach(defs::set);
        return root;
    }

    /** NEP-330: every contract we build exports {@code contract_source_metadata}. */
    private ObjectNode sourceMetadataFunction() {
        ObjectNode f = F.objectNode();
        f.put("name", "contract_source_metadata");
        f.put("kind", "view");
        ObjectNode standard = F.objectNode().put("type", "object");
        standard.putArray("required").add("standard").add("version");
        standard.putObject("properties").set("standard", F.objectNode().put("type", "string"));
        ((ObjectNode) standard.get("properties")).set("version", F.objectNode().put("type", "string"));
        definitions.put("Standard", standard);
        ObjectNode meta = F.objectNode().put("type", "object");
        ObjectNode props = meta.putObject("properties");
        props.set("version", nullable(F.objectNode().put("type", "string")));
        props.set("link", nullable(F.objectNode().put("type", "string")));
        ObjectNode standards = F.objectNode().put("type", "array");
        standards.set("items", ref("Standard"));
        props.set("standards", standards);
        definitions.put("ContractSourceMetadata", meta);
        ObjectNode result = f.putObject("result");
        result.put("serialization_type", "json");
        result.set("type_schema", ref("ContractSourceMetadata"));
        return f;
    }

    private ObjectNode function(ExecutableElement m) {
        boolean init = has(m, "Init");
        boolean call = has(m, "Call");
        boolean view = has(m, "View");
        if (!init && !call && !view) {
            return null;
        }
        ObjectNode f = F.objectNode();
        String exportName = nameOverride(m);
        if (exportName == null) {
            exportName = m.getKind() == ElementKind.CONSTRUCTOR ? "new" : snakeCase(m.getSimpleName().toString());
        }
        f.put("name", exportName);
        f.put("kind", view ? "view" : "call");
        ArrayNode modifiers = F.arrayNode();
        if (init) {
            modifiers.add("init");
        }
        if (call && Boolean.TRUE.equals(annotationValue(m, "Call", "payable"))) {
            modifiers.add("payable");
        }
        if (has(m, "Private")) {
            modifiers.add("private");
        }
        if (!modifiers.isEmpty()) {
            f.set("modifiers", modifiers);
        }
        if (!m.getParameters().isEmpty()) {
            ObjectNode params = f.putObject("params");
            params.put("serialization_type", "json");
            ArrayNode args = params.putArray("args");
            for (VariableElement p : m.getParameters()) {
                String n = nameOverride(p);
                args.addObject().put("name", n != null ? n : snakeCase(p.getSimpleName().toString()))
                        .set("type_schema", schema(p.asType()));
            }
        }
        boolean returnsValue = !init && m.getKind() == ElementKind.METHOD
                && m.getReturnType().getKind() != TypeKind.VOID;
        if (returnsValue) {
            ObjectNode result = f.putObject("result");
            result.put("serialization_type", "json");
            result.set("type_schema", schema(m.getReturnType()));
        }
        return f;
    }

    /** The JSON Schema of a type, registering named types in the definitions. */
    JsonNode schema(TypeMirror t) {
        switch (t.getKind()) {
            case BOOLEAN:
                return F.objectNode().put("type", "boolean");
            case BYTE:
                return integer("int8");
            case SHORT:
                return integer("int16");
            case INT:
                return integer("int32");
            case LONG:
                return integer("int64");
            case CHAR:
                return F.objectNode().put("type", "string");
            case ARRAY:
                return array(((ArrayType) t).getComponentType());
            case DECLARED:
                return declared((DeclaredType) t);
            default:
                return F.objectNode();
        }
    }

    private static ObjectNode integer(String format) {
        return F.objectNode().put("type", "integer").put("format", format);
    }

    private ObjectNode array(TypeMirror item) {
        ObjectNode a = F.objectNode().put("type", "array");
        a.set("items", schema(item));
        return a;
    }

    private JsonNode declared(DeclaredType t) {
        TypeElement e = (TypeElement) t.asElement();
        String qn = e.getQualifiedName().toString();
        List<? extends TypeMirror> args = t.getTypeArguments();
        switch (qn) {
            case "java.lang.String":
                return F.objectNode().put("type", "string");
            case "java.lang.Boolean":
                return F.objectNode().put("type", "boolean");
            case "java.lang.Integer":
                return integer("int32");
            case "java.lang.Long":
                return integer("int64");
            case "java.util.List":
            case "java.util.Set":
                return args.isEmpty() ? F.objectNode().put("type", "array") : array(args.get(0));
            case "java.util.Map":
                ObjectNode m = F.objectNode().put("type", "object");
                if (args.size() == 2) {
                    m.set("additionalProperties", schema(args.get(1)));
                }
                return m;
            case "java.util.Optional":
                return args.isEmpty() ? F.objectNode() : nullable(schema(args.get(0)));
            default:
                break;
        }
        if (qn.equals(SDK + "Promise")) {
            // A returned promise's result is whatever the last receipt returns: near-sdk-rs gives
            // Promise the schema `true`, which matches everything.
            definitions.putIfAbsent("Promise", com.fasterxml.jackson.databind.node.BooleanNode.TRUE);
            return ref("Promise");
        }
        // An SDK enum (PublicKey.Curve) is an enum below; the standards' records are records.
        if (qn.startsWith(SDK) && !qn.startsWith(SDK + "standards.") && e.getKind() != ElementKind.ENUM) {
            String simple = e.getSimpleName().toString();
            // SDK value types serialize as strings, as near-sdk-rs's U64, U128, AccountId, Base58PublicKey.
            // The standards' records (dev.aidev.sdk.standards...) are records like the contract's own.
            definitions.putIfAbsent(simple, F.objectNode().put("type", "string"));
            return ref(simple);
        }
        String simple = e.getSimpleName().toString();
        if (!definitions.containsKey(simple)) {
            definitions.put(simple, F.objectNode()); // placeholder: breaks cycles
            definitions.put(simple, e.getKind() == ElementKind.ENUM ? enumSchema(e) : objectSchema(e));
        }
        return ref(simple);
    }

    private static ObjectNode enumSchema(TypeElement e) {
        ObjectNode s = F.objectNode().put("type", "string");
        ArrayNode values = s.putArray("enum");
        for (Element c : e.getEnclosedElements()) {
            if (c.getKind() == ElementKind.ENUM_CONSTANT) {
                values.add(c.getSimpleName().toString());
            }
        }
        return s;
    }

    private ObjectNode objectSchema(TypeElement e) {
        ObjectNode s = F.objectNode().put("type", "object");
        ArrayNode required = s.putArray("required");
        ObjectNode props = s.putObject("properties");
        List<? extends Element> members = e.getKind() == ElementKind.RECORD
                ? e.getRecordComponents()
                : ElementFilter.fieldsIn(e.getEnclosedElements()).stream()
                        .filter(v -> !v.getModifiers().contains(Modifier.STATIC)).toList();
        for (Element member : members) {
            String n = nameOverride(member);
            String key = n != null ? n : snakeCase(member.getSimpleName().toString());
            TypeMirror type = member instanceof RecordComponentElement rc ? rc.asType() : member.asType();
            props.set(key, schema(type));
            if (!isOptional(type)) {
                required.add(key);
            }
        }
        return s;
    }

    private static boolean isOptional(TypeMirror t) {
        return t.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) t).asElement()).getQualifiedName().contentEquals("java.util.Optional");
    }

    private static ObjectNode nullable(JsonNode s) {
        ObjectNode n = F.objectNode();
        n.putArray("anyOf").add(s).add(F.objectNode().put("type", "null"));
        return n;
    }

    private static ObjectNode ref(String name) {
        return F.objectNode().put("$ref", "#/definitions/" + name);
    }

    private static AnnotationMirror annotation(Element e, String simpleName) {
        for (AnnotationMirror a : e.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) a.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(SDK + simpleName)) {
                return a;
            }
        }
        return null;
    }

    private static boolean has(Element e, String simpleName) {
        return annotation(e, simpleName) != null;
    }

    private static Object annotationValue(Element e, String annotation, String member) {
        AnnotationMirror a = annotation(e, annotation);
        if (a == null) {
            return null;
        }
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> v : a.getElementValues().entrySet()) {
            if (v.getKey().getSimpleName().contentEquals(member)) {
                return v.getValue().getValue();
            }
        }
        return null;
    }

    private static String nameOverride(Element e) {
        Object v = annotationValue(e, "Name", "value");
        return v == null ? null : v.toString();
    }

    /** The SDK's snake_case rule ({@code getMessages} → {@code get_messages}), shared with the JVM runner. */
    public static String snakeCase(String camel) {
        return dev.aidev.sdk.Json.snakeCase(camel);
    }
}
