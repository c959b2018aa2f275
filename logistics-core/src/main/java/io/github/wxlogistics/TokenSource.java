package io.github.wxlogistics;

/** Which WeChat endpoint a client built from app credentials fetches its access token from. */
public enum TokenSource {
    /** {@code POST /cgi-bin/stable_token}, normal mode: the same token for every instance of a fleet. The default. */
    STABLE,
    /** {@code GET /cgi-bin/token}: each fetch supersedes the previous token; for a single process only. */
    CLASSIC
}
