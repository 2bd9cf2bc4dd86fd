package cn.jgdj.generator;

import java.util.Arrays;

/** A growable int array, to keep per-person data compact at 100,000+ members. */
final class IntBuffer {
    private int[] a;
    private int n;

    IntBuffer(int capacity) {
        a = new int[Math.max(4, capacity)];
    }

    void add(int v) {
        if (n == a.length) {
            a = Arrays.copyOf(a, a.length * 2);
        }
        a[n++] = v;
    }

    int get(int i) {
        return a[i];
    }

    void set(int i, int v) {
        a[i] = v;
    }

    int size() {
        return n;
    }

    int[] toArray() {
        return Arrays.copyOf(a, n);
    }
}
