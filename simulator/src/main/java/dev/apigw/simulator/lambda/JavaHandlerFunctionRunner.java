package dev.apigw.simulator.lambda;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.model.project.FunctionBinding;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Runs a Java Lambda handler in this JVM, the way the Lambda Java runtime calls it: {@code Class::method} (method
 * {@code handleRequest} when omitted), either a stream handler {@code (InputStream, OutputStream[, Context])} or a
 * typed handler {@code (Input[, Context])} whose input is read from the event JSON and whose result is written as
 * JSON. The class is loaded once, from the binding's classpath in its own class loader (so the function's
 * libraries never clash with the simulator's), and its instance is reused between invocations like a warm
 * container. A thrown exception is a function error with the runtime's {@code errorMessage}/{@code errorType}.
 */
public final class JavaHandlerFunctionRunner implements FunctionRunner {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private final FunctionBinding binding;
    private final Path workingDirectory;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "apigw-java-function");
        t.setDaemon(true);
        return t;
    });
    private LoadedHandler loaded;

    public JavaHandlerFunctionRunner(FunctionBinding binding, Path workingDirectory) {
        this.binding = binding;
        this.workingDirectory = workingDirectory;
    }

    @Override
    public FunctionResult invoke(String functionName, byte[] event, Duration timeout) {
        return invoke(functionName, dev.apigw.simulator.pipeline.RequestIds.requestId(), event, timeout);
    }

    /** Loads the handler class now rather than at the first invocation, as a runtime's init phase does. */
    public void loadNow() {
        handler();
    }

    /** Like {@link #invoke(String, byte[], Duration)}, with the request id the handler's context reports. */
    public FunctionResult invoke(String functionName, String requestId, byte[] event, Duration timeout) {
        LoadedHandler handler = handler();
        long deadline = System.nanoTime() + timeout.toNanos();
        Future<FunctionResult> call = executor.submit(() -> handler.call(functionName, requestId, event,
                deadline));
        try {
            return call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new FunctionTimeoutException("function " + functionName + " did not answer within "
                    + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new FunctionUnavailableException("interrupted while waiting for " + functionName, e);
        } catch (ExecutionException e) {
            return FunctionResult.error(errorPayload(e.getCause()));
        }
    }

    private synchronized LoadedHandler handler() {
        if (loaded == null) {
            loaded = load();
        }
        return loaded;
    }

    private LoadedHandler load() {
        String spec = binding.handler().orElseThrow(() -> new FunctionUnavailableException(
                "function " + binding.function() + " has no handler"));
        int separator = spec.indexOf("::");
        String className = separator < 0 ? spec : spec.substring(0, separator);
        String methodName = separator < 0 ? "handleRequest" : spec.substring(separator + 2);
        URLClassLoader loader = new URLClassLoader("function " + binding.function(), classpathUrls(),
                ClassLoader.getPlatformClassLoader());
        Class<?> type;
        try {
            type = Class.forName(className, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new FunctionUnavailableException("function " + binding.function() + ": class " + className
                    + " is not on its classpath " + binding.classpath() + " (resolved against " + workingDirectory
                    + "): " + e, e);
        }
        Method method = handlerMethod(type, methodName);
        Object instance = null;
        if (!Modifier.isStatic(method.getModifiers())) {
            try {
                instance = type.getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
                throw new FunctionUnavailableException("function " + binding.function() + ": cannot create "
                        + className + " with its public no-argument constructor: " + cause, e);
            }
        }
        return new LoadedHandler(loader, instance, method);
    }

    private URL[] classpathUrls() {
        List<URL> urls = new ArrayList<>();
        for (String entry : binding.classpath()) {
            try {
                if (entry.endsWith("/*") || entry.equals("*")) {
                    Path dir = workingDirectory.resolve(entry.substring(0, entry.length() - 1)).normalize();
                    try (Stream<Path> jars = Files.list(dir)) {
                        for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                            urls.add(jar.toUri().toURL());
                        }
                    }
                } else {
                    urls.add(workingDirectory.resolve(entry).normalize().toUri().toURL());
                }
            } catch (IOException e) {
                throw new FunctionUnavailableException("function " + binding.function() + ": classpath entry "
                        + entry + " cannot be read: " + e.getMessage(), e);
            }
        }
        return urls.toArray(URL[]::new);
    }

    /** The handler method; a bridge method of a generic {@code RequestHandler} loses to the typed one. */
    private Method handlerMethod(Class<?> type, String name) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name) && !m.isBridge())
                .filter(m -> m.getParameterCount() >= 1 && m.getParameterCount() <= 3)
                .max(Comparator.comparingInt(Method::getParameterCount))
                .orElseThrow(() -> new FunctionUnavailableException("function " + binding.function() + ": "
                        + type.getName() + " has no public method " + name + "(input[, Context]) or " + name
                        + "(InputStream, OutputStream[, Context])"));
    }

    /** The Java runtime's error document for a thrown exception: errorMessage, errorType, stackTrace. */
    public static String errorPayload(Throwable error) {
        Throwable cause = error instanceof InvocationTargetException ite && ite.getCause() != null
                ? ite.getCause() : error;
        ObjectNode payload = JSON.createObjectNode();
        payload.put("errorMessage", String.valueOf(cause.getMessage()));
        payload.put("errorType", cause.getClass().getName());
        ArrayNode trace = payload.putArray("stackTrace");
        Arrays.stream(cause.getStackTrace()).limit(20).forEach(f -> trace.add(f.toString()));
        return payload.toString();
    }

    /** A loaded handler: its class loader, the reused instance (none for a static method) and the method. */
    private record LoadedHandler(ClassLoader loader, Object instance, Method method) {
        FunctionResult call(String functionName, String requestId, byte[] event, long deadlineNanos)
                throws Exception {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                Class<?>[] types = method.getParameterTypes();
                Object[] args = new Object[types.length];
                boolean stream = types.length >= 2 && types[0] == InputStream.class
                        && types[1] == OutputStream.class;
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int next = 0;
                if (stream) {
                    args[0] = new ByteArrayInputStream(event);
                    args[1] = out;
                    next = 2;
                } else {
                    args[0] = input(event);
                    next = 1;
                }
                for (int i = next; i < types.length; i++) {
                    args[i] = LambdaContexts.forType(types[i], functionName, requestId, deadlineNanos);
                }
                Object result = invoke(args);
                byte[] payload = stream ? out.toByteArray()
                        : method.getReturnType() == void.class ? "null".getBytes(StandardCharsets.UTF_8)
                        : JSON.writeValueAsBytes(result);
                return FunctionResult.success(payload);
            } finally {
                thread.setContextClassLoader(previous);
            }
        }

        private Object input(byte[] event) throws IOException {
            JavaType type = JSON.getTypeFactory().constructType(method.getGenericParameterTypes()[0]);
            if (type.getRawClass() == String.class) {
                var node = JSON.readTree(event);
                return node != null && node.isTextual() ? node.asText() : new String(event, StandardCharsets.UTF_8);
            }
            return JSON.readValue(event, type);
        }

        private Object invoke(Object[] args) throws Exception {
            try {
                return method.invoke(instance, args);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof Exception ex) {
                    throw ex;
                }
                throw e;
            }
        }
    }
}
