package org.eclipse.jface.util;

/**
 * Assertion helper that JFace dropped after 3.2 but GEF 3.2.100 still calls (palette entries,
 * ActionRegistry, GraphicalViewerImpl, the palette customizer). Only the signatures GEF links
 * against are provided.
 */
public final class Assert {

    /** Thrown when an assertion fails; GEF catches nothing of it, it signals a programming error. */
    public static class AssertionFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public AssertionFailedException(String detail) {
            super(detail);
        }
    }

    private Assert() {
    }

    public static boolean isLegal(boolean expression) {
        return isLegal(expression, "");
    }

    public static boolean isLegal(boolean expression, String message) {
        if (!expression) {
            throw new IllegalArgumentException(message);
        }
        return expression;
    }

    public static void isNotNull(Object object) {
        isNotNull(object, "");
    }

    public static void isNotNull(Object object, String message) {
        if (object == null) {
            throw new AssertionFailedException("null argument: " + message);
        }
    }

    public static boolean isTrue(boolean expression) {
        return isTrue(expression, "");
    }

    public static boolean isTrue(boolean expression, String message) {
        if (!expression) {
            throw new AssertionFailedException("assertion failed: " + message);
        }
        return expression;
    }
}
