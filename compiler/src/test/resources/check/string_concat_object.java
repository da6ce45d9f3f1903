import dev.aidev.sdk.Call;
import dev.aidev.sdk.NearContract;

import dev.aidev.sdk.Env;

@NearContract
class Concat {
    static class Point {
        long x;
    }

    interface Shape {
    }

    @Call
    public void log() {
        show(null);
    }

    private void show(Shape shape) {
        Point p = new Point();
        Env.log("point " + p);
        String s = "shape ";
        s += shape;
        int[] a = new int[1];
        Env.log("array " + a);
    }
}
