package io.github.wxlogistics.archfixture;

/** Satisfies the optional rule: final, with an abstract member, an interface, an enum and a record. */
public final class ClosedPublicClasses {

    /** Abstract. */
    public abstract static class Base {
    }

    /** An interface. */
    public interface Port {
    }

    /** An enum with a constant body (so not final itself). */
    public enum Mode {
        A {
            @Override
            public String toString() {
                return "a";
            }
        }
    }

    /** A record. */
    public record Value(int x) {
    }
}
