package org.resetdesk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * A stand-in for Microsoft Graph and its token endpoint over HTTPS, as light as a stub can be (the JDK's own server,
 * one rule per kind of call), so that on a small machine the benchmark measures ResetDesk and not its stub. Every
 * Graph call is answered after the delay, without holding a thread meanwhile; tokens at once. It knows the bench
 * people of {@link BenchDirectory}.
 *
 * <p>{@link #fork} runs it as a process of its own, as Graph is: its TLS buffers and pending answers then live in
 * another heap and do not lengthen the bot's garbage collections.
 */
final class SlowGraph implements AutoCloseable {

    private static final Pattern UPN = Pattern.compile("userPrincipalName eq 'bench\\.user\\.(\\d+)@contoso\\.example'");
    private static final Pattern USER = Pattern.compile("/v1\\.0/users/0{8}-0{4}-0{4}-0{4}-(\\d{12})(/.*)?");

    private final HttpsServer server;
    private final ScheduledExecutorService later = Executors.newScheduledThreadPool(4);
    private final long delayMillis;

    SlowGraph(Path keyStore, String password, Duration delay) throws IOException, GeneralSecurityException {
        this.delayMillis = delay.toMillis();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            keys.load(in, password.toCharArray());
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, password.toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(managers.getKeyManagers(), null, null);
        // The JDK server keeps at most 200 idle connections by default and closes the rest, so 600 calls in flight
        // would open new TLS connections all the time: the handshakes, not the bot, would be measured.
        System.setProperty("sun.net.httpserver.maxIdleConnections", "2000");
        server = HttpsServer.create(new InetSocketAddress("localhost", 0), 4096);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Runs the stand-in: {@code keyStore password delayMillis}; prints its port, stops when its input closes. */
    public static void main(String[] args) throws Exception {
        SlowGraph graph = new SlowGraph(Path.of(args[0]), args[1], Duration.ofMillis(Long.parseLong(args[2])));
        System.out.println("port " + graph.port());
        System.out.flush();
        while (System.in.read() >= 0) {
            // the parent holds the pipe open while it needs the stand-in
        }
        graph.close();
        System.exit(0);
    }

    /** The stand-in in a process of its own, on this JVM's test classes; closing it stops the process. */
    static Forked fork(Path keyStore, String password, Duration delay) throws IOException {
        String classes = Path.of(SlowGraph.class.getProtectionDomain().getCodeSource().getLocation().getPath())
                .toString();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classes, SlowGraph.class.getName(), keyStore.toString(), password,
                Long.toString(delay.toMillis())).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String first = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8)).readLine();
        if (first == null || !first.startsWith("port ")) {
            process.destroyForcibly();
            throw new IllegalStateException("The Graph stand-in did not start: " + first);
        }
        return new Forked(process, Integer.parseInt(first.substring("port ".length())));
    }

    /** A stand-in running as its own process. */
    record Forked(Process process, int port) implements AutoCloseable {
        @Override
        public void close() {
            process.destroy();
        }
    }

    static String id(int person) {
        return String.format(Locale.ROOT, "00000000-0000-0000-0000-%012d", person);
    }

    private void handle(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getPath();
        if (path.endsWith("/oauth2/v2.0/token")) {
            respond(exchange, 200, "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"fake\"}");
            return;
        }
        int status = 200;
        String body;
        Matcher user = USER.matcher(path);
        if ("PATCH".equals(exchange.getRequestMethod())) {
            status = 204;
            body = null;
        } else if ("/v1.0/users".equals(path)) {
            String query = URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
            Matcher upn = UPN.matcher(query);
            body = upn.find() ? "{\"value\":[" + person(Integer.parseInt(upn.group(1))) + "]}" : "{\"value\":[]}";
        } else if (user.matches() && "/authentication/emailMethods".equals(user.group(2))) {
            body = "{\"value\":[{\"emailAddress\":\"" + BenchDirectory.alternateEmail(Integer.parseInt(user.group(1)))
                    + "\"}]}";
        } else if (user.matches() && user.group(2) != null) {
            body = "{\"value\":[]}"; // no phone methods, no roles
        } else {
            status = 404;
            body = "{\"error\":{\"code\":\"Request_ResourceNotFound\"}}";
        }
        int answer = status;
        later.schedule(() -> {
            try {
                respond(exchange, answer, body);
            } catch (IOException e) {
                exchange.close();
            }
        }, delayMillis, TimeUnit.MILLISECONDS);
    }

    private static String person(int person) {
        return "{\"id\":\"" + id(person) + "\",\"userPrincipalName\":\"" + BenchDirectory.upn(person) + "\","
                + "\"givenName\":\"Bench\",\"surname\":\"Person\",\"accountEnabled\":true}";
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("request-id", "bench");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        later.shutdownNow();
    }
}
