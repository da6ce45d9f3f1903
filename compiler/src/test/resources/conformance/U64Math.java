import dev.aidev.sdk.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

// U64: JSON decimal strings (malformed, negative, too large), arithmetic at the boundaries with the
// SDK's panics, parse/of/fromBits/bits/toLongExact, comparison, concatenation, and U64 in state
// (Borsh u64), records, Optional, List and LookupMap keys and values.
//> view add {"a": "0", "b": "0"}
//> view add {"a": "9223372036854775807", "b": "1"}
//> view add {"a": "18446744073709551614", "b": "1"}
//> view add {"a": "18446744073709551615", "b": "1"}
//> view add {"a": "9223372036854775808", "b": "9223372036854775808"}
//> view sub {"a": "0", "b": "1"}
//> view sub {"a": "18446744073709551615", "b": "18446744073709551615"}
//> view sub {"a": "9223372036854775808", "b": "1"}
//> view mul {"a": "4294967296", "b": "4294967295"}
//> view mul {"a": "4294967296", "b": "4294967296"}
//> view mul {"a": "0", "b": "18446744073709551615"}
//> view mul {"a": "9223372036854775808", "b": "2"}
//> view mul {"a": "3", "b": "6148914691236517205"}
//> view div {"a": "18446744073709551615", "b": "3"}
//> view div {"a": "18446744073709551615", "b": "9223372036854775808"}
//> view div {"a": "5", "b": "0"}
//> view rem {"a": "18446744073709551615", "b": "10"}
//> view rem {"a": "5", "b": "0"}
//> view add {"a": "18446744073709551616", "b": "0"}
//> view add {"a": "-1", "b": "0"}
//> view add {"a": "", "b": "0"}
//> view add {"a": "1.5", "b": "0"}
//> view add {"a": "00000000000000000000000000000000000001", "b": "0"}
//> view add {"a": "340282366920938463463374607431768211456", "b": "0"}
//> view add {"a": 5, "b": "0"}
//> view add {"a": "abc", "b": "0"}
//> view parse {"s": "18446744073709551615"}
//> view parse {"s": "18446744073709551616"}
//> view parse {"s": "99999999999999999999"}
//> view parse {"s": "123456789012345678901"}
//> view parse {"s": "-1"}
//> view parse {"s": ""}
//> view parse {"s": "007"}
//> view parse_or_null {"s": null}
//> view parse_or_null {"s": "12"}
//> view of {"v": 9223372036854775807}
//> view of {"v": -1}
//> view of {"v": 0}
//> view bits {"a": "18446744073709551615"}
//> view bits {"a": "9223372036854775808"}
//> view from_bits {"v": -2}
//> view exact {"a": "9223372036854775807"}
//> view exact {"a": "9223372036854775808"}
//> view compare {"a": "9223372036854775808", "b": "9223372036854775807"}
//> view compare {"a": "1", "b": "18446744073709551615"}
//> view compare {"a": "7", "b": "7"}
//> view constants
//> call store {"v": "18446744073709551615"}
//> view total
//> call store {"v": "9223372036854775808"}
//> view total
//> call store {"v": "1"}
//> view total
//> call put {"k": "18446744073709551615", "v": "9223372036854775808"}
//> call put {"k": "0", "v": "1"}
//> view get {"k": "18446744073709551615"}
//> view get {"k": "0"}
//> view get {"k": "5"}
//> view echo {"p": {"id": "18446744073709551615", "maybe": "42", "all": ["0", "9223372036854775808"]}}
//> view echo {"p": {"id": "1", "maybe": null, "all": []}}
//> view echo {"p": {"id": "-1", "maybe": null, "all": []}}
//> view first {"xs": ["3", "18446744073709551615"]}
//> view first {"xs": []}
//> view same {"a": {"id": "18446744073709551615", "maybe": "9223372036854775808", "all": []}, "b": {"id": "18446744073709551615", "maybe": "9223372036854775808", "all": ["1"]}}
//> view same {"a": {"id": "18446744073709551615", "maybe": "1", "all": []}, "b": {"id": "18446744073709551614", "maybe": "2", "all": []}}
//> view same {"a": {"id": "5", "maybe": null, "all": []}, "b": {"id": "5", "maybe": "5", "all": []}}
@NearContract
public class U64Math {
    public record Pair(U64 id, Optional<U64> maybe, List<U64> all) {}

    private U64 total = U64.ZERO;
    private Pair last = new Pair(U64.ZERO, Optional.empty(), new ArrayList<>());
    private final LookupMap<U64, U64> byKey = new LookupMap<>("k");

    public U64Math() {}

    @View
    public U64 add(U64 a, U64 b) {
        return a.add(b);
    }

    @View
    public U64 sub(U64 a, U64 b) {
        return a.sub(b);
    }

    @View
    public U64 mul(U64 a, U64 b) {
        return a.mul(b);
    }

    @View
    public U64 div(U64 a, U64 b) {
        return a.div(b);
    }

    @View
    public U64 rem(U64 a, U64 b) {
        return a.rem(b);
    }

    @View
    public String parse(String s) {
        U64 v = U64.parse(s);
        return "parsed " + v + " = " + v.toString();
    }

    @View
    public U64 parseOrNull(Optional<String> s) {
        return U64.parse(s.orElse(null));
    }

    @View
    public U64 of(long v) {
        return U64.of(v);
    }

    @View
    public long bits(U64 a) {
        return a.bits();
    }

    @View
    public U64 fromBits(long v) {
        return U64.fromBits(v);
    }

    @View
    public long exact(U64 a) {
        return a.toLongExact();
    }

    @View
    public String compare(U64 a, U64 b) {
        return a.compareTo(b) + " " + a.equals(b) + " " + b.compareTo(a);
    }

    @View
    public String constants() {
        return U64.ZERO + " " + U64.MAX + " " + U64.MAX.equals(U64.fromBits(-1L));
    }

    @Call
    public U64 store(U64 v) {
        U64 before = total;
        total = v;
        Env.log("was " + before);
        last = new Pair(v, Optional.of(before), List.of(before, v));
        return before;
    }

    @View
    public Pair total() {
        return last;
    }

    @Call
    public void put(U64 k, U64 v) {
        byKey.insert(k, v);
    }

    @View
    public Optional<U64> get(U64 k) {
        return byKey.containsKey(k) ? Optional.of(byKey.get(k)) : Optional.empty();
    }

    @View
    public Pair echo(Pair p) {
        Env.log("id " + p.id() + " maybe " + p.maybe() + " all " + p.all().size());
        return p;
    }

    @View
    public Optional<U64> first(List<U64> xs) {
        return xs.isEmpty() ? Optional.empty() : Optional.of(xs.get(0));
    }

    @View
    public String same(Pair a, Pair b) {
        Mark x = new Mark(a.id(), a.maybe());
        Mark y = new Mark(b.id(), b.maybe());
        return x.equals(y) + " " + a.maybe().equals(b.maybe()) + " " + x.height().equals(y.height());
    }

    public record Mark(U64 height, Optional<U64> next) {}
}
