package dev.aidev.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aidev.sdk.testing.MockBlockchain;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CollectionsTest {
    private MockBlockchain chain;

    @BeforeEach
    void install() {
        chain = new MockBlockchain().install();
    }

    @AfterEach
    void uninstall() {
        Env.setHost(null);
    }

    private static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    private static String hex(byte[] b) {
        return b == null ? null : HexFormat.of().formatHex(b);
    }

    private static String hexOf(String s) {
        return hex(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void lookup_map_stores_entries_under_prefix_plus_borsh_key() {
        LookupMap<String, Long> map = new LookupMap<>("m");
        assertThat(map.insert("k", 5L)).isNull();
        assertThat(hex(chain.storageGet(bytes(hexOf("m") + "01000000" + hexOf("k"))))).isEqualTo("0500000000000000");
        assertThat(map.insert("k", 6L)).isEqualTo(5L);
        assertThat(map.get("k")).isEqualTo(6L);
        assertThat(map.remove("k")).isEqualTo(6L);
        assertThat(map.containsKey("k")).isFalse();
        assertThat(hex(Borsh.encode(map))).isEqualTo("01000000" + hexOf("m"));
    }

    @Test
    void vector_stores_elements_under_prefix_plus_u32_index() {
        Vector<String> v = new Vector<>("v");
        v.push("a");
        v.push("b");
        v.push("c");
        assertThat(hex(chain.storageGet(bytes(hexOf("v") + "01000000")))).isEqualTo("01000000" + hexOf("b"));
        assertThat(hex(Borsh.encode(v))).isEqualTo("03000000" + "01000000" + hexOf("v"));
        assertThat(v.swapRemove(0)).isEqualTo("a");
        assertThat(v.toList()).containsExactly("c", "b");
        assertThat(chain.storageGet(bytes(hexOf("v") + "02000000"))).isNull();
        assertThat(v.pop()).isEqualTo("b");
        assertThatThrownBy(() -> v.get(1)).hasMessage("Index out of bounds");
        assertThat(v.set(0, "z")).isEqualTo("c");
        assertThat(v.toList()).containsExactly("z");
    }

    @Test
    void lookup_set_stores_empty_values() {
        LookupSet<AccountId> set = new LookupSet<>("s");
        assertThat(set.insert(AccountId.of("ab"))).isTrue();
        assertThat(set.insert(AccountId.of("ab"))).isFalse();
        assertThat(hex(chain.storageGet(bytes(hexOf("s") + "02000000" + hexOf("ab"))))).isEmpty();
        assertThat(set.remove(AccountId.of("ab"))).isTrue();
        assertThat(chain.storageBase64()).isEmpty();
    }

    @Test
    void iterable_map_hashes_entry_keys_and_keeps_key_indices() {
        IterableMap<String, Integer> map = new IterableMap<>("i");
        map.insert("a", 1);
        map.insert("b", 2);
        map.insert("c", 3);
        byte[] entryA = Env.sha256(bytes(hexOf("im") + "01000000" + hexOf("a")));
        assertThat(hex(chain.storageGet(entryA))).isEqualTo("01000000" + "00000000");
        assertThat(hex(chain.storageGet(bytes(hexOf("iv") + "02000000")))).isEqualTo("01000000" + hexOf("c"));
        assertThat(hex(Borsh.encode(map))).isEqualTo("03000000" + "02000000" + hexOf("iv") + "02000000" + hexOf("im"));

        assertThat(map.remove("a")).isEqualTo(1);
        assertThat(map.keys()).containsExactly("c", "b");
        byte[] entryC = Env.sha256(bytes(hexOf("im") + "01000000" + hexOf("c")));
        assertThat(hex(chain.storageGet(entryC))).isEqualTo("03000000" + "00000000");
        assertThat(map.insert("b", 20)).isEqualTo(2);
        assertThat(map.values()).containsExactly(3, 20);
        map.clear();
        assertThat(map.isEmpty()).isTrue();
        assertThat(chain.storageBase64()).isEmpty();
    }

    @Test
    void iterable_set_keeps_element_indices() {
        IterableSet<String> set = new IterableSet<>("t");
        set.insert("x");
        set.insert("y");
        assertThat(set.insert("x")).isFalse();
        byte[] indexY = Env.sha256(bytes(hexOf("tm") + "01000000" + hexOf("y")));
        assertThat(hex(chain.storageGet(indexY))).isEqualTo("01000000");
        assertThat(set.remove("x")).isTrue();
        assertThat(hex(chain.storageGet(indexY))).isEqualTo("00000000");
        assertThat(set.toList()).containsExactly("y");
        assertThat(set.contains("x")).isFalse();
    }

    @Test
    void tree_map_keeps_keys_ordered() {
        TreeMap<U128, String> map = new TreeMap<>("o");
        map.insert(U128.of(30), "c");
        map.insert(U128.of(10), "a");
        map.insert(U128.of(20), "b");
        assertThat(map.keys()).containsExactly(U128.of(10), U128.of(20), U128.of(30));
        assertThat(map.floorKey(U128.of(25))).isEqualTo(U128.of(20));
        assertThat(map.ceilingKey(U128.of(25))).isEqualTo(U128.of(30));
        assertThat(map.range(U128.of(10), U128.of(30))).containsExactly(U128.of(10), U128.of(20));
        assertThat(hex(chain.storageGet(bytes(hexOf("ov") + hex(U128.of(10).toLittleEndian())))))
                .isEqualTo("01000000" + hexOf("a"));
        assertThat(map.remove(U128.of(10))).isEqualTo("a");
        assertThat(map.minKey()).isEqualTo(U128.of(20));
        assertThat(map.get(U128.of(30))).isEqualTo("c");
    }

    record Board(Vector<String> posts, LookupMap<String, List<Integer>> scores) {}

    @Test
    void collections_decoded_from_state_know_their_element_types() {
        Board board = new Board(new Vector<>("p"), new LookupMap<>("q"));
        board.posts().push("hello");
        byte[] state = Borsh.encode(board);
        Board loaded = Borsh.decode(state, Board.class);
        assertThat(loaded.posts().get(0)).isEqualTo("hello");
        loaded.scores().insert("a", List.of(1, 2));
        Board again = Borsh.decode(state, Board.class);
        assertThat(again.scores().get("a")).containsExactly(1, 2);
    }
}
