package io.hcastudio.charts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.hcastudio.analysis.StudyDefinition;
import io.hcastudio.analysis.store.RunRecord;
import io.hcastudio.analysis.store.StudySnapshot;

/**
 * The runs and studies of this session, and results files opened again: what the Results view lists. Entries grow
 * while their study runs. Use it on the UI thread only; listeners are told on that thread.
 */
public final class ResultsCatalog {

    /** Where a study stands. */
    public enum State {
        RUNNING("running"),
        COMPLETE("complete"),
        CANCELLED("cancelled"),
        FAILED("failed");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One results file: its study, the runs stored so far and how far it got. */
    public static final class Entry {

        private final Path file;
        private final StudyDefinition definition;
        private final List<RunRecord> runs = new ArrayList<>();
        private State state;
        private String message = "";

        Entry(Path file, StudyDefinition definition, State state) {
            this.file = file;
            this.definition = definition;
            this.state = state;
        }

        public Path file() {
            return file;
        }

        public StudyDefinition definition() {
            return definition;
        }

        /** Stored runs in the order they arrived. */
        public List<RunRecord> runs() {
            return List.copyOf(runs);
        }

        public State state() {
            return state;
        }

        /** Why a study failed, or how far a cancelled one got; empty otherwise. */
        public String message() {
            return message;
        }

        public StudySnapshot snapshot() {
            return new StudySnapshot(file, definition,
                    runs.stream().sorted(java.util.Comparator.comparingInt(RunRecord::runId)).toList());
        }
    }

    private static final ResultsCatalog DEFAULT = new ResultsCatalog();

    private final List<Entry> entries = new ArrayList<>();
    private final List<Consumer<Entry>> listeners = new CopyOnWriteArrayList<>();

    /** The catalog the workbench's views share. */
    public static ResultsCatalog getDefault() {
        return DEFAULT;
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /**
     * Starts an entry for a study about to run, or for a file opened again ({@code state} COMPLETE or CANCELLED);
     * an earlier entry of the same file is replaced.
     */
    public Entry add(Path file, StudyDefinition definition, State state, List<RunRecord> storedRuns) {
        entries.removeIf(entry -> entry.file.equals(file));
        Entry entry = new Entry(file, definition, state);
        entry.runs.addAll(storedRuns);
        entries.add(entry);
        fire(entry);
        return entry;
    }

    public void runStored(Entry entry, RunRecord run) {
        entry.runs.add(run);
        fire(entry);
    }

    public void finished(Entry entry, State state, String message) {
        entry.state = state;
        entry.message = message == null ? "" : message;
        fire(entry);
    }

    public void remove(Entry entry) {
        if (entries.remove(entry)) {
            fire(entry);
        }
    }

    /** Tells {@code listener} about every added, grown, finished or removed entry. */
    public void addListener(Consumer<Entry> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Entry> listener) {
        listeners.remove(listener);
    }

    private void fire(Entry entry) {
        for (Consumer<Entry> listener : listeners) {
            listener.accept(entry);
        }
    }
}
