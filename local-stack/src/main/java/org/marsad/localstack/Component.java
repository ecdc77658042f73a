package org.marsad.localstack;

/**
 * A running part of the stack, as {@code ./marsad status} shows it.
 *
 * @param name    e.g. {@code kafka}, {@code api-gateway}
 * @param pid     its process id, or -1 when it runs elsewhere (external Kafka or database)
 * @param port    the port it listens on
 * @param address how to reach it (URL or host:port)
 */
public record Component(String name, long pid, int port, String address) {
}
