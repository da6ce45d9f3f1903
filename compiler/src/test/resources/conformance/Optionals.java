import dev.aidev.sdk.*;
import java.util.List;
import java.util.Optional;

// Optional: parameters (absent, null or a value), results, state fields and record components
// (JSON value-or-null, Borsh u8 0/1 + value), locals; of, ofNullable, empty, orElse, isPresent,
// isEmpty, get, orElseThrow; a null Boolean unboxed in a condition; Json.encode of records.
//> call set_label {"label": "first"}
//> view label
//> call set_label {}
//> view label
//> call set_label {"label": null}
//> view label_or {"fallback": "none"}
//> call set_label {"label": 42}
//> call set_label
//> call set_label {"label": "x" "y"}
//> call unregister {"force": true}
//> call unregister {}
//> call unregister {"force": false}
//> call withdraw {"amount": "5"}
//> call withdraw {}
//> call withdraw {"amount": "0"}
//> call withdraw {"amount": null}
//> call save {"key": "a", "meta": {"name": "Token", "icon": "data:x", "reference": null, "decimals": 24, "limits": {"min": "1", "max": "9"}}}
//> call save {"key": "b", "meta": {"name": "Bare", "decimals": 0, "limits": {"min": "0"}}}
//> call save {"key": "c", "meta": {"name": "Bad", "decimals": 0}}
//> view load {"key": "a"}
//> view load {"key": "b"}
//> view load {"key": "zzz"}
//> view find {"key": "a"}
//> view find {"key": "zzz"}
//> view encoded {"key": "a"}
//> view encoded_list
//> view describe {"key": "a"}
//> view describe {"key": "b"}
//> view counts {"a": 3, "b": null}
//> view get_empty
//> view or_else_throw_empty
//> view of_null
//> view of_nullable_null
//> view boolean_null
//> call evaluate_or_else {"value": "kept"}
//> call evaluate_or_else {}
//> view show
//> call set_label {"label": "again"}
//> view show
//> view opt_eq {"a": "x", "b": "x"}
//> view opt_eq {"a": "x", "b": "y"}
//> view opt_eq {"a": "x"}
//> view opt_eq {}
//> call save {"key": "a2", "meta": {"name": "Token", "icon": "data:x", "decimals": 24, "limits": {"min": "1", "max": "9"}}}
//> call save {"key": "a3", "meta": {"name": "Token", "icon": "data:x", "decimals": 24, "limits": {"min": "1", "max": "8"}}}
//> view same_meta {"a": "a", "b": "a2"}
//> view same_meta {"a": "a", "b": "a3"}
//> view same_meta {"a": "a", "b": "b"}
@NearContract
public class Optionals {
    private Optional<String> label = Optional.empty();
    private Optional<Long> count = Optional.of(7L);
    private final LookupMap<String, Meta> metas = new LookupMap<>("m");
    private final LookupMap<String, Optional<U128>> extra = new LookupMap<>("e");

    public Optionals() {}

    public record Limits(U128 min, Optional<U128> max) {}

    public record Meta(String name, Optional<String> icon, Optional<String> reference, int decimals, Limits limits) {}

    @Call
    public void setLabel(Optional<String> label) {
        this.label = label;
        Env.log("present " + label.isPresent() + ", empty " + label.isEmpty());
        count = Optional.of(count.orElse(0L) + 1);
    }

    @View
    public Optional<String> label() {
        return label;
    }

    @View
    public String labelOr(String fallback) {
        return label.orElse(fallback) + " " + count.get();
    }

    @Call
    public boolean unregister(Optional<Boolean> force) {
        if (!force.orElse(false)) {
            Env.log("not forced");
            return false;
        }
        boolean forced = force.get();
        return forced && force.isPresent();
    }

    @Call
    public U128 withdraw(Optional<U128> amount) {
        if (amount.isPresent() && !amount.get().isZero()) {
            throw Env.panic("The amount is greater than the available storage balance");
        }
        extra.insert("last", amount);
        Optional<U128> previous = extra.get("last");
        return previous.orElse(U128.ONE_YOCTO);
    }

    @Call
    public Meta save(String key, Meta meta) {
        metas.insert(key, meta);
        return metas.get(key);
    }

    @View
    public Meta load(String key) {
        return metas.get(key);
    }

    @View
    public Optional<Meta> find(String key) {
        Meta m = metas.get(key);
        return Optional.ofNullable(m);
    }

    @View
    public String encoded(String key) {
        return Json.encode(metas.get(key));
    }

    @View
    public String encodedList() {
        Limits l = new Limits(U128.of(3), Optional.empty());
        return Json.encode(List.of(l, new Limits(U128.ZERO, Optional.of(U128.ONE)))) + " " + Json.encode(l);
    }

    @View
    public String describe(String key) {
        Meta m = metas.get(key);
        String icon = m.icon().isPresent() ? m.icon().get() : "no icon";
        Optional<U128> max = m.limits().max();
        String maxText = max.isEmpty() ? "unbounded" : max.orElseThrow().toString();
        return m.name() + ": " + icon + ", " + m.reference().orElse("no reference") + ", max " + maxText;
    }

    @View
    public long counts(Optional<Integer> a, Optional<Long> b) {
        long sum = a.orElse(-1);
        sum += b.orElse(100L);
        return sum;
    }

    @View
    public String getEmpty() {
        Optional<String> none = Optional.empty();
        return none.get();
    }

    @View
    public String orElseThrowEmpty() {
        Optional<AccountId> none = Optional.empty();
        return none.orElseThrow().toString();
    }

    @View
    public int ofNull() {
        String nothing = null;
        Optional<String> o = Optional.of(nothing);
        return o.get().length();
    }

    @View
    public boolean ofNullableNull() {
        String nothing = null;
        return Optional.ofNullable(nothing).isEmpty();
    }

    @View
    public boolean booleanNull() {
        Boolean b = null;
        return !b;
    }

    @View
    public String show() {
        Optional<Integer> none = Optional.empty();
        Optional<U128> amount = Optional.of(U128.of(12));
        Optional<String> missing = null;
        return "label " + label + ", count " + count + ", " + none + ", " + amount + ", " + missing;
    }

    @View
    public boolean optEq(Optional<String> a, Optional<String> b) {
        Optional<String> nothing = null;
        return a.equals(b) && b.equals(a) && !a.equals(nothing);
    }

    @View
    public boolean sameMeta(String a, String b) {
        return metas.get(a).equals(metas.get(b));
    }

    @Call
    public String evaluateOrElse(Optional<String> value) {
        return value.orElse(sideEffect());
    }

    private static String sideEffect() {
        Env.log("orElse argument evaluated");
        return "fallback";
    }
}
