package io.github.wxlogistics.archfixture;

/** Violates the optional rule: a public class that is neither final nor abstract. */
public class OpenPublicClass {
}
