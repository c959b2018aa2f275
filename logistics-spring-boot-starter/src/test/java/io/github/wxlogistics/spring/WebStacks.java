package io.github.wxlogistics.spring;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * Test applications on either web stack. The test class path has Spring MVC, WebFlux, Tomcat and
 * Reactor Netty; a reactive application would pick Tomcat first, so it is started with Tomcat
 * hidden and runs on Reactor Netty, the server a WebFlux application gets by default.
 */
public final class WebStacks {

    private WebStacks() {
    }

    /**
     * An application of {@code source} on {@code stack}: SERVLET runs on Tomcat, REACTIVE on Reactor Netty.
     *
     * @param source the application's configuration class
     * @param stack  SERVLET or REACTIVE
     * @return a builder to add properties to and run
     */
    public static SpringApplicationBuilder application(Class<?> source, WebApplicationType stack) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(source).web(stack);
        if (stack == WebApplicationType.REACTIVE) {
            builder.resourceLoader(new DefaultResourceLoader(new FilteredClassLoader("org.apache.catalina")));
        }
        return builder;
    }
}
