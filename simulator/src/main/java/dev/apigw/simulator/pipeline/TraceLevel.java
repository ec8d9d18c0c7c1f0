package dev.apigw.simulator.pipeline;

/**
 * How much of an invocation's execution log is kept, from nothing to everything. Each level keeps what the ones
 * before it keep: {@link #ERROR} the reasons a request failed, {@link #INFO} also what each step did, {@link #ALL}
 * also the headers and bodies (API Gateway's data trace). {@code apigw invoke --log} keeps all of it; {@code apigw
 * serve} keeps what the stage's execution logging settings will print.
 */
public enum TraceLevel {
    /** Nothing: {@link Invocation#log} and friends cost a field read. */
    OFF,
    /** Only {@link Invocation#logError} entries, so a successful request keeps (and allocates) nothing. */
    ERROR,
    /** Error and information entries, without the headers and bodies. */
    INFO,
    /** Everything, {@link Invocation#logData} entries included. */
    ALL;

    /** Whether a level keeps entries of this kind. */
    public boolean keeps(TraceEntry.Kind kind) {
        return switch (kind) {
            case ERROR -> this != OFF;
            case INFO -> this == INFO || this == ALL;
            case DATA -> this == ALL;
        };
    }
}
