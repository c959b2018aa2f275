/**
 * The WeChat Logistics Assistant client: the facade ({@code io.github.wxlogistics}), the request
 * and reply records ({@code .model}), the driven ports adapters implement ({@code .spi}), the
 * exceptions ({@code .error}), the token providers ({@code .token}) and the values of pushed events
 * ({@code .event}); the push receiver is part of the facade.
 *
 * <p>The {@code internal} packages are not exported: nothing outside this module may compile
 * against them. The JSON-B implementation (Yasson) reaches the wire records kept in internal
 * packages through the qualified {@code opens} below. Replies are parsed with JSON-P
 * ({@code jakarta.json}, Parsson at run time) and bound with Yasson's tree binding.
 */
// "module": the testkit modules named in the qualified export are not compiled with the core.
@SuppressWarnings("module")
module io.github.wxlogistics.core {
    requires java.xml;
    requires jakarta.json;
    requires jakarta.json.bind;
    requires org.eclipse.yasson;

    exports io.github.wxlogistics;
    exports io.github.wxlogistics.error;
    exports io.github.wxlogistics.event;
    exports io.github.wxlogistics.intracity;
    exports io.github.wxlogistics.model;
    exports io.github.wxlogistics.model.insurance;
    exports io.github.wxlogistics.model.intracity;
    exports io.github.wxlogistics.platform;
    exports io.github.wxlogistics.security;
    exports io.github.wxlogistics.spi;
    exports io.github.wxlogistics.token;

    // The fake server plays WeChat's side of API security with the same channel (roles swapped).
    exports io.github.wxlogistics.internal.security to io.github.wxlogistics.testkit;
    // The push protocol (signature, message crypto, body parsing, reply packets, the pipeline): the
    // fake WeChat server signs and encrypts its pushes with it, as OkHttp exports its internals to
    // mockwebserver3. Not API: it changes without notice.
    exports io.github.wxlogistics.internal.push to io.github.wxlogistics.testkit, io.github.wxlogistics.testkit.contract;

    uses io.github.wxlogistics.spi.HttpTransportProvider;
    // Event types beyond the core's eleven (EventCatalogue), from modules the push protocol is exported to.
    uses io.github.wxlogistics.internal.push.EventCodec;

    // Internal packages holding records the JSON-B codec reads or writes (today TokenReply in
    // internal.token); one line per package, keep in step with the wire types.
    // Opened to Yasson only, never exported. Yasson reads these records through their fields
    // (internal.json.ModuleAwareVisibility), as its public-lookup accessor path cannot reach them.
    // ModuleLayerTest in docs makes a real call through the modules and fails if a line is missing.
    opens io.github.wxlogistics.internal.token to org.eclipse.yasson;
    opens io.github.wxlogistics.internal.platform to org.eclipse.yasson;
}
