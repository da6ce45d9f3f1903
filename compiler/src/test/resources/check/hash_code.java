import dev.aidev.sdk.Call;
import dev.aidev.sdk.NearContract;

@NearContract
class Hashing {
    static class Box {
    }

    @Call
    public int hash() {
        return new Box().hashCode();
    }

    @Call
    public String text() {
        return new Box().toString();
    }
}
