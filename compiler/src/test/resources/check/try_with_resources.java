import dev.aidev.sdk.Call;
import dev.aidev.sdk.NearContract;

@NearContract
class Resources {
    static class Handle implements AutoCloseable {
        @Override
        public void close() {
        }
    }

    @Call
    public void run() {
        try (Handle h = new Handle()) {
            h.close();
        }
    }
}
