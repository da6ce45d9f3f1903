import dev.aidev.sdk.Call;
import dev.aidev.sdk.Init;
import dev.aidev.sdk.LookupMap;
import dev.aidev.sdk.NearContract;
import dev.aidev.sdk.Private;
import dev.aidev.sdk.View;

import java.util.List;

@NearContract
class State {
    interface Shape {
    }

    static class Holder {
        Object anything;
    }

    static class Animal {
        String name;
    }

    static class Dog extends Animal {
        int barks;
    }

    static class Base {
        Object hidden;
    }

    static final class Derived extends Base {
        long n;
    }

    private Shape shape;
    private Holder holder;
    private List<String> names;
    private Animal pet;
    private Derived derived;
    private LookupMap<String, Animal> pets;

    @Call
    public void run() {
    }
}
