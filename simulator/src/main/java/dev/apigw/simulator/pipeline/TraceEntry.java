package dev.apigw.simulator.pipeline;

/** One line of the execution log: which pipeline step wrote it and what it says. */
public record TraceEntry(String step, String message) {
    @Override
    public String toString() {
        return step + ": " + message;
    }
}
