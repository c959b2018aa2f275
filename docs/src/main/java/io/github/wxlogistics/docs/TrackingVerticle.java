package io.github.wxlogistics.docs;

// tag::imports[]
import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.model.GetPathRequest;
import io.github.wxlogistics.model.PathItem;
import io.github.wxlogistics.transport.vertx.VertxLogisticsClient;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.json.JsonObject;
import java.util.Objects;
// end::imports[]

/**
 * The verticle docs/vertx.md quotes: answers {@code parcel.track} event-bus requests with a
 * waybill's latest tracking node, without blocking its event loop.
 */
public final class TrackingVerticle extends AbstractVerticle {

    /** The event-bus address this verticle serves. */
    public static final String ADDRESS = "parcel.track";

    private final LogisticsClient client;

    /** A verticle that calls WeChat through {@code client}; the verticle does not close it. */
    public TrackingVerticle(LogisticsClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    // tag::verticle[]
    @Override
    public void start() {
        VertxLogisticsClient wechat = VertxLogisticsClient.create(client, vertx);
        vertx.eventBus().<JsonObject>consumer(ADDRESS, message -> {
            JsonObject query = message.body();
            GetPathRequest request = GetPathRequest.builder()
                    .orderId(query.getString("orderId"))
                    .deliveryId(query.getString("deliveryId"))
                    .waybillId(query.getString("waybillId"))
                    .build();
            wechat.call(async -> async.merchant().getPath(request))   // any call of client.async()
                    .onSuccess(path -> {                                // runs on this verticle's event loop
                        PathItem last = path.pathItemList().get(path.pathItemList().size() - 1);
                        message.reply(new JsonObject().put("nodes", path.pathItemNum()).put("latest", last.actionMsg()));
                    })
                    .onFailure(error -> message.fail(500, error.getMessage()));   // the library's exception
        });
    }
    // end::verticle[]
}
