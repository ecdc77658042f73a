package org.marsad.localstack;

import java.nio.file.Path;

/** Finds the java executable of the running JVM, for child JVMs. */
final class Jvm {

    private Jvm() {
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
