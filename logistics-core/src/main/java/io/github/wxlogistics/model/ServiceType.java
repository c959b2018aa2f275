package io.github.wxlogistics.model;

/**
 * A courier service ({@code service_type} and {@code service_name}).
 *
 * @param serviceType the service type ID
 * @param serviceName the service name
 */
public record ServiceType(int serviceType, String serviceName) {
}
