package io.github.wxlogistics.testkit.internal.console;

import jakarta.json.JsonObject;

/**
 * Something the console does when asked ({@code POST /console/api/action/NAME} with a JSON
 * object of arguments), such as advancing a waybill or scripting a fault. Implementations are
 * thread-safe and may block for at most the push timeout times the push attempts.
 */
public interface ConsoleAction {

    /**
     * The action's name in the URL.
     *
     * @return lower-case letters and dashes
     */
    String name();

    /**
     * Runs the action.
     *
     * @param args    the arguments the page sent
     * @param secrets masks secrets in the result unless the user asked to reveal them
     * @return what to show: {@code {"message": "..."}} and optionally {@code "detail"} blocks as a view row has
     * @throws IllegalArgumentException for bad arguments, naming the argument and the rule
     */
    JsonObject run(JsonObject args, Secrets secrets);
}
