package io.hcastudio.analysis;

/**
 * A run or study could not be prepared, executed or stored. The message is one line that names the file, element or
 * setting at fault, so a command line can print it as is.
 */
public class AnalysisException extends Exception {

    private static final long serialVersionUID = 1L;

    public AnalysisException(String message) {
        super(message);
    }

    public AnalysisException(String message, Throwable cause) {
        super(message, cause);
    }
}
