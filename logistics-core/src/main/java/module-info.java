/**
 * The WeChat Logistics Assistant client: the facade ({@code io.github.wxlogistics}), the request
 * and reply records ({@code .model}), the driven ports adapters implement ({@code .spi}), the
 * exceptions ({@code .error}) and the token providers ({@code .token}).
 *
 * <p>The {@code internal} packages are not exported: nothing outside this module may compile
 * against them. The JSON-B implementation (Yasson, a runtime dependency found through
 * {@code jakarta.json.bind}'s service loader) reaches the wire records kept in internal packages
 * through the {@code opens} below.
 */
module io.github.wxlogistics.core {
    requires jakarta.json.bind;

    exports io.github.wxlogistics;
    exports io.github.wxlogistics.error;
    exports io.github.wxlogistics.model;
    exports io.github.wxlogistics.spi;
    exports io.github.wxlogistics.token;

    uses io.github.wxlogistics.spi.HttpTransportProvider;

    // Internal packages holding records the JSON-B codec decodes (today ApiStatus in internal.call,
    // TokenReply in internal.token); one line per package, keep in step with the wire types.
    // Opened, never exported: no code compiles against them. Opened to everyone rather than
    // "to org.eclipse.yasson" because Yasson 3.0.4 reads properties through
    // MethodHandles.publicLookup(), which reaches only packages exported or opened unconditionally.
    // ModuleLayerTest in docs makes a real call through the modules and fails if one is missing.
    opens io.github.wxlogistics.internal.call;
    opens io.github.wxlogistics.internal.token;
}
