package dev.apigw.simulator.bench;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;

/**
 * The baseline for {@code bench/serve.sh}: Javalin with the same settings as the simulator's server, answering
 * {@code GET /pets} with the body the petstore sample's MOCK method renders, and nothing else. Run from the test
 * classpath; prints {@code bare: serving at http://127.0.0.1:<port>} once it accepts requests.
 */
public final class BareJavalin {
    static final String BODY = """
            {
              "pets": [
                {"id": 1, "type": "dog", "price": 249.99},    {"id": 2, "type": "cat", "price": 124.99},\
                {"id": 3, "type": "fish", "price": 0.99}  ],
              "stage": "dev",
              "requestId": "46e1bccf-845a-447e-ad2d-84d7eea3fc94"
            }
            """;

    private BareJavalin() {
    }

    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.routes.addHttpHandler(HandlerType.GET, "/pets",
                    ctx -> ctx.contentType("application/json").result(BODY));
        }).start("127.0.0.1", port);
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop));
        System.out.println("bare: serving at http://127.0.0.1:" + app.port());
        System.out.flush();
    }
}
