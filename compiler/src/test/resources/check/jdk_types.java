import dev.aidev.sdk.Call;
import dev.aidev.sdk.NearContract;

@NearContract
class JdkTypes {
    @Call
    public void run() {
        java.util.Random random = null;
        java.time.Instant now = null;
        java.util.stream.Stream<String> stream = null;
        java.util.function.Function<String, String> f = null;
        java.math.BigInteger big = null;
        java.io.File file = null;
        java.util.Set<String> set = null;
        Double boxed = null;
        java.util.Collection<String> all = null;
        java.util.Locale locale = null;
    }
}
