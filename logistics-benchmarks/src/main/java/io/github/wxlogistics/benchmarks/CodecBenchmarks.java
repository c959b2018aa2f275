package io.github.wxlogistics.benchmarks;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.internal.json.JsonbCodec;
import io.github.wxlogistics.model.AddOrderRequest;
import io.github.wxlogistics.model.BatchGetOrderResponse;
import io.github.wxlogistics.model.Cargo;
import io.github.wxlogistics.model.CargoDetail;
import io.github.wxlogistics.model.GetPathRequest;
import io.github.wxlogistics.model.GetPathResponse;
import io.github.wxlogistics.model.Insured;
import io.github.wxlogistics.model.Person;
import io.github.wxlogistics.model.ServiceType;
import io.github.wxlogistics.model.Shop;
import io.github.wxlogistics.spi.AccessToken;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.spi.TransportRequest;
import io.github.wxlogistics.spi.TransportResponse;
import io.github.wxlogistics.token.AppCredentials;
import io.github.wxlogistics.token.StableTokenProvider;
import io.github.wxlogistics.token.TokenSettings;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of our own layer without a network: encoding an addOrder request, decoding the
 * seed getPath reply and a batchGetOrder reply with the core's JSON-B codec, a whole getPath call
 * through the client on an in-memory transport that answers canned bytes, and the token fast
 * path (a cached stable token). Run with the GC profiler for bytes per operation:
 * <pre>{@code
 * java -cp "logistics-benchmarks/target/classes:$(cat logistics-benchmarks/target/runtime-classpath.txt)" \
 *     org.openjdk.jmh.Main CodecBenchmarks -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class CodecBenchmarks {

    private static final byte[] BATCH_REPLY = ("{\"errcode\":0,\"errmsg\":\"ok\",\"order_list\":["
            + "{\"errcode\":0,\"errmsg\":\"ok\",\"order_id\":\"01234567890123456789\",\"delivery_id\":\"SF\","
            + "\"waybill_id\":\"123456789\",\"print_html\":\"PGgxPnRlc3Q8L2gxPg==\",\"waybill_data\":[{\"key\":\"SF_bagAddr\","
            + "\"value\":\"广州\"},{\"key\":\"SF_mark\",\"value\":\"101- 07-03 509\"}],\"order_status\":0},"
            + "{\"errcode\":9300507,\"errmsg\":\"order not found\",\"order_id\":\"01234567890123456790\",\"delivery_id\":\"SF\","
            + "\"waybill_id\":\"123456790\"}]}").getBytes(StandardCharsets.UTF_8);

    private JsonbCodec codec;
    private AddOrderRequest addOrder;
    private byte[] pathReply;
    private LogisticsClient client;
    private GetPathRequest pathRequest;
    private StableTokenProvider tokens;

    /** Builds the codec, the fixtures, a client on canned bytes and a token provider holding a cached token. */
    @Setup(Level.Trial)
    public void setUp() {
        codec = JsonbCodec.create();
        addOrder = AddOrderRequest.builder().orderId("01234567890123456789").openid("oABC123456").deliveryId("SF")
                .bizId("SF_CONTRACT_001")
                .sender(Person.builder().name("张三").mobile("18666666666").province("广东省").city("广州市")
                        .area("海珠区").address("XX路1号").build())
                .receiver(Person.builder().name("王小蒙").mobile("18610000000").province("北京市").city("北京市")
                        .area("海淀区").address("XX路2号").build())
                .cargo(Cargo.builder().count(1).weight(new BigDecimal("1.2")).spaceX(BigDecimal.TEN).spaceY(BigDecimal.TEN)
                        .spaceZ(BigDecimal.TEN).detailList(List.of(CargoDetail.of("衣服", 1))).build())
                .shop(Shop.builder().imgUrl("https://example.com/a.png").goodsName("衣服").goodsCount(1).build())
                .insured(Insured.none()).service(new ServiceType(0, "标准快递")).build();
        pathReply = Seeds.getPathReply();
        pathRequest = Seeds.getPathRequest();
        HttpTransport canned = new CannedTransport(pathReply);
        client = LogisticsClient.builder().accessToken("BENCH_TOKEN").transport(canned).build();
        tokens = StableTokenProvider.create(TokenSettings.of(AppCredentials.of("wxbench0123456789", "secret"),
                new CannedTransport("{\"access_token\":\"T\",\"expires_in\":7200}".getBytes(StandardCharsets.UTF_8))));
        tokens.token().join();
    }

    /** Closes the client. */
    @TearDown(Level.Trial)
    public void tearDown() {
        client.close();
    }

    /**
     * Encodes the addOrder request.
     *
     * @return the JSON bytes
     */
    @Benchmark
    public byte[] encodeAddOrder() {
        return codec.encode(addOrder);
    }

    /**
     * Decodes the seed getPath reply: status and value from one parse.
     *
     * @return the reply
     */
    @Benchmark
    public GetPathResponse decodeGetPath() {
        return codec.decodeReply(pathReply, GetPathResponse.class).value();
    }

    /**
     * Decodes a batchGetOrder reply of two orders, one of them failed.
     *
     * @return the reply
     */
    @Benchmark
    public BatchGetOrderResponse decodeBatchGetOrder() {
        return codec.decodeReply(BATCH_REPLY, BatchGetOrderResponse.class).value();
    }

    /**
     * A whole getPath call through the blocking client, on a transport that answers at once with
     * the seed reply: validation, encoding, token, request, decode.
     *
     * @return the reply
     */
    @Benchmark
    public GetPathResponse clientGetPathOnCannedBytes() {
        return client.merchant().getPath(pathRequest);
    }

    /**
     * The same call through the async client: the future path, with no thread waiting.
     *
     * @return the reply
     */
    @Benchmark
    public GetPathResponse asyncClientGetPathOnCannedBytes() {
        return client.async().merchant().getPath(pathRequest).join();
    }

    /**
     * The token fast path: a cached stable token.
     *
     * @return the token
     */
    @Benchmark
    public AccessToken cachedStableToken() {
        return tokens.token().join();
    }

    /** Answers every request at once with the same bytes. */
    private static final class CannedTransport implements HttpTransport {
        private final byte[] reply;

        CannedTransport(byte[] reply) {
            this.reply = reply;
        }

        @Override
        public CompletableFuture<TransportResponse> send(TransportRequest request) {
            return CompletableFuture.completedFuture(TransportResponse.of(200, reply));
        }

        @Override
        public void close() {
            // nothing to release
        }
    }
}
