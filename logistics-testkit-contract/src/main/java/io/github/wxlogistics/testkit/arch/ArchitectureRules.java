package io.github.wxlogistics.testkit.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Objects;

/**
 * The library's architecture as ArchUnit rules, for each module to check its own classes and for
 * third-party adapters to check theirs:
 * <pre>{@code
 * @AnalyzeClasses(packages = "com.example.okhttp", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     @ArchTest
 *     static final ArchRule adapter = ArchitectureRules.adapterRules("com.example.okhttp");
 * }
 * }</pre>
 * The core is the base package {@value #BASE_PACKAGE} minus the adapters ({@value #ADAPTERS}) and
 * the testkit ({@value #TESTKIT}). Every rule allows an empty selection, so a module that lacks
 * a package (say, {@code .model}) still passes.
 */
public final class ArchitectureRules {

    /** The base package of the library. */
    public static final String BASE_PACKAGE = "io.github.wxlogistics";
    /** Where the library's own adapters live, one sub-package each. */
    public static final String ADAPTERS = "io.github.wxlogistics.transport..";
    /** Where the testkit lives. */
    public static final String TESTKIT = "io.github.wxlogistics.testkit..";
    /** The core's internals, which nothing outside the core may touch. */
    public static final String INTERNAL = "io.github.wxlogistics.internal..";
    /** The one package allowed to use JSON-B. */
    public static final String JSON_BINDING = "io.github.wxlogistics.internal.json..";
    /**
     * The push protocol (signature, message crypto, body parsing, reply packets, the pipeline): internal,
     * exported by the core's module only to the testkit, whose fake server signs and encrypts pushes with it.
     */
    public static final String PUSH_PROTOCOL = "io.github.wxlogistics.internal.push..";
    /**
     * WeChat's API security (sealing requests, opening replies): internal, exported by the core's
     * module only to the testkit, whose fake server plays WeChat's side of it with the same channel.
     */
    public static final String API_SECURITY = "io.github.wxlogistics.internal.security..";
    /** The model package. */
    public static final String MODEL = "io.github.wxlogistics.model..";

    private static final DescribedPredicate<JavaClass> CORE =
            resideInAPackage(BASE_PACKAGE + "..").and(not(resideInAnyPackage(ADAPTERS, TESTKIT))).as("core classes");

    /**
     * (a) The core depends on no adapter, not on the testkit, and not on any HTTP stack
     * ({@code java.net.http}, Vert.x, {@code com.sun.net.httpserver}).
     */
    public static final ArchRule CORE_DEPENDS_ON_NO_ADAPTER = noClasses().that(CORE).should().dependOnClassesThat()
            .resideInAnyPackage(ADAPTERS, TESTKIT, "java.net.http..", "io.vertx..", "com.sun.net.httpserver..")
            .because("the core is the hexagon; HTTP stacks are plugged in through HttpTransport")
            .allowEmptyShould(true);

    /** (b) The model depends on {@code java..} and on itself only. */
    public static final ArchRule MODEL_DEPENDS_ON_JAVA_ONLY = classes().that().resideInAPackage(MODEL)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", MODEL)
            .because("model records are plain values any codec can map")
            .allowEmptyShould(true);

    /** (c) JSON-B ({@code jakarta.json.bind}) is used only in {@value #JSON_BINDING}. */
    public static final ArchRule JSON_BINDING_ONLY_IN_INTERNAL_JSON = noClasses().that()
            .resideOutsideOfPackage(JSON_BINDING).should().dependOnClassesThat().resideInAPackage("jakarta.json.bind..")
            .because("the JSON-B codec is one replaceable internal piece behind JsonCodec")
            .allowEmptyShould(true);

    /** (d) No class outside the core (adapters, testkit, third-party code) touches the core's internals. */
    public static final ArchRule NO_INTERNAL_ACCESS_OUTSIDE_CORE = noClasses().that(not(CORE)).should()
            .dependOnClassesThat().resideInAPackage(INTERNAL)
            .because("internal packages are not API; adapters use the spi ports only")
            .allowEmptyShould(true);

    /**
     * (d) for the testkit: it touches no internal package of the core but {@value #PUSH_PROTOCOL} and
     * {@value #API_SECURITY}, the ones the core's module exports to it.
     */
    public static final ArchRule TESTKIT_TOUCHES_ONLY_WHAT_THE_CORE_EXPORTS_TO_IT = noClasses().that(not(CORE)).should()
            .dependOnClassesThat(resideInAPackage(INTERNAL).and(not(resideInAnyPackage(PUSH_PROTOCOL, API_SECURITY)))
                    .as("internal classes other than the push protocol and the API-security channel"))
            .because("the core exports only its push protocol and API-security channel to the testkit (exports ... to,"
                    + " OkHttp's way)")
            .allowEmptyShould(true);

    /**
     * (h) The core's exported packages hold no protocol code: no class outside its {@code internal}
     * packages uses message crypto ({@code javax.crypto} but key values, {@code MessageDigest}), XML parsing or JSON
     * parsing; signature, crypto, body parsing, routing and reply writing live in {@value #PUSH_PROTOCOL}.
     */
    public static final ArchRule PROTOCOL_ONLY_IN_INTERNAL = noClasses().that(CORE).and()
            .resideOutsideOfPackage(INTERNAL).should().dependOnClassesThat(
                    resideInAnyPackage("javax.crypto..", "javax.xml..", "org.xml..", "org.w3c..", "jakarta.json..")
                            // Key values (the API-security settings hold the console's symmetric key) are not protocol.
                            .and(not(com.tngtech.archunit.base.DescribedPredicate.describe("a key value",
                                    (JavaClass c) -> c.isEquivalentTo(javax.crypto.SecretKey.class)
                                            || c.isEquivalentTo(javax.crypto.spec.SecretKeySpec.class))))
                            .as("protocol classes (crypto, XML, JSON)"))
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.security.MessageDigest")
            .because("exported packages hold values, ports and facades; the protocol is internal")
            .allowEmptyShould(true);

    /** (e) The library's adapters do not depend on each other. */
    public static final ArchRule ADAPTERS_ARE_INDEPENDENT = slices().matching("io.github.wxlogistics.transport.(*)..")
            .should().notDependOnEachOther()
            .because("each adapter is a separate module a user picks alone")
            .allowEmptyShould(true);

    /**
     * Optional style rule: public classes outside internal packages are final, abstract,
     * interfaces, enums or records, so that no API class is extended by accident.
     */
    public static final ArchRule PUBLIC_CLASSES_ARE_FINAL_OR_ABSTRACT = classes().that().arePublic()
            .and().resideOutsideOfPackage("..internal..").and().areNotInterfaces().and().areNotEnums()
            .and().areNotRecords().and().areNotAnonymousClasses()
            .should().haveModifier(JavaModifier.FINAL).orShould().haveModifier(JavaModifier.ABSTRACT)
            .because("public classes are final unless designed for extension")
            .allowEmptyShould(true);

    private ArchitectureRules() {
    }

    /**
     * (e) for one module: classes in {@code modulePackage} depend on no adapter of the library
     * other than themselves. Use it for a third-party adapter or for the testkit.
     *
     * @param modulePackage the module's root package, such as {@code com.example.transport.okhttp}
     * @return the rule, to check against the module's classes
     */
    public static ArchRule dependsOnNoOtherAdapter(String modulePackage) {
        Objects.requireNonNull(modulePackage, "modulePackage");
        String own = modulePackage + "..";
        return noClasses().that().resideInAPackage(own).should().dependOnClassesThat(
                        resideInAPackage(ADAPTERS).and(not(resideInAPackage(own))).as("classes of another adapter"))
                .because("adapters never depend on each other")
                .allowEmptyShould(true);
    }

    /**
     * (f) Classes in {@code modulePackage} use Vert.x through its public API only: they depend on
     * no class in an implementation package of Vert.x ({@code io.vertx..impl..}, and Vert.x 5's
     * {@code io.vertx..internal..}). Those packages change without notice between releases, so a
     * module that touches them breaks on a Vert.x upgrade, or compiles on one Vert.x line and not
     * the other. Allows an empty selection.
     *
     * @param modulePackage the base package of the module's classes, such as
     *     {@code io.github.wxlogistics.transport.vertx}
     * @return the rule
     * @throws NullPointerException if {@code modulePackage} is null
     */
    public static ArchRule usesOnlyPublicVertxApi(String modulePackage) {
        Objects.requireNonNull(modulePackage, "modulePackage");
        return noClasses().that().resideInAPackage(modulePackage + "..").should().dependOnClassesThat()
                .resideInAnyPackage("io.vertx..impl..", "io.vertx..internal..")
                .because("Vert.x's impl and internal packages are not API and differ between Vert.x 4.5 and 5")
                .allowEmptyShould(true);
    }

    /**
     * (g) No package cycles: among the packages at or below {@code modulePackage}, no package
     * depends, directly or through others, on a package that depends back on it. Each package is
     * its own slice (a package and its sub-packages are distinct), so a cycle between
     * {@code internal.call} and {@code internal.transport}, or between the facade and an internal
     * package, fails. Classes outside {@code modulePackage} are ignored. Allows an empty selection.
     *
     * @param modulePackage the base package of the module, such as {@value #BASE_PACKAGE}
     * @return the rule
     * @throws NullPointerException if {@code modulePackage} is null
     */
    public static ArchRule noPackageCycles(String modulePackage) {
        Objects.requireNonNull(modulePackage, "modulePackage");
        SliceAssignment perPackage = new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                return name.equals(modulePackage) || name.startsWith(modulePackage + ".")
                        ? SliceIdentifier.of(name) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "packages at or below " + modulePackage;
            }
        };
        return slices().assignedFrom(perPackage).should().beFreeOfCycles()
                .because("a package cycle ties packages together so neither can be understood or changed alone")
                .allowEmptyShould(true);
    }

    /**
     * The rules the core applies to its own classes: (a), (b), (c), (g) and (h).
     *
     * @return the rules the core applies to its own classes: (a), (b), (c), (g) and (h)
     */
    public static ArchRule coreRules() {
        return CompositeArchRule.of(CORE_DEPENDS_ON_NO_ADAPTER).and(MODEL_DEPENDS_ON_JAVA_ONLY)
                .and(JSON_BINDING_ONLY_IN_INTERNAL_JSON).and(noPackageCycles(BASE_PACKAGE))
                .and(PROTOCOL_ONLY_IN_INTERNAL);
    }

    /**
     * The rules the testkit applies to its classes: the adapter rules with (d) narrowed to
     * {@link #TESTKIT_TOUCHES_ONLY_WHAT_THE_CORE_EXPORTS_TO_IT}.
     *
     * @param testkitPackage the testkit's base package
     * @return the rules
     */
    public static ArchRule testkitRules(String testkitPackage) {
        return CompositeArchRule.of(JSON_BINDING_ONLY_IN_INTERNAL_JSON).and(TESTKIT_TOUCHES_ONLY_WHAT_THE_CORE_EXPORTS_TO_IT)
                .and(dependsOnNoOtherAdapter(testkitPackage)).and(noPackageCycles(testkitPackage));
    }

    /**
     * The rules an adapter (the library's own or a third party's in {@code adapterPackage})
     * applies to its classes: (c), (d), (e) and (g).
     *
     * @param adapterPackage the adapter's base package
     * @return the rules
     */
    public static ArchRule adapterRules(String adapterPackage) {
        return CompositeArchRule.of(JSON_BINDING_ONLY_IN_INTERNAL_JSON).and(NO_INTERNAL_ACCESS_OUTSIDE_CORE)
                .and(dependsOnNoOtherAdapter(adapterPackage)).and(noPackageCycles(adapterPackage));
    }
}
