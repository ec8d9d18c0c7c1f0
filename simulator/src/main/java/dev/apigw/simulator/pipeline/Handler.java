package dev.apigw.simulator.pipeline;

/**
 * One step of the execute-api pipeline. It reads and fills the {@link Invocation}, and either lets the next step
 * run or says the response is ready. Errors API Gateway answers itself are thrown as
 * {@link dev.apigw.simulator.gateway.GatewayResponseException}.
 */
@FunctionalInterface
public interface Handler {
    Outcome handle(Invocation invocation);
}
