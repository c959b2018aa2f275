package io.github.wxlogistics.spring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of a third-party platform (第三方平台), under {@code wx.logistics.platform}: the
 * {@code ComponentPlatform} bean is built when {@code component-app-id} is set. The component
 * secret, the push Token and the EncodingAESKey are never shown: {@link #toString()} masks them,
 * and {@code /actuator/configprops} masks them even with {@code show-values: always}. The API
 * host, timeouts and retries are {@code wx.logistics.*}'s.
 */
@ConfigurationProperties(prefix = "wx.logistics.platform")
public final class LogisticsPlatformProperties {

    /** Where the platform keeps tickets, tokens and refresh tokens. */
    public enum Store {
        /** Redis when wx.logistics.platform.redis.uri or .cluster-uris is set, else memory. */
        AUTO,
        /** In this process only: refresh tokens are lost when it stops (merchants must authorize again). */
        MEMORY,
        /** RedisPlatformStore (logistics-store-redis) on wx.logistics.platform.redis.*. */
        REDIS
    }

    /** The platform's AppID (component_appid); setting it builds the ComponentPlatform bean. */
    private String componentAppId;
    /** The platform's AppSecret (component_appsecret); never logged or shown. */
    private String componentSecret;
    /** The message-check Token of the platform's authorization-event URL; never logged or shown. */
    private String pushToken;
    /** The platform's 43-character EncodingAESKey; never logged or shown. */
    private String encodingAesKey;
    /** The path of the authorization-event URL (授权事件接收URL), served on Spring MVC or WebFlux. */
    private String eventPath = "/wechat/platform/events";
    /** Where tickets, tokens and refresh tokens are kept: auto, memory or redis. */
    private Store store = Store.AUTO;
    /** The Redis of the platform's store. */
    private final Redis redis = new Redis();

    /** Creates the defaults. */
    public LogisticsPlatformProperties() {
    }

    /** @return the platform's AppID */
    public String getComponentAppId() {
        return componentAppId;
    }

    /** @param componentAppId the platform's AppID */
    public void setComponentAppId(String componentAppId) {
        this.componentAppId = componentAppId;
    }

    /** @return the platform's AppSecret */
    public String getComponentSecret() {
        return componentSecret;
    }

    /** @param componentSecret the platform's AppSecret */
    public void setComponentSecret(String componentSecret) {
        this.componentSecret = componentSecret;
    }

    /** @return the event URL's Token */
    public String getPushToken() {
        return pushToken;
    }

    /** @param pushToken the event URL's Token */
    public void setPushToken(String pushToken) {
        this.pushToken = pushToken;
    }

    /** @return the EncodingAESKey */
    public String getEncodingAesKey() {
        return encodingAesKey;
    }

    /** @param encodingAesKey the EncodingAESKey */
    public void setEncodingAesKey(String encodingAesKey) {
        this.encodingAesKey = encodingAesKey;
    }

    /** @return the event URL's path */
    public String getEventPath() {
        return eventPath;
    }

    /** @param eventPath the event URL's path */
    public void setEventPath(String eventPath) {
        this.eventPath = eventPath;
    }

    /** @return the store choice */
    public Store getStore() {
        return store;
    }

    /** @param store the store choice */
    public void setStore(Store store) {
        this.store = store;
    }

    /** @return the Redis settings */
    public Redis getRedis() {
        return redis;
    }

    @Override
    public String toString() {
        return "LogisticsPlatformProperties[componentAppId=" + componentAppId + ", componentSecret="
                + (componentSecret == null ? null : "***") + ", pushToken=" + (pushToken == null ? null : "***")
                + ", encodingAesKey=" + (encodingAesKey == null ? null : "***") + ", eventPath=" + eventPath
                + ", store=" + store + "]";
    }

    /** The Redis of the platform's store (logistics-store-redis on the class path). */
    public static final class Redis {
        /** A standalone Redis (redis://host:6379) or a Sentinel set-up (redis-sentinel://s1:26379,s2:26379#master). */
        private String uri;
        /** The seed nodes of a Redis Cluster (redis://host:7000, ...), instead of uri. */
        private List<String> clusterUris = new ArrayList<>();
        /** What every key starts with; the same on every instance of the platform. */
        private String keyPrefix = "wxlogistics:";
        /** Replicas that must acknowledge each write (WAIT): 1 with Sentinel or a Cluster with replicas. */
        private int replicaAcks;
        /** The longest one Redis round trip may take. */
        private Duration commandTimeout = Duration.ofSeconds(1);
        /** The longest a command waits while the connection is being opened (the first one starts Lettuce). */
        private Duration connectTimeout = Duration.ofSeconds(5);

        /** Creates the defaults. */
        public Redis() {
        }

        /** @return the Redis URI */
        public String getUri() {
            return uri;
        }

        /** @param uri the Redis URI */
        public void setUri(String uri) {
            this.uri = uri;
        }

        /** @return the Cluster's seed URIs */
        public List<String> getClusterUris() {
            return clusterUris;
        }

        /** @param clusterUris the Cluster's seed URIs */
        public void setClusterUris(List<String> clusterUris) {
            this.clusterUris = clusterUris == null ? new ArrayList<>() : clusterUris;
        }

        /** @return the key prefix */
        public String getKeyPrefix() {
            return keyPrefix;
        }

        /** @param keyPrefix the key prefix */
        public void setKeyPrefix(String keyPrefix) {
            this.keyPrefix = keyPrefix;
        }

        /** @return the replicas that must acknowledge a write */
        public int getReplicaAcks() {
            return replicaAcks;
        }

        /** @param replicaAcks the replicas that must acknowledge a write */
        public void setReplicaAcks(int replicaAcks) {
            this.replicaAcks = replicaAcks;
        }

        /** @return the command timeout */
        public Duration getCommandTimeout() {
            return commandTimeout;
        }

        /** @param commandTimeout the command timeout */
        public void setCommandTimeout(Duration commandTimeout) {
            this.commandTimeout = commandTimeout;
        }

        /** @return the connect timeout */
        public Duration getConnectTimeout() {
            return connectTimeout;
        }

        /** @param connectTimeout the connect timeout */
        public void setConnectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
        }

        /** @return whether a Redis is configured (a URI or Cluster seeds) */
        boolean isConfigured() {
            return (uri != null && !uri.isBlank()) || !clusterUris.isEmpty();
        }
    }
}
