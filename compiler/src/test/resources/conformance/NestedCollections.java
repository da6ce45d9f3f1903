import dev.aidev.sdk.*;
import java.util.List;

// Collections as the values of collections (near-sdk-rs's nested collections): each inner
// collection has its own prefix, and the outer map stores its Borsh (prefix, length), so one
// whose length changed is put back. Reads, writes, state bytes and views compared.
//> call new {}
//> call from=alice.test.near add {"note": "first"}
//> call from=alice.test.near add {"note": "second"}
//> call from=bob.test.near add {"note": "hello"}
//> view list {"who": "alice.test.near"}
//> view list {"who": "carol.test.near"}
//> view has {"who": "alice.test.near", "note": "second"}
//> view has {"who": "bob.test.near", "note": "second"}
//> call score {"game": "chess", "points": 3}
//> call score {"game": "chess", "points": 5}
//> call from=bob.test.near score {"game": "go", "points": 7}
//> call from=bob.test.near score {"game": "chess", "points": 1}
//> view scores {"game": "chess"}
//> view games {}
@NearContract
public class NestedCollections {
    private final LookupMap<AccountId, Vector<String>> notes;
    private final LookupMap<AccountId, LookupSet<String>> tags;
    private final TreeMap<String, Vector<Long>> results;
    private final IterableMap<String, IterableSet<String>> players;

    @Init
    public NestedCollections() {
        notes = new LookupMap<>("n");
        tags = new LookupMap<>("t");
        results = new TreeMap<>("r");
        players = new IterableMap<>("p");
    }

    @Call
    public int add(String note) {
        AccountId who = Env.predecessorAccountId();
        Vector<String> v = notes.get(who);
        if (v == null) {
            v = new Vector<>("v" + who);
        }
        v.push(note);
        notes.insert(who, v);
        LookupSet<String> s = tags.get(who);
        if (s == null) {
            s = new LookupSet<>("s" + who);
            tags.insert(who, s);
        }
        s.insert(note);
        return v.size();
    }

    @View
    public List<String> list(AccountId who) {
        Vector<String> v = notes.get(who);
        return v == null ? List.of() : v.toList();
    }

    @View
    public boolean has(AccountId who, String note) {
        LookupSet<String> s = tags.get(who);
        return s != null && s.contains(note);
    }

    @Call
    public void score(String game, long points) {
        Vector<Long> v = results.get(game);
        if (v == null) {
            v = new Vector<>("g" + game);
        }
        v.push(points);
        results.insert(game, v);
        IterableSet<String> set = players.get(game);
        if (set == null) {
            set = new IterableSet<>("q" + game);
        }
        set.insert(Env.predecessorAccountId().toString());
        players.insert(game, set);
    }

    @View
    public List<Long> scores(String game) {
        Vector<Long> v = results.get(game);
        return v == null ? List.of() : v.toList();
    }

    @View
    public String games() {
        String out = "";
        for (String g : results.keys()) {
            out += g + "=" + results.get(g).size() + "/" + players.get(g).size() + " ";
        }
        return out;
    }
}
