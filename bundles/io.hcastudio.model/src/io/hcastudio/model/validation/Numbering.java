package io.hcastudio.model.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

/** Numbers that must be unique among siblings: port numbers of a node, function ids of an HCA, ports of a function. */
final class Numbering {

    private Numbering() {
    }

    /** The elements, in list order, whose number an earlier element already has. */
    static <T> List<T> repeats(List<T> elements, ToIntFunction<? super T> number) {
        Set<Integer> seen = new HashSet<>();
        List<T> repeats = new ArrayList<>();
        for (T element : elements) {
            if (!seen.add(number.applyAsInt(element))) {
                repeats.add(element);
            }
        }
        return repeats;
    }
}
