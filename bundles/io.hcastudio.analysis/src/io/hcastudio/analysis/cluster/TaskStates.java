package io.hcastudio.analysis.cluster;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slurm job and array-task states as the scheduler reports them, keyed {@code ARRAYID_TASK} for array tasks and
 * {@code JOBID} for plain jobs. Parsers for the three sources a cluster may offer: {@code sacct} (accounting),
 * {@code squeue -t all} (what the controller still remembers, MinJobAge) and the job-completion log
 * ({@code JobCompType=jobcomp/filetxt}).
 */
public final class TaskStates {

    /** States in which a job still runs or will run. */
    private static final List<String> ACTIVE = List.of("PENDING", "RUNNING", "CONFIGURING", "COMPLETING",
            "REQUEUED", "REQUEUE_FED", "REQUEUE_HOLD", "RESIZING", "SUSPENDED", "STAGE_OUT", "SIGNALING",
            "RESV_DEL_HOLD", "STOPPED");

    private static final Pattern BRACKETS = Pattern.compile("(\\d+)_\\[([^\\]]*)\\]");

    private TaskStates() {
    }

    public static boolean isActive(String state) {
        return ACTIVE.contains(state);
    }

    /** {@code sacct -n -P -X -o JobID,State}: {@code 12_3|COMPLETED}, {@code 12_[4-6%2]|PENDING}, {@code CANCELLED by 0}. */
    public static Map<String, String> parseSacct(String output) {
        Map<String, String> states = new LinkedHashMap<>();
        for (String line : output.split("\\R")) {
            String[] fields = line.strip().split("\\|");
            if (fields.length >= 2 && !fields[0].isEmpty()) {
                putExpanded(states, fields[0].strip(), firstWord(fields[1]));
            }
        }
        return states;
    }

    /** {@code squeue -h -t all -r -o %i|%T}: one line per task, {@code 12_3|RUNNING}. */
    public static Map<String, String> parseSqueue(String output) {
        return parseSacct(output);
    }

    /**
     * The job-completion log: one line per finished job, space-separated {@code key=value}, e.g.
     * {@code JobId=11 ... JobState=CANCELLED ... ArrayJobId=6 ArrayTaskId=2 ...}; a later line of the same task
     * (a requeue) wins. Plain jobs have no array fields (or ArrayJobId=0).
     */
    public static Map<String, String> parseJobCompletionLog(String log) {
        Map<String, String> states = new LinkedHashMap<>();
        for (String line : log.split("\\R")) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String token : line.strip().split("\\s+")) {
                int equals = token.indexOf('=');
                if (equals > 0) {
                    fields.put(token.substring(0, equals), token.substring(equals + 1));
                }
            }
            String state = fields.get("JobState");
            if (state == null || fields.get("JobId") == null) {
                continue;
            }
            String arrayJob = fields.getOrDefault("ArrayJobId", "0");
            String task = fields.get("ArrayTaskId");
            boolean array = !arrayJob.equals("0") && task != null && task.matches("\\d+");
            states.put(array ? arrayJob + "_" + task : fields.get("JobId"), firstWord(state));
        }
        return states;
    }

    private static void putExpanded(Map<String, String> states, String id, String state) {
        Matcher range = BRACKETS.matcher(id);
        if (!range.matches()) {
            states.put(id, state);
            return;
        }
        String list = range.group(2);
        int limit = list.indexOf('%');
        if (limit >= 0) {
            list = list.substring(0, limit);
        }
        for (String part : list.split(",")) {
            String[] bounds = part.split("-");
            try {
                int from = Integer.parseInt(bounds[0].strip());
                int to = bounds.length > 1 ? Integer.parseInt(bounds[1].strip()) : from;
                for (int task = from; task <= to; task++) {
                    states.put(range.group(1) + "_" + task, state);
                }
            } catch (NumberFormatException e) {
                // Not a task list this parser knows; such a line tells nothing about a task.
            }
        }
    }

    private static String firstWord(String state) {
        String word = state.strip();
        int space = word.indexOf(' ');
        return space < 0 ? word : word.substring(0, space);
    }
}
