import dev.aidev.sdk.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

// Generic classes, records and methods of the contract's own, over boxes, strings, SDK types,
// records and each other (erased: a type variable's value is passed along as it is); a bounded
// type variable calling its bound's methods.
//> view boxes {"n": 41}
//> view stack {"words": ["a", "b", "c"]}
//> view stack {"words": []}
//> view pairs {"amount": "1000"}
//> view first_or {"xs": [5, 6], "fallback": 9}
//> view first_or {"xs": [], "fallback": 9}
//> view largest {}
@NearContract
public class Generics {
    static final class Box<T> {
        private T value;

        Box(T value) {
            this.value = value;
        }

        T get() {
            return value;
        }

        void set(T value) {
            this.value = value;
        }

        <R> Box<R> with(R other) {
            return new Box<>(other);
        }
    }

    record Pair<A, B>(A first, B second) {
        Pair<B, A> swap() {
            return new Pair<>(second, first);
        }
    }

    static final class Stack<T> {
        private List<T> items = new ArrayList<>();

        void push(T item) {
            items.add(item);
        }

        T pop() {
            if (items.isEmpty()) {
                throw new IllegalStateException("empty stack");
            }
            List<T> rest = new ArrayList<>();
            for (int i = 0; i < items.size() - 1; i++) {
                rest.add(items.get(i));
            }
            T top = items.get(items.size() - 1);
            items = rest;
            return top;
        }

        int size() {
            return items.size();
        }
    }

    interface Sized {
        long size();
    }

    record Parcel(String label, long size) implements Sized {}

    public Generics() {}

    static <T> T firstOrElse(List<T> xs, T fallback) {
        return xs.isEmpty() ? fallback : xs.get(0);
    }

    static <S extends Sized> S biggest(List<S> all) {
        S best = null;
        for (S s : all) {
            if (best == null || s.size() > best.size()) {
                best = s;
            }
        }
        return best;
    }

    @View
    public String boxes(int n) {
        Box<Integer> number = new Box<>(n);
        number.set(number.get() + 1);
        int plain = number.get();
        Box<String> text = number.with("n=" + plain);
        Box<Box<String>> nested = new Box<>(text);
        Box<U128> money = new Box<>(U128.of(7));
        Box<Optional<Long>> maybe = new Box<>(Optional.of(3L));
        return nested.get().get() + " " + money.get().add(U128.ONE) + " " + maybe.get().get();
    }

    @View
    public String stack(List<String> words) {
        Stack<String> s = new Stack<>();
        for (String w : words) {
            s.push(w);
        }
        String out = "";
        while (s.size() > 0) {
            out += s.pop();
        }
        return out + "|" + s.size() + (words.isEmpty() ? s.pop() : "");
    }

    @View
    public String pairs(U128 amount) {
        Pair<String, U128> p = new Pair<>("amount", amount);
        Pair<U128, String> q = p.swap();
        Pair<Pair<String, U128>, Long> nested = new Pair<>(p, 5L);
        return q.first() + ":" + q.second() + " " + nested.first().first() + " " + (nested.second() + 1);
    }

    @View
    public int firstOr(List<Integer> xs, int fallback) {
        return firstOrElse(xs, fallback);
    }

    @View
    public String largest() {
        List<Parcel> parcels = List.of(new Parcel("small", 2), new Parcel("big", 9), new Parcel("mid", 5));
        Parcel p = biggest(parcels);
        return p.label() + " " + p.size();
    }
}
