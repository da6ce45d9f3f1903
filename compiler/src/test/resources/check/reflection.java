import dev.aidev.sdk.Call;
import dev.aidev.sdk.NearContract;

@NearContract
class Reflective {
    @Call
    public String name(String text) {
        return describe(text);
    }

    private String describe(Object value) {
        Class<?> type = Reflective.class;
        return value.getClass().getName();
    }

    private void invoke(java.lang.reflect.Method method) {
    }
}
