package io.hcastudio.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * Checks, each registered for one element type. An element runs the checks of every type it is an instance of,
 * in registration order; which checks those are is worked out once per implementation class.
 */
final class RuleSet {

    /** One check of the elements of one type. */
    @FunctionalInterface
    interface Check<T extends EObject> {
        void check(T element, Findings findings);
    }

    private record TypedCheck<T extends EObject>(Class<T> type, Check<? super T> check) {
        void run(EObject element, Findings findings) {
            check.check(type.cast(element), findings);
        }
    }

    private final List<TypedCheck<?>> checks = new ArrayList<>();

    private final ClassValue<List<TypedCheck<?>>> checksByClass = new ClassValue<>() {
        @Override
        protected List<TypedCheck<?>> computeValue(Class<?> elementClass) {
            return checks.stream().filter(typed -> typed.type().isAssignableFrom(elementClass)).toList();
        }
    };

    /** Adds a check; all checks are to be added before the first element is checked. */
    <T extends EObject> RuleSet on(Class<T> type, Check<? super T> check) {
        checks.add(new TypedCheck<>(type, check));
        return this;
    }

    void check(EObject element, Findings findings) {
        for (TypedCheck<?> typed : checksByClass.get(element.getClass())) {
            typed.run(element, findings);
        }
    }
}
