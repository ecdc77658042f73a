package org.marsad.nlp.core;

import org.marsad.events.Repair;

import java.util.List;

/** Text after {@link TextRepairer}, with every visible change it made (offsets into {@link #text()}). */
public record RepairedText(String text, List<Repair> repairs) {
}
