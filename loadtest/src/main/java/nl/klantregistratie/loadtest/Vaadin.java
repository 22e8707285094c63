package nl.klantregistratie.loadtest;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Vaadin Flow's client-server protocol for Gatling, as the browser's Flow client speaks it (Vaadin 25):
 * the page, {@code ?v-r=init} (creates the UI: its id, its CSRF token), then one UIDL POST per user
 * action with the server's syncId and the next clientId. Each response's changes are read for the
 * node ids of elements that have an id attribute ({@code setId} in the application), so that a
 * scenario clicks "save" or types in "search" by the same ids the browser tests use.
 */
final class Vaadin {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** -Ddebug=true: every response's start printed, to see what the server answered. */
    private static final boolean DEBUG = Boolean.getBoolean("debug");

    private Vaadin() {}

    // ---- the page and its UI

    /** GET a page: the app shell (index.html); keeps Spring Security's CSRF token for the login form. */
    static ChainBuilder page(String path) {
        return exec(http("page").get(path)
                .header("Accept", "text/html")
                .check(
                        status().is(200),
                        css("meta[name='_csrf']", "content").withDefault("").saveAs("springCsrf"),
                        css("meta[name='_csrf_parameter']", "content")
                                .withDefault("_csrf")
                                .saveAs("springCsrfParameter")));
    }

    /** GET ?v-r=init: a new UI for the route; its id, CSRF token and first node ids. */
    static ChainBuilder init(String route) {
        return exec(http("init")
                        .get("/")
                        .queryParam("v-r", "init")
                        .queryParam("location", route)
                        .queryParam("query", "")
                        .check(
                                status().is(200),
                                jsonPath("$.appConfig['v-uiId']").ofInt().saveAs("uiId"),
                                jsonPath("$.appConfig.uidl['Vaadin-Security-Key']")
                                        .saveAs("csrfToken"),
                                bodyString().saveAs("initBody")))
                .exec(session -> {
                    JsonNode uidl = read(session.getString("initBody"))
                            .path("appConfig")
                            .path("uidl");
                    return session.set("syncId", uidl.path("syncId").asInt(0))
                            .set("clientId", uidl.path("clientId").asInt(0))
                            .set("nodes", nodes(Map.of(), uidl))
                            .remove("initBody");
                });
    }

    /** A page opened as a browser opens it: shell, UI, then the navigation that renders the view. */
    static ChainBuilder open(String name, String route) {
        return exec(page("/" + route)).exec(init(route)).exec(uidl(name, navigate(route, "")));
    }

    // ---- one UIDL message

    /**
     * One UIDL POST with these RPC invocations; fails on an error, a lost session or a resync (run
     * the steps inside {@code exitBlockOnFail}, so that nothing more is sent in a failed UI).
     */
    static ChainBuilder uidl(String name, Function<Session, String> rpc) {
        return uidl(name, rpc, "");
    }

    /** As {@link #uidl(String, Function)}, and the answer must hold this text (e.g. "opgeslagen"). */
    static ChainBuilder uidl(String name, Function<Session, String> rpc, String expected) {
        return exec(http(name).post("/")
                        .queryParam("v-r", "uidl")
                        .queryParam("v-uiId", "#{uiId}")
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .body(StringBody(session -> "{\"csrfToken\":" + quote(session.getString("csrfToken"))
                                + ",\"rpc\":" + rpc.apply(session)
                                + ",\"syncId\":" + session.getInt("syncId")
                                + ",\"clientId\":" + session.getInt("clientId") + "}"))
                        .check(
                                status().is(200),
                                substring("\"appError\"").notExists(),
                                substring("\"sessionExpired\":true").notExists(),
                                substring("\"resynchronize\":true").notExists(),
                                substring(expected.isEmpty() ? "\"syncId\"" : expected).exists(),
                                responseTimeInMillis().saveAs("responseTime"),
                                bodyString().saveAs("uidlBody")))
                .exec(session -> {
                    if (!session.isFailed()) {
                        Timings.record(name, session.getInt("responseTime"));
                    }
                    String body = session.getString("uidlBody");
                    if (session.isFailed() || body == null) {
                        return session;
                    }
                    if (DEBUG) {
                        System.out.println("---- " + name + ": " + body.substring(0, Math.min(3000, body.length())));
                    }
                    JsonNode uidl = read(body.startsWith("for(;;);") ? body.substring(8) : body);
                    if (uidl.isArray()) {
                        uidl = uidl.get(0);
                    }
                    return session.set("syncId", Math.max(0, uidl.path("syncId").asInt(0)))
                            .set("clientId", uidl.path("clientId").asInt(session.getInt("clientId") + 1))
                            .set("nodes", nodes(session.getMap("nodes"), uidl))
                            .set("lastBody", body)
                            .remove("uidlBody");
                });
    }

    /** What a browser sends as it leaves a page, so that the server lets that UI go at once. */
    static ChainBuilder unload() {
        return exec(http("unload")
                .post("/")
                .queryParam("v-r", "uidl")
                .queryParam("v-uiId", "#{uiId}")
                .header("Content-Type", "text/plain;charset=UTF-8")
                .body(StringBody(session ->
                        "{\"csrfToken\":" + quote(session.getString("csrfToken")) + ",\"rpc\":[],\"UNLOAD\":true}")));
    }

    // ---- RPC invocations

    /** The router's navigation event on the UI (node 1): trigger "" on a page load, "link" for a link. */
    static Function<Session, String> navigate(String route, String trigger) {
        return session -> "[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":"
                + quote(route) + ",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":"
                + quote(trigger) + "}}]";
    }

    /** A click on the element with this id. */
    static Function<Session, String> click(String id) {
        return session -> "[{\"type\":\"event\",\"node\":" + node(session, id) + ",\"event\":\"click\",\"data\":{"
                + "\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,\"event.ctrlKey\":false,"
                + "\"event.clientX\":0,\"event.clientY\":0,\"event.altKey\":false,\"event.button\":0,"
                + "\"event.screenY\":0,\"event.screenX\":0}}]";
    }

    /**
     * A DOM event without data on the element with this id, e.g. a confirm dialog's "confirm", with
     * the property the browser synchronises alongside (the dialog closed: {@code opened} false).
     */
    static Function<Session, String> closingEvent(String id, String event) {
        return session -> {
            int node = node(session, id);
            return "[{\"type\":\"event\",\"node\":" + node + ",\"event\":" + quote(event) + ",\"data\":{}},"
                    + "{\"type\":\"mSync\",\"node\":" + node
                    + ",\"feature\":1,\"property\":\"opened\",\"value\":false}]";
        };
    }

    /** A grid row selected, as the grid's connector asks the server: its key from the session attribute. */
    static Function<Session, String> selectRow(String gridId, String keyAttribute) {
        return session -> "[{\"type\":\"publishedEventHandler\",\"node\":" + node(session, gridId)
                + ",\"templateEventMethodName\":\"select\",\"templateEventMethodArgs\":["
                + quote(session.getString(keyAttribute)) + "],\"promise\":0}]";
    }

    /** RPC invocations sent together in one message, as the browser batches what happened at once. */
    @SafeVarargs
    static Function<Session, String> together(Function<Session, String>... parts) {
        return session -> {
            StringBuilder rpc = new StringBuilder("[");
            for (Function<Session, String> part : parts) {
                String invocations = part.apply(session);
                rpc.append(rpc.length() > 1 ? "," : "").append(invocations, 1, invocations.length() - 1);
            }
            return rpc.append(']').toString();
        };
    }

    /** A click on a grid row: its item key taken from the session attribute of that name. */
    static Function<Session, String> clickRow(String gridId, String keyAttribute) {
        return session -> "[{\"type\":\"event\",\"node\":" + node(session, gridId)
                + ",\"event\":\"item-click\",\"data\":{\"event.detail.itemKey\":"
                + quote(session.getString(keyAttribute))
                + ",\"event.detail.internalColumnId\":\"col0\",\"event.detail.screenX\":0,\"event.detail.screenY\":0,"
                + "\"event.detail.clientX\":0,\"event.detail.clientY\":0,\"event.detail.detail\":1,"
                + "\"event.detail.button\":0,\"event.detail.ctrlKey\":false,\"event.detail.shiftKey\":false,"
                + "\"event.detail.altKey\":false,\"event.detail.metaKey\":false}}]";
    }

    /** Typing in a text field and leaving it: the value synchronised, then its change event. */
    static Function<Session, String> type(String id, String event, Function<Session, String> value) {
        return session -> {
            int node = node(session, id);
            return "[{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"value\",\"value\":"
                    + quote(value.apply(session)) + "},{\"type\":\"event\",\"node\":" + node + ",\"event\":"
                    + quote(event) + ",\"data\":{}}]";
        };
    }

    /** The grid asking for the rows it shows, as its connector does when it appears or scrolls. */
    static Function<Session, String> viewport(String gridId, int first, int count) {
        return session -> "[{\"type\":\"publishedEventHandler\",\"node\":" + node(session, gridId)
                + ",\"templateEventMethodName\":\"setViewportRange\",\"templateEventMethodArgs\":[" + first + ","
                + count + "],\"promise\":0}]";
    }

    // ---- the node ids

    /** Node ids by id attribute: feature 3 (attributes), key "id". A new UI starts from an empty map. */
    private static Map<String, Integer> nodes(Map<String, Integer> known, JsonNode uidl) {
        Map<String, Integer> nodes = new HashMap<>(known);
        for (JsonNode change : uidl.path("changes")) {
            if ("put".equals(change.path("type").asText())
                    && change.path("feat").asInt(-1) == 3
                    && "id".equals(change.path("key").asText())
                    && change.path("value").isTextual()) {
                nodes.put(change.path("value").asText(), change.path("node").asInt());
            }
        }
        return nodes;
    }

    private static int node(Session session, String id) {
        Integer node = session.<Integer>getMap("nodes").get(id);
        if (node == null) {
            throw new IllegalStateException("No element with id '" + id + "' in this UI");
        }
        return node;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException("Not a Vaadin response: " + json.substring(0, Math.min(200, json.length())));
        }
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signing out as the menu does it: Spring Security's logout, which ends the session and its UIs. */
    static ChainBuilder logout() {
        return exec(http("logout")
                .post("/logout")
                .disableFollowRedirect()
                .formParam("#{springCsrfParameter}", "#{springCsrf}")
                .check(status().is(302)));
    }

    /** Spring Security's form login: the login page's UI let go as a browser does, then the POST. */
    static ChainBuilder login() {
        return exec(open("login page", "login"))
                .exec(unload())
                .exec(http("login")
                        .post("/login")
                        .disableFollowRedirect()
                        .formParam("username", "#{username}")
                        .formParam("password", "#{password}")
                        .formParam("#{springCsrfParameter}", "#{springCsrf}")
                        .check(status().is(302), header("Location").not("/login?error")));
    }
}
