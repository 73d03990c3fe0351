package io.hcastudio.importers.internal;

import io.hcastudio.model.resource.Printable;

/** Reads one line of a fabric file token by token, knowing the column of everything it reads. */
public final class LineCursor {

    private final String text;
    private final int lineNumber;
    private int position;

    public LineCursor(String text, int lineNumber) {
        this.text = text;
        this.lineNumber = lineNumber;
    }

    public int line() {
        return lineNumber;
    }

    /** 1-based column of the next character. */
    public int column() {
        return position + 1;
    }

    public boolean atEnd() {
        return position >= text.length();
    }

    public char peek() {
        return atEnd() ? '\0' : text.charAt(position);
    }

    public String rest() {
        return text.substring(Math.min(position, text.length()));
    }

    public void skipBlanks() {
        while (!atEnd() && (peek() == ' ' || peek() == '\t')) {
            position++;
        }
    }

    /** Consumes {@code token} if the line continues with it. */
    public boolean tryConsume(String token) {
        if (text.startsWith(token, position)) {
            position += token.length();
            return true;
        }
        return false;
    }

    public void expect(String token, String expected) {
        if (!tryConsume(token)) {
            throw failure(expected);
        }
    }

    /** After optional blanks, the keyword followed by a blank or the line end. */
    public void expectKeyword(String keyword) {
        skipBlanks();
        int start = position;
        if (!tryConsume(keyword) || !(atEnd() || peek() == ' ' || peek() == '\t')) {
            position = start;
            throw failure("'" + keyword + "'");
        }
    }

    /** A decimal or 0x-hexadecimal number in [min, max]. */
    public int expectInt(String expected, int min, int max) {
        int start = position;
        long value = readNumber(expected);
        if (value < min || value > max) {
            position = start;
            throw failure(expected + " (" + min + " to " + max + ")");
        }
        return (int) value;
    }

    private long readNumber(String expected) {
        int start = position;
        int radix = 10;
        if (tryConsume("0x") || tryConsume("0X")) {
            radix = 16;
        }
        int digitsStart = position;
        while (!atEnd() && Character.digit(peek(), radix) >= 0 && position - digitsStart < 12) {
            position++;
        }
        if (position == digitsStart || !atEnd() && Character.digit(peek(), radix) >= 0) {
            position = start;
            throw failure(expected);
        }
        return Long.parseLong(text.substring(digitsStart, position), radix);
    }

    /** Up to 16 hex digits, with or without 0x: an InfiniBand GUID. */
    public long expectGuid(String expected) {
        int start = position;
        if (!tryConsume("0x")) {
            tryConsume("0X");
        }
        int digitsStart = position;
        while (!atEnd() && Character.digit(peek(), 16) >= 0) {
            position++;
        }
        int digits = position - digitsStart;
        if (digits == 0 || digits > 16) {
            position = start;
            throw failure(expected);
        }
        return Long.parseUnsignedLong(text.substring(digitsStart, position), 16);
    }

    /** A double-quoted string; returns its content. */
    public String expectQuoted(String expected) {
        int start = position;
        if (!tryConsume("\"")) {
            throw failure(expected);
        }
        int end = text.indexOf('"', position);
        if (end < 0) {
            position = start;
            throw failure(expected + " with a closing quote");
        }
        String content = text.substring(position, end);
        position = end + 1;
        return content;
    }

    /** The next run of non-blank characters (may be empty). */
    public String word() {
        int start = position;
        while (!atEnd() && peek() != ' ' && peek() != '\t') {
            position++;
        }
        return text.substring(start, position);
    }

    public ParseFailure failure(String expected) {
        return failureAt(column(), expected, shownToken());
    }

    public ParseFailure failureAt(int atColumn, String expected, String found) {
        String message = "expected " + expected + ", found " + (found.isEmpty() ? "end of line" : "'" + found + "'");
        return new ParseFailure(lineNumber, atColumn, expected, found, message);
    }

    /** The text at the cursor up to the next blank, shortened for messages. */
    private String shownToken() {
        int end = position;
        while (end < text.length() && text.charAt(end) != ' ' && text.charAt(end) != '\t') {
            end++;
        }
        if (end == position && position < text.length()) {
            end = position + 1;
        }
        String token = text.substring(Math.min(position, text.length()), Math.min(end, text.length()));
        return Printable.excerpt(token);
    }
}
