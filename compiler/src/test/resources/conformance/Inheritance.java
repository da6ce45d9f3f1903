import dev.aidev.sdk.*;
import java.util.ArrayList;
import java.util.List;

// Classes extending classes, abstract classes, interfaces with default methods, records
// implementing interfaces (their accessors as interface methods), overriding with super calls,
// virtual calls through every kind of receiver, instanceof and checked casts (a bad cast panics).
//> view areas {"scale": 2}
//> view describe {"which": 0}
//> view describe {"which": 1}
//> view describe {"which": 2}
//> view describe {"which": 3}
//> view kinds {}
//> view cast_ok {}
//> view cast_bad {}
//> view counters {"n": 3}
@NearContract
public class Inheritance {
    interface Shape {
        long area();

        String name();

        default String describe() {
            return name() + " of area " + unit(area());
        }

        private String unit(long area) {
            return area + Shape.suffix();
        }

        static String suffix() {
            return "";
        }
    }

    abstract static class Polygon implements Shape {
        protected final int sides;
        protected long scale = 1;

        Polygon(int sides) {
            this.sides = sides;
        }

        @Override
        public String describe() {
            return Shape.super.describe() + " with " + sides + " sides";
        }

        abstract long base();

        @Override
        public long area() {
            return base() * scale;
        }
    }

    static class Rect extends Polygon {
        final long w;
        final long h;

        Rect(long w, long h) {
            super(4);
            this.w = w;
            this.h = h;
        }

        @Override
        long base() {
            return w * h;
        }

        @Override
        public String name() {
            return "rect";
        }
    }

    static final class Square extends Rect {
        Square(long side) {
            super(side, side);
        }

        @Override
        public String name() {
            return "square";
        }

        @Override
        public String describe() {
            return "[" + super.describe() + "]";
        }
    }

    record Circle(long radius, String name) implements Shape {
        @Override
        public long area() {
            return 3 * radius * radius;
        }
    }

    static class Counter {
        protected int count;

        void add() {
            count += 1;
        }

        int get() {
            return count;
        }
    }

    static class DoubleCounter extends Counter {
        @Override
        void add() {
            super.add();
            count += 1;
        }
    }

    public Inheritance() {}

    private List<Shape> shapes(long scale) {
        List<Shape> all = new ArrayList<>();
        Rect r = new Rect(2, 3);
        r.scale = scale;
        all.add(r);
        all.add(new Square(4));
        all.add(new Circle(2, "circle"));
        all.add(new Circle(1, "dot"));
        return all;
    }

    @View
    public long areas(long scale) {
        long total = 0;
        for (Shape s : shapes(scale)) {
            total += s.area();
        }
        return total;
    }

    @View
    public String describe(int which) {
        return shapes(1).get(which).describe();
    }

    @View
    public String kinds() {
        StringBuilder out = new StringBuilder();
        for (Shape s : shapes(1)) {
            out.append(s instanceof Polygon ? "P" : "-");
            out.append(s instanceof Rect ? "R" : "-");
            out.append(s instanceof Square ? "S" : "-");
            out.append(s instanceof Circle ? "C" : "-");
            out.append(' ');
        }
        Shape none = null;
        out.append(none instanceof Shape);
        return out.toString();
    }

    @View
    public String castOk() {
        Shape s = shapes(1).get(1);
        Rect r = (Rect) s;
        Polygon p = (Polygon) s;
        Shape nothing = null;
        Circle c = (Circle) nothing;
        return r.w + "x" + r.h + " " + p.sides + " " + (c == null);
    }

    @View
    public String castBad() {
        Shape s = shapes(1).get(2);
        Rect r = (Rect) s;
        return "unreachable " + r.w;
    }

    @View
    public String counters(int n) {
        Counter a = new Counter();
        Counter b = new DoubleCounter();
        for (int i = 0; i < n; i++) {
            a.add();
            b.add();
        }
        return a.get() + " " + b.get();
    }
}
