import dev.aidev.sdk.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

// String conversion of objects: records as Java writes them (Name[a=1, b=x]) with nested
// records, lists, Optional, SDK types, enums, boxes and nulls; a record with its own toString();
// classes with toString() overridden in a subclass; in concatenation, += and StringBuilder-free
// logs.
//> view show {"name": "bob", "amount": "12", "tags": ["x", "y"]}
//> view show {"name": "", "amount": "0", "tags": []}
//> view shapes {}
//> call log_item {"id": 7}
@NearContract
public class ToStrings {
    enum Color { RED, GREEN }

    record Point(int x, long y) {}

    record Item(String name, U128 amount, List<String> tags, Optional<Point> where, Color color, Integer count,
            AccountId owner, boolean ok, char grade) {}

    record Labeled(String label) {
        @Override
        public String toString() {
            return "<" + label + ">";
        }
    }

    record Outer(Labeled labeled, Point point, List<Point> points) {}

    static class Animal {
        @Override
        public String toString() {
            return "animal";
        }
    }

    static class Dog extends Animal {
        @Override
        public String toString() {
            return "dog (" + super.toString() + ")";
        }
    }

    public ToStrings() {}

    @View
    public String show(String name, U128 amount, List<String> tags) {
        Item a = new Item(name, amount, tags, Optional.of(new Point(-1, 2)), Color.GREEN, 3, AccountId.of("alice.near"), true, 'A');
        Item b = new Item(null, null, null, Optional.empty(), null, null, null, false, 'z');
        List<Point> pts = new ArrayList<>();
        pts.add(new Point(1, 1));
        pts.add(null);
        Outer o = new Outer(new Labeled("L"), null, pts);
        String s = "a=" + a;
        s += " b=" + b;
        return s + " o=" + o;
    }

    @View
    public String shapes() {
        Animal a = new Animal();
        Animal d = new Dog();
        Animal none = null;
        return a + " " + d + " " + none + " " + Optional.of(new Point(3, 4));
    }

    @Call
    public void logItem(int id) {
        Env.log("item " + new Point(id, id * 2L));
    }
}
