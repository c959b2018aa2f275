package io.github.wxlogistics.spi;

/**
 * The driven port for JSON. The default is JSON-B (Yasson) with snake_case property names.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #encode} MUST produce UTF-8 JSON, MUST NOT escape non-ASCII characters as
 *       {@code \\uXXXX}, and MUST omit {@code null} properties.</li>
 *   <li>{@link #decode} MUST ignore unknown properties and MUST throw
 *       {@link io.github.wxlogistics.error.DecodeException} when the bytes are not JSON of the
 *       expected shape.</li>
 *   <li>Implementations MUST be thread-safe.</li>
 * </ul>
 */
public interface JsonCodec {

    /** Serialises a value to UTF-8 JSON. */
    byte[] encode(Object value);

    /** Parses UTF-8 JSON into the given type. */
    <T> T decode(byte[] json, Class<T> type);
}
