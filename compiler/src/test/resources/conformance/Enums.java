import dev.aidev.sdk.*;
import java.util.List;

// Enums: constants, ==, name(), ordinal(), values(), methods, switch statements and
// expressions on enums, strings, ints and chars; JSON as the constant name, Borsh as u8 ordinal.
//> view color
//> call paint {"color": "GREEN"}
//> view color
//> view describe {"color": "BLUE"}
//> view describe {"color": "RED"}
//> view describe {"color": "PURPLE"}
//> view describe {"color": 1}
//> view score {"word": "two"}
//> view score {"word": "three"}
//> view score {"word": "zzz"}
//> view fall {"n": 1}
//> view fall {"n": 3}
//> view fall {"n": 9}
//> view kind {"c": "x"}
//> view kind {"c": "7"}
//> view next {"color": "BLUE"}
//> view all
//> call remember {"key": "k", "color": "BLUE"}
//> view recall {"key": "k"}
//> view loopy
//> view arrows {"s": "a-b_c d"}
@NearContract
public class Enums {
    enum Color {
        RED, GREEN, BLUE;

        Color next() {
            return switch (this) {
                case RED -> GREEN;
                case GREEN -> BLUE;
                case BLUE -> RED;
            };
        }
    }

    private Color color = Color.RED;
    private final LookupMap<String, Color> colors = new LookupMap<>("c");

    public Enums() {}

    @View
    public Color color() {
        return color;
    }

    @Call
    public void paint(Color color) {
        this.color = color;
    }

    @View
    public String describe(Color color) {
        String warmth;
        switch (color) {
            case RED:
                warmth = "warm";
                break;
            case GREEN:
            case BLUE:
                warmth = "cool";
                break;
            default:
                warmth = "?";
        }
        return color.name() + " #" + color.ordinal() + " is " + warmth + (color == Color.RED ? " and red" : "") + " " + color;
    }

    @View
    public int score(String word) {
        return switch (word) {
            case "one" -> 1;
            case "two", "deux" -> 2;
            case "three" -> {
                int x = 1;
                x += 2;
                yield x;
            }
            default -> throw new IllegalArgumentException("unknown word " + word);
        };
    }

    @View
    public String fall(int n) {
        String out = "";
        switch (n) {
            case 1:
                out += "one ";
            case 2:
                out += "two ";
                break;
            case 3:
                out += "three ";
            default:
                out += "many";
        }
        return out;
    }

    @View
    public String kind(char c) {
        switch (c) {
            case 'x' -> {
                return "letter x";
            }
            default -> {
                return c >= '0' && c <= '9' ? "digit" : "other";
            }
        }
    }

    @View
    public Color next(Color color) {
        return color.next();
    }

    @View
    public List<Color> all() {
        List<Color> out = new java.util.ArrayList<>();
        for (Color c : Color.values()) {
            out.add(c);
        }
        return out;
    }

    @Call
    public void remember(String key, Color color) {
        colors.set(key, color);
    }

    @View
    public Color recall(String key) {
        return colors.get(key);
    }

    @View
    public int loopy() {
        int hits = 0;
        for (int i = 0; i < 6; i++) {
            switch (i % 3) {
                case 0:
                    continue;
                case 1:
                    hits += 10;
                    break;
                default:
                    hits += 1;
            }
            hits += 100;
        }
        return hits;
    }

    @View
    public String arrows(String s) {
        StringBuilder sb = new StringBuilder();
        int spaces = 0;
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case '-', '_' -> sb.append('+');
                case ' ' -> spaces++;
                default -> sb.append(s.charAt(i));
            }
        }
        return sb + " " + spaces;
    }
}
