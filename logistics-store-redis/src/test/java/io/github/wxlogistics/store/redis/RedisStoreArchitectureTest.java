package io.github.wxlogistics.store.redis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.wxlogistics.testkit.arch.ArchitectureRules;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Redis module applies the testkit's adapter rules to itself. Those rules count every package
 * under {@code io.github.wxlogistics} outside {@code .transport} and {@code .testkit} as core, so
 * their "no internal access outside the core" rule does not reach {@code .store.redis}: the same
 * rule is stated here for this package, with the other adapters and the HTTP stacks it must not use.
 */
class RedisStoreArchitectureTest {

    private static final String PACKAGE = "io.github.wxlogistics.store.redis";
    private static final JavaClasses STORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(PACKAGE);

    @Test
    void followsTheAdapterRules() {
        ArchitectureRules.adapterRules(PACKAGE).check(STORE);
    }

    @Test
    void usesNoCoreInternals() {
        noClasses().should().dependOnClassesThat().resideInAPackage(ArchitectureRules.INTERNAL)
                .because("internal packages are not API; the store uses the core's public ports and token providers")
                .check(STORE);
    }

    @Test
    void dependsOnNoTransportNorHttpStackNorTestkit() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(ArchitectureRules.ADAPTERS,
                        ArchitectureRules.TESTKIT, "java.net.http..", "io.vertx..", "com.sun.net.httpserver..")
                .because("token fetches go through the HttpTransport the settings carry").check(STORE);
    }

    @Test
    void usesLettuceThroughItsPublicApiOnly() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.lettuce.core.protocol..",
                        "io.lettuce.core.internal..", "io.lettuce.core.output..", "io.netty..")
                .because("Lettuce's protocol, output and internal packages, and Netty, are not its API").check(STORE);
    }

    @Test
    void publicClassesAreFinal() {
        ArchitectureRules.PUBLIC_CLASSES_ARE_FINAL_OR_ABSTRACT.check(STORE);
    }

    @Test
    void theTokenProviderUsesNoOtherClasssBuilder() {
        noClasses().that().haveNameMatching(PACKAGE.replace(".", "\\.") + "\\.RedisTokenProvider.*")
                .should().dependOnClassesThat().haveFullyQualifiedName(PACKAGE + ".RedisDuplicateStore$Builder")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(PACKAGE + ".RedisDuplicateStore")
                .because("the options both share live on RedisFleetBuilder").check(STORE);
    }

    /** Every Lua script is written once, in LuaScript, and no two of its scripts are the same. */
    @Test
    void everyLuaScriptIsWrittenOnce() throws Exception {
        Path sources = Path.of("src/main/java/io/github/wxlogistics/store/redis");
        List<String> withLua;
        try (Stream<Path> files = Files.list(sources)) {
            withLua = files.filter(f -> read(f).contains("redis.call(")).map(f -> f.getFileName().toString()).toList();
        }
        assertThat(withLua).containsExactly("LuaScript.java");
        List<String> scripts = new ArrayList<>();
        for (Field field : LuaScript.class.getDeclaredFields()) {
            if (field.getType() == LuaScript.class && Modifier.isStatic(field.getModifiers())) {
                scripts.add(((LuaScript) field.get(null)).text());
            }
        }
        assertThat(scripts).hasSize(8).doesNotHaveDuplicates();
    }

    @Test
    void everyFileOfTheModuleReadsInOneSitting() throws Exception {
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                long lines = read(file).lines().count();
                if (lines > 450) {
                    tooLong.add(file + ": " + lines);
                }
            }
        }
        assertThat(tooLong).as("files over 450 lines").isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
