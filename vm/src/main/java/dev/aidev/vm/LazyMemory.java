package dev.aidev.vm;

import com.dylibso.chicory.runtime.ConstantEvaluators;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.runtime.WasmRuntimeException;
import com.dylibso.chicory.wasm.types.ActiveDataSegment;
import com.dylibso.chicory.wasm.types.DataSegment;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.PassiveDataSegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A contract's linear memory whose backing array grows with the highest byte written.
 *
 * <p>NEAR gives every call 1024 pages (64 MiB) up front. Zeroing 64 MiB per call would cost
 * milliseconds, while contracts touch a few hundred KiB: so the logical size is what the limits say,
 * reads past the written part return zeros, and writes extend the array. Written by hand because
 * Chicory's {@code ByteArrayMemory} allocates the whole initial size eagerly.
 */
final class LazyMemory implements Memory {
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int CHUNK = 64 * 1024;

    private final int initialPages;
    private final int maximumPages;
    private int pages;
    private long size;
    private byte[] buf = new byte[CHUNK];
    private DataSegment[] dataSegments = new DataSegment[0];

    LazyMemory(MemoryLimits limits) {
        this.initialPages = limits.initialPages();
        this.maximumPages = limits.maximumPages();
        this.pages = initialPages;
        this.size = (long) pages * PAGE_SIZE;
    }

    /** Thrown on an access outside the memory: WebAssembly's out-of-bounds trap. */
    static final class OutOfBounds extends WasmRuntimeException {
        OutOfBounds() {
            super("out of bounds memory access");
        }
    }

    private void check(int addr, int len) {
        if (addr < 0 || len < 0 || (long) addr + len > size) {
            throw new OutOfBounds();
        }
    }

    /** Makes the backing array reach {@code end}; the caller checked the bounds. */
    private void ensure(long end) {
        if (end > buf.length) {
            long want = Math.max(end, Math.min(size, (long) buf.length * 2));
            want = Math.min(size, (want + CHUNK - 1) / CHUNK * CHUNK);
            buf = Arrays.copyOf(buf, (int) want);
        }
    }

    /** The number of bytes that may be read from the array at addr (0 beyond the written part). */
    private boolean backed(int addr, int len) {
        return (long) addr + len <= buf.length;
    }

    @Override
    public int pages() {
        return pages;
    }

    @Override
    public int grow(int delta) {
        int old = pages;
        long next = (long) old + (delta & 0xFFFF_FFFFL);
        if (next > maximumPages) {
            return -1;
        }
        pages = (int) next;
        size = (long) pages * PAGE_SIZE;
        return old;
    }

    @Override
    public int initialPages() {
        return initialPages;
    }

    @Override
    public int maximumPages() {
        return maximumPages;
    }

    @Override
    public boolean shared() {
        return false;
    }

    @Override
    public Object lock(int address) {
        throw new WasmRuntimeException("atomics are not enabled");
    }

    @Override
    public int waitOn(int address, int expected, long timeout) {
        throw new WasmRuntimeException("atomics are not enabled");
    }

    @Override
    public int waitOn(int address, long expected, long timeout) {
        throw new WasmRuntimeException("atomics are not enabled");
    }

    @Override
    public int notify(int address, int maxThreads) {
        throw new WasmRuntimeException("atomics are not enabled");
    }

    @Override
    public void initialize(Instance instance, DataSegment[] segments) {
        this.dataSegments = segments == null ? new DataSegment[0] : segments;
        for (DataSegment s : dataSegments) {
            if (s instanceof ActiveDataSegment) {
                ActiveDataSegment a = (ActiveDataSegment) s;
                int offset = (int) ConstantEvaluators.computeConstantValue(instance, a.offsetInstructions())[0];
                write(offset, a.data(), 0, a.data().length);
            } else if (!(s instanceof PassiveDataSegment)) {
                throw new WasmRuntimeException("unknown data segment kind");
            }
        }
    }

    @Override
    public void initPassiveSegment(int segmentId, int dest, int offset, int size) {
        byte[] data = dataSegments[segmentId] == null ? new byte[0] : dataSegments[segmentId].data();
        if (offset < 0 || size < 0 || (long) offset + size > data.length) {
            throw new OutOfBounds();
        }
        write(dest, data, offset, size);
    }

    @Override
    public void write(int addr, byte[] data, int offset, int len) {
        check(addr, len);
        ensure((long) addr + len);
        System.arraycopy(data, offset, buf, addr, len);
    }

    @Override
    public byte read(int addr) {
        check(addr, 1);
        return addr < buf.length ? buf[addr] : 0;
    }

    @Override
    public byte[] readBytes(int addr, int len) {
        check(addr, len);
        byte[] out = new byte[len];
        int avail = (int) Math.max(0, Math.min(len, (long) buf.length - addr));
        if (avail > 0) {
            System.arraycopy(buf, addr, out, 0, avail);
        }
        return out;
    }

    @Override
    public void writeI32(int addr, int data) {
        check(addr, 4);
        ensure((long) addr + 4);
        INT.set(buf, addr, data);
    }

    @Override
    public int readInt(int addr) {
        check(addr, 4);
        return backed(addr, 4) ? (int) INT.get(buf, addr) : (int) readSlow(addr, 4);
    }

    @Override
    public void writeLong(int addr, long data) {
        check(addr, 8);
        ensure((long) addr + 8);
        LONG.set(buf, addr, data);
    }

    @Override
    public long readLong(int addr) {
        check(addr, 8);
        return backed(addr, 8) ? (long) LONG.get(buf, addr) : readSlow(addr, 8);
    }

    @Override
    public void writeShort(int addr, short data) {
        check(addr, 2);
        ensure((long) addr + 2);
        SHORT.set(buf, addr, data);
    }

    @Override
    public short readShort(int addr) {
        check(addr, 2);
        return backed(addr, 2) ? (short) SHORT.get(buf, addr) : (short) readSlow(addr, 2);
    }

    @Override
    public long readU16(int addr) {
        return readShort(addr) & 0xFFFFL;
    }

    @Override
    public void writeByte(int addr, byte data) {
        check(addr, 1);
        ensure((long) addr + 1);
        buf[addr] = data;
    }

    @Override
    public void writeF32(int addr, float data) {
        writeI32(addr, Float.floatToRawIntBits(data));
    }

    @Override
    public long readF32(int addr) {
        return readInt(addr) & 0xFFFF_FFFFL;
    }

    @Override
    public float readFloat(int addr) {
        return Float.intBitsToFloat(readInt(addr));
    }

    @Override
    public void writeF64(int addr, double data) {
        writeLong(addr, Double.doubleToRawLongBits(data));
    }

    @Override
    public double readDouble(int addr) {
        return Double.longBitsToDouble(readLong(addr));
    }

    @Override
    public long readF64(int addr) {
        return readLong(addr);
    }

    @Override
    public void zero() {
        Arrays.fill(buf, (byte) 0);
    }

    @Override
    public void fill(byte value, int from, int to) {
        check(from, to - from);
        if (value == 0 && from >= buf.length) {
            return;
        }
        ensure(to);
        Arrays.fill(buf, from, to, value);
    }

    @Override
    public void copy(int dest, int src, int len) {
        check(src, len);
        check(dest, len);
        write(dest, readBytes(src, len), 0, len);
    }

    @Override
    public void drop(int segment) {
        dataSegments[segment] = null;
    }

    /** Little-endian read of {@code n} bytes where part may lie past the written array. */
    private long readSlow(int addr, int n) {
        long v = 0;
        for (int i = n - 1; i >= 0; i--) {
            int a = addr + i;
            v = (v << 8) | (a < buf.length ? buf[a] & 0xFF : 0);
        }
        return v;
    }
}
