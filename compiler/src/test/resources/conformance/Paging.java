import dev.aidev.sdk.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

// Paging as the NEP-181 views do: an Optional<U128> from_index to an int with toLongExact, an
// Optional<Long> limit unboxed in comparisons with int and cast (int) (long); (long) of a null Long.
//> view page {}
//> view page {"from_index": "1", "limit": 2}
//> view page {"from_index": "3"}
//> view page {"from_index": "5"}
//> view page {"from_index": "6"}
//> view page {"limit": 0}
//> view page {"limit": 9999999999}
//> view page {"from_index": "18446744073709551616"}
//> view size {"limit": 2}
//> view size {"limit": 3000000000}
//> view size {}
//> view cast_box {"v": 4}
//> view cast_box {}
@NearContract
public class Paging {
    public Paging() {}

    @View
    public String page(Optional<U128> fromIndex, Optional<Long> limit) {
        List<String> ids = List.of("t0", "t1", "t2", "t3", "t4");
        U128 start = fromIndex.orElse(U128.ZERO);
        if (start.compareTo(U128.of(ids.size())) > 0) {
            throw Env.panic("Out of bounds, please use a smaller from_index.");
        }
        int count = pageSize(limit);
        int from = (int) start.toLongExact();
        List<String> out = new ArrayList<>();
        for (int i = from; i < ids.size() && i - from < count; i++) {
            out.add(ids.get(i));
        }
        String s = "";
        for (String id : out) {
            s = s + id + ",";
        }
        return s + " count=" + count + " from=" + from;
    }

    @View
    public int size(Optional<Long> limit) {
        return pageSize(limit);
    }

    @View
    public long castBox(Optional<Long> v) {
        Long x = v.orElse(null);
        return (long) x + 1;
    }

    private static int pageSize(Optional<Long> limit) {
        if (limit.isEmpty()) {
            return Integer.MAX_VALUE;
        }
        if (limit.get() == 0) {
            throw Env.panic("Cannot provide limit of 0.");
        }
        return limit.get() > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) (long) limit.get();
    }
}
