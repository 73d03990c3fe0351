package io.hcastudio.editor.outline;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * The elements one many-valued containment reference holds, shown as one outline item ("Hosts (2000)"): a
 * fabric with thousands of nodes then opens with a handful of tree items instead of one per element.
 */
record OutlineGroup(EObject owner, EReference reference) {

    List<?> elements() {
        return (List<?>) owner.eGet(reference);
    }

    String label() {
        String name = reference.getName();
        StringBuilder words = new StringBuilder().append(Character.toUpperCase(name.charAt(0)));
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                words.append(' ').append(Character.toLowerCase(c));
            } else {
                words.append(c);
            }
        }
        return words + " (" + elements().size() + ")";
    }
}
