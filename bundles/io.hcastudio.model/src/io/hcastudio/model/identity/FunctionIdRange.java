package io.hcastudio.model.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.hcastudio.model.Hca;

/**
 * SR-IOV function ids as files and forms write them: one id ({@code 3}) or a range ({@code 1-8}), in decimal.
 * Function 0 is the PF, n is VF n. The highest id an HCA allows is its VF limit ({@code maxVirtualFunctions}),
 * and never more than {@link #MAX_VIRTUAL_FUNCTIONS}.
 */
public record FunctionIdRange(int first, int last) {

    /**
     * The most VFs the mlx4 driver supports on one device: {@code MLX4_MAX_NUM_VF = 126} in Linux's
     * include/linux/mlx4/device.h (older kernels had 64; the PF is not counted).
     */
    public static final int MAX_VIRTUAL_FUNCTIONS = 126;

    private static final Pattern FORM = Pattern.compile("(\\d+)(?:\\s*-\\s*(\\d+))?");

    public FunctionIdRange {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("not a function id range: " + first + "-" + last);
        }
    }

    /**
     * Reads {@code <id>} or {@code <first>-<last>} with ids from 0 to {@code highestId}.
     *
     * @throws IllegalArgumentException with a message naming the text and what is wrong with it
     */
    public static FunctionIdRange parse(String text, int highestId) {
        Matcher matcher = FORM.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException((text == null || text.isBlank() ? "no function id"
                    : "'" + text.strip() + "' is not a function id or range") + ": expected " + form(highestId));
        }
        String lastText = matcher.group(2) == null ? matcher.group(1) : matcher.group(2);
        long first = value(matcher.group(1));
        long last = value(lastText);
        if (first > last) {
            throw new IllegalArgumentException("function id range " + matcher.group(1) + "-" + lastText
                    + " is empty: the first id must not exceed the last");
        }
        if (last > highestId) {
            throw new IllegalArgumentException("function id " + lastText + " is beyond " + highestId
                    + ", the highest this HCA allows (its VF limit, at most " + MAX_VIRTUAL_FUNCTIONS + " on mlx4)");
        }
        return new FunctionIdRange((int) first, (int) last);
    }

    /** The digits' value; more digits than a long holds are simply too many for any HCA. */
    private static long value(String digits) {
        return digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
    }

    /** Reads exactly one function id, from 0 to {@code highestId}. */
    public static int parseId(String text, int highestId) {
        FunctionIdRange range = parse(text, highestId);
        if (!range.isSingle()) {
            throw new IllegalArgumentException("'" + text.strip() + "' is a range where one function id is expected");
        }
        return range.first();
    }

    /** What {@link #parse} accepts, for error messages: "a function id or a range such as 1-8, from 0 to 64". */
    public static String form(int highestId) {
        return highestId < 1 ? "function id 0 (the HCA allows no VFs)"
                : "a function id or a range such as 1-" + Math.min(8, highestId) + ", from 0 to " + highestId;
    }

    /** The highest function id the HCA allows: its VF limit, capped at what mlx4 supports. */
    public static int highestFunctionId(Hca hca) {
        return Math.max(0, Math.min(MAX_VIRTUAL_FUNCTIONS, hca.getMaxVirtualFunctions()));
    }

    /** How many more VFs the HCA can take. */
    public static int spareVirtualFunctions(Hca hca) {
        return Math.max(0, highestFunctionId(hca) - hca.virtualFunctions().size());
    }

    public boolean isSingle() {
        return first == last;
    }

    /** The ids from first to last. */
    public List<Integer> ids() {
        List<Integer> ids = new ArrayList<>(last - first + 1);
        for (int id = first; id <= last; id++) {
            ids.add(id);
        }
        return ids;
    }

    @Override
    public String toString() {
        return isSingle() ? Integer.toString(first) : first + "-" + last;
    }
}
