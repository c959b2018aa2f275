package io.github.wxlogistics.testkit;

import io.github.wxlogistics.testkit.internal.SeedData;
import io.github.wxlogistics.testkit.internal.SeedParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Data to seed a {@link FakeWeChatServer} with: couriers, bound accounts, orders with their
 * waybills, tracking paths and contacts, printers. Written in the fixture JSON format the
 * testkit guide describes (top-level arrays {@code couriers}, {@code accounts}, {@code orders},
 * {@code printers}, with WeChat's snake_case field names). Immutable; parsed and checked when
 * created, so a bad fixture fails before any server starts.
 */
public final class FakeData {

    private static final String DEMO = "internal/demo-fixture.json";
    private static final String COURIERS = "internal/couriers.json";

    private final SeedData data;

    private FakeData(SeedData data) {
        this.data = data;
    }

    /**
     * Parses fixture JSON.
     *
     * @param json the fixture's JSON text
     * @return the parsed data
     * @throws IllegalArgumentException when the text is not a fixture; the message names the entry
     */
    public static FakeData fromJson(String json) {
        return new FakeData(SeedParser.parse(Objects.requireNonNull(json, "json")));
    }

    /**
     * Reads a fixture file (UTF-8).
     *
     * @param file the fixture file
     * @return the parsed data
     * @throws UncheckedIOException when the file cannot be read
     * @throws IllegalArgumentException when it is not a fixture
     */
    public static FakeData load(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return fromJson(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fixture " + file, e);
        }
    }

    /**
     * The data the five original API documents' examples use: the SF order
     * {@code 01234567890123456789} with waybill {@code 123456789}, the SF waybill
     * {@code 12345678901234567890} with courier token {@code TOKEN}, and the YUNDA account
     * {@code 123456789}. The testkit guide lists it in full.
     *
     * @return the data the five original API documents' examples use: the SF order {@code 01234567890123456789}
     *     with waybill {@code 123456789}, the SF waybill {@code 12345678901234567890} with courier token {@code
     *     TOKEN}, and the YUNDA account {@code 123456789}
     */
    public static FakeData demo() {
        return resource(DEMO);
    }

    /** The courier catalogue every server starts with (getAllDelivery), loaded before any seed. */
    static FakeData couriers() {
        return resource(COURIERS);
    }

    private static FakeData resource(String name) {
        try (InputStream in = FakeData.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("testkit resource missing: " + name);
            }
            return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read testkit resource " + name, e);
        }
    }

    SeedData seedData() {
        return data;
    }

    @Override
    public String toString() {
        return "FakeData[" + data.couriers().size() + " couriers, " + data.accounts().size() + " accounts, "
                + data.orders().size() + " orders, " + data.printers().size() + " printers]";
    }
}
