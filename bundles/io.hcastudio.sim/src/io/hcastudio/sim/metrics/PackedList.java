package io.hcastudio.sim.metrics;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Base of the immutable result lists that keep their elements as packed primitives and create an element object only
 * when it is read. Equality, hash code and string form are those of any other {@code List} with the same elements;
 * like {@link java.util.List#copyOf} lists they reject modification and null queries.
 *
 * @param <E> element type
 */
abstract class PackedList<E> extends AbstractList<E> implements RandomAccess {

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    @Override
    public int indexOf(Object o) {
        return super.indexOf(Objects.requireNonNull(o));
    }

    @Override
    public int lastIndexOf(Object o) {
        return super.lastIndexOf(Objects.requireNonNull(o));
    }
}
