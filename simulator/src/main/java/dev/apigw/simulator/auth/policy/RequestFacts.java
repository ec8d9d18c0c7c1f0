package dev.apigw.simulator.auth.policy;

/**
 * What a policy is evaluated against: the action ({@code execute-api:Invoke}), the execute-api ARN of the method
 * called, and the caller's address for {@code aws:SourceIp} conditions.
 */
public record RequestFacts(String action, String resourceArn, String sourceIp, Caller caller) {
    public static final String INVOKE = "execute-api:Invoke";

    /** An invocation by an anonymous caller (or one a policy without principals does not ask about). */
    public static RequestFacts invoke(String resourceArn, String sourceIp) {
        return new RequestFacts(INVOKE, resourceArn, sourceIp, Caller.anonymous());
    }

    public static RequestFacts invoke(String resourceArn, String sourceIp, Caller caller) {
        return new RequestFacts(INVOKE, resourceArn, sourceIp, caller);
    }
}
