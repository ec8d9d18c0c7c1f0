package dev.apigw.simulator.log;

import dev.apigw.model.project.LoggingSettings;
import dev.apigw.model.project.Stage;
import dev.apigw.simulator.pipeline.TraceLevel;
import java.util.Locale;
import java.util.Optional;

/**
 * A stage's execution logging, API Gateway's {@code loggingLevel} and {@code dataTraceEnabled}: what {@code apigw
 * serve} prints on standard error for each request the stage answers.
 *
 * <p>A stage without {@code logging} in apigw.yaml logs at {@link Level#ERROR}: on AWS execution logging is off
 * until a stage turns it on, but locally a failed request that prints nothing is only a puzzle, so the simulator
 * chooses ERROR and {@code logging: {level: OFF}} turns it off.
 */
public record ExecutionLogSettings(Level level, boolean dataTrace) {
    /** For a stage that sets no {@code logging}. */
    public static final ExecutionLogSettings LOCAL_DEFAULT = new ExecutionLogSettings(Level.ERROR, false);
    public static final ExecutionLogSettings OFF = new ExecutionLogSettings(Level.OFF, false);

    /** API Gateway's logging levels, from nothing to everything. */
    public enum Level {
        /** Nothing. */
        OFF,
        /** One line per failed request (status 400 and up) saying why it failed. */
        ERROR,
        /** Also every request's execution log lines. */
        INFO;

        /** {@code OFF}, {@code ERROR} or {@code INFO}, in any case; empty for anything else. */
        public static Optional<Level> parse(String text) {
            if (text == null) {
                return Optional.empty();
            }
            return switch (text.trim().toUpperCase(Locale.ROOT)) {
                case "OFF" -> Optional.of(OFF);
                case "ERROR" -> Optional.of(ERROR);
                case "INFO" -> Optional.of(INFO);
                default -> Optional.empty();
            };
        }
    }

    public ExecutionLogSettings {
        level = level == null ? Level.ERROR : level;
    }

    /** The stage's settings; {@link #LOCAL_DEFAULT} when it has none (or a level that is none of the three). */
    public static ExecutionLogSettings of(Stage stage) {
        Optional<LoggingSettings> logging = stage.logging();
        if (logging.isEmpty()) {
            return LOCAL_DEFAULT;
        }
        Optional<Level> level = Level.parse(logging.get().level());
        return level.isEmpty() ? LOCAL_DEFAULT : new ExecutionLogSettings(level.get(), logging.get().dataTrace());
    }

    /** These settings, logging no more than {@code max} ({@code apigw serve -q} keeps only the ERROR lines). */
    public ExecutionLogSettings atMost(Level max) {
        return level.compareTo(max) <= 0 ? this : new ExecutionLogSettings(max, dataTrace);
    }

    /**
     * How much of the execution log a request must keep for these settings to print it: the reasons it failed at
     * ERROR, the step lines too at INFO, the headers and bodies as well with data trace. Data trace adds to INFO
     * only, as the AWS console offers it ("full request and response logs") as a level above INFO.
     */
    public TraceLevel traceLevel() {
        return switch (level) {
            case OFF -> TraceLevel.OFF;
            case ERROR -> TraceLevel.ERROR;
            case INFO -> dataTrace ? TraceLevel.ALL : TraceLevel.INFO;
        };
    }
}
