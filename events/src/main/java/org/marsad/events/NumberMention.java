package org.marsad.events;

/**
 * A quantity written in digits or words ("3.5 مرات", "ثلاثة مرات ونصف", "90 بالمئة").
 *
 * @param unit what is counted ("percent", "times", "USD", ...) or null when nothing is said
 */
public record NumberMention(String text, double value, String unit, int start, int end) {
}
