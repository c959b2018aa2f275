package io.github.wxlogistics.spi;

/**
 * The driven port for JSON. The default is JSON-B (Yasson) with snake_case property names.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #encode} MUST produce UTF-8 JSON, MUST NOT escape non-ASCII characters as
 *       {@code \\uXXXX}, and MUST omit {@code null} properties.</li>
 *   <li>{@link #decode} and {@link #decodeReply} MUST ignore unknown properties and MUST throw
 *       {@link io.github.wxlogistics.error.DecodeException} when the bytes are not JSON of the
 *       expected shape.</li>
 *   <li>{@link #decodeReply} SHOULD parse the bytes once; the default implementation parses them
 *       twice (status, then value) and exists so that older codecs keep working.</li>
 *   <li>Implementations MUST be thread-safe.</li>
 * </ul>
 */
public interface JsonCodec {

    /**
     * Serialises a value to UTF-8 JSON.
     *
     * @param value the request record to serialise
     * @return the UTF-8 JSON bytes
     * @throws IllegalArgumentException if the value cannot be serialised
     */
    byte[] encode(Object value);

    /**
     * Parses UTF-8 JSON into the given type.
     *
     * @param json the UTF-8 JSON bytes
     * @param type the record type to bind
     * @param <T> the type to bind
     * @return the bound value
     * @throws io.github.wxlogistics.error.DecodeException if the bytes are not JSON of that shape
     */
    <T> T decode(byte[] json, Class<T> type);

    /**
     * Parses a WeChat reply: its status members ({@code errcode}, {@code errmsg},
     * {@code delivery_resultcode}, {@code delivery_resultmsg}) now, its value of {@code type} when
     * {@link DecodedReply#value()} is called.
     *
     * @param json the reply body, UTF-8 JSON
     * @param type the reply record type, or {@code Void} for none
     * @param <T> the reply type
     * @return the reply's status, and its value on demand
     * @throws io.github.wxlogistics.error.DecodeException if the bytes are not a JSON object or a
     *     status member has the wrong type
     */
    default <T> DecodedReply<T> decodeReply(byte[] json, Class<T> type) {
        ReplyStatus status = decode(json, ReplyStatus.class);
        return DecodedReply.of(status, () -> decode(json, type));
    }
}
