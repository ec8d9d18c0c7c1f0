package dev.apigw.simulator.lambda;

import dev.apigw.simulator.pipeline.ContextValues;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;

/**
 * The Lambda {@code Context} a Java handler receives. The handler's own copy of the interface
 * ({@code com.amazonaws.services.lambda.runtime.Context} from aws-lambda-java-core) is implemented with a dynamic
 * proxy, so the simulator needs no compile-time dependency on it and any version of it works.
 */
final class LambdaContexts {
    private LambdaContexts() {
    }

    /** A value for a handler parameter of this type: a context proxy for an interface, else nothing. */
    static Object forType(Class<?> type, String functionName, String requestId, long deadlineNanos) {
        if (!type.isInterface()) {
            return null;
        }
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> answer(method, args, functionName, requestId, deadlineNanos));
    }

    private static Object answer(Method method, Object[] args, String functionName, String requestId,
            long deadlineNanos) {
        return switch (method.getName()) {
            case "getAwsRequestId" -> requestId;
            case "getFunctionName" -> functionName;
            case "getFunctionVersion" -> System.getenv().getOrDefault("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
            case "getInvokedFunctionArn" -> "arn:aws:lambda:" + ContextValues.REGION + ":" + ContextValues.ACCOUNT_ID
                    + ":function:" + functionName;
            case "getLogGroupName" -> "/aws/lambda/" + functionName;
            case "getLogStreamName" -> "apigw/[$LATEST]" + requestId.replace("-", "");
            case "getMemoryLimitInMB" -> memoryLimit();
            case "getRemainingTimeInMillis" -> (int) Math.max(0, (deadlineNanos - System.nanoTime()) / 1_000_000);
            case "getLogger" -> logger(method.getReturnType());
            case "toString" -> "LambdaContext[" + functionName + ", " + requestId + "]";
            case "hashCode" -> requestId.hashCode();
            case "equals" -> args != null && args.length == 1 && Proxy.isProxyClass(args[0].getClass())
                    && args[0].toString().equals("LambdaContext[" + functionName + ", " + requestId + "]");
            default -> defaultValue(method.getReturnType());
        };
    }

    /** The runtime's memory size when running as a Lambda runtime process, else Lambda's default. */
    private static int memoryLimit() {
        try {
            return Integer.parseInt(System.getenv().getOrDefault("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "128"));
        } catch (NumberFormatException e) {
            return 128;
        }
    }

    /** {@code LambdaLogger}: what the function logs goes to stderr, as a local function's output would. */
    private static Object logger(Class<?> type) {
        if (!type.isInterface()) {
            return null;
        }
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getName().equals("log") && args != null && args.length >= 1) {
                String text = args[0] instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                        : String.valueOf(args[0]);
                System.err.println(text);
                return null;
            }
            return switch (method.getName()) {
                case "toString" -> "LambdaLogger";
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> args != null && args.length == 1 && proxy == args[0];
                default -> defaultValue(method.getReturnType());
            };
        });
    }

    private static Object defaultValue(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class) {
            return type == long.class ? (Object) 0L : type == int.class ? (Object) 0
                    : type == short.class ? (Object) (short) 0 : (Object) (byte) 0;
        }
        if (type == double.class || type == float.class) {
            return type == double.class ? (Object) 0d : (Object) 0f;
        }
        if (type == char.class) {
            return (char) 0;
        }
        return null;
    }
}
