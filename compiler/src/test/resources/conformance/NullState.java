import dev.aidev.sdk.*;

// A default-constructed contract whose String field is null cannot be stored, nor even loaded:
// both runtimes encode it in Borsh first and panic with the SDK's text.
//> view get
//> call set {"v": "x"}
@NearContract
public class NullState {
    private String value;
    private int n;

    public NullState() {}

    @View
    public String get() {
        return value;
    }

    @Call
    public void set(String v) {
        value = v;
        n++;
    }
}
