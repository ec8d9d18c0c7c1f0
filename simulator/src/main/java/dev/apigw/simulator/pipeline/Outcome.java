package dev.apigw.simulator.pipeline;

/** What a pipeline step decided: let the next step run, or the response is ready. */
public enum Outcome {
    CONTINUE,
    RESPOND
}
