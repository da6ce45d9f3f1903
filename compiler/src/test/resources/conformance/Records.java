import dev.aidev.sdk.*;
import java.util.List;

// Records: construction, accessors, compact constructors, equals; JSON arguments and results
// (snake_case keys, @Name, key order as declared); Borsh in the state and in a LookupMap.
//> call set_owner {"owner": {"account_id": "bob.test.near", "display_name": "Bob", "age": 30, "tags": ["a", "b"]}}
//> view owner
//> view greeting
//> call set_owner {"owner": {"account_id": "bob.test.near", "display_name": "Bob", "age": -1, "tags": []}}
//> call set_owner {"owner": {"account_id": "bob.test.near", "age": 3, "tags": []}}
//> call set_owner {"owner": {"account_id": "Not Valid", "display_name": "Bob", "age": 3, "tags": []}}
//> call set_owner {"owner": {"display_name": "Ann", "age": 3, "tags": ["x"], "account_id": "ann.test.near", "extra": [1, {"a": null}]}}
//> view owner
//> call remember {"key": "p", "point": {"x": 1, "y": -2}}
//> view recall {"key": "p"}
//> view recall {"key": "q"}
//> view same {"a": {"x": 1, "y": 2}, "b": {"x": 1, "y": 2}}
//> view same {"a": {"x": 1, "y": 2}, "b": {"x": 2, "y": 2}}
//> view sum {"p": {"x": 5, "y": 6}}
//> view origin
//> view nested
@NearContract
public class Records {
    private Owner owner = new Owner(AccountId.of("nobody.test.near"), "nobody", 0, List.of());
    private final LookupMap<String, Point> points = new LookupMap<>("p");

    public Records() {}

    public record Point(int x, int y) {
        Point scaled(int k) {
            return new Point(Math.multiplyExact(x, k), Math.multiplyExact(y, k));
        }
    }

    public record Owner(AccountId accountId, String displayName, int age, List<String> tags) {
        public Owner {
            if (age < 0) {
                throw new IllegalArgumentException("age must not be negative");
            }
        }
    }

    public record Line(Point from, Point to, @Name("label") String name) {}

    @Call
    public void setOwner(Owner owner) {
        this.owner = owner;
    }

    @View
    public Owner owner() {
        return owner;
    }

    @View
    public String greeting() {
        return "hello " + owner.displayName() + " (" + owner.accountId() + "), " + owner.tags().size() + " tags";
    }

    @Call
    public Point remember(String key, Point point) {
        points.set(key, point.scaled(2));
        return points.get(key);
    }

    @View
    public Point recall(String key) {
        return points.get(key);
    }

    @View
    public boolean same(Point a, Point b) {
        return a.equals(b) && b.equals(a);
    }

    @View
    public long sum(Point p) {
        return (long) p.x() + p.y();
    }

    @View
    public Point origin() {
        return new Point(0, 0);
    }

    @View
    public Line nested() {
        return new Line(new Point(1, 2), new Point(3, 4), "diagonal \"one\"");
    }
}
