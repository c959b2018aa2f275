package io.github.wxlogistics.testkit.internal;

import jakarta.json.JsonObject;

/** Reply bodies several calls share. */
public final class Replies {

    private Replies() {
    }

    /** {@code {"errcode":0,"errmsg":"ok"}}. */
    public static JsonObject ok() {
        return Jsons.object().add("errcode", 0).add("errmsg", "ok").build();
    }
}
