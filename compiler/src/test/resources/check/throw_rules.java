import dev.aidev.sdk.Call;
import dev.aidev.sdk.NearContract;

@NearContract
class Throwing {
    private final IllegalStateException saved = new IllegalStateException("x");

    @Call
    public void a() {
        throw saved;
    }

    @Call
    public void b() throws java.io.IOException {
        throw new java.io.IOException("disk");
    }

    @Call
    public void c(String why) {
        throw new IllegalStateException(why, null);
    }

    static class MyError extends RuntimeException {
    }
}
