package org.marsad.nlp.core.ner;

import org.marsad.events.EntityType;
import org.marsad.nlp.core.Proclitics;
import org.marsad.nlp.core.Token;
import org.marsad.nlp.core.Tokenizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Converts between document-level annotations and per-token BIO labels. Annotations name each entity's forms,
 * not where they occur, so every occurrence of a form in the text is labelled: longest forms first (a form never
 * relabels tokens a longer one took), matched on normalised tokens, the first one also after an attached
 * proclitic ({@code وبوتين} is an occurrence of {@code بوتين}, {@code للأمم} of {@code الأمم}).
 */
public final class BioEncoder {

    private final Tokenizer tokenizer;

    public BioEncoder(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    public int[] encode(List<Token> tokens, List<AnnotatedEntity> entities) {
        List<Form> forms = new ArrayList<>();
        for (AnnotatedEntity entity : entities) {
            for (String form : entity.forms()) {
                String[] norms = tokenizer.tokenize(form).stream().map(Token::norm).toArray(String[]::new);
                if (norms.length > 0) {
                    forms.add(new Form(norms, entity.type()));
                }
            }
        }
        forms.sort(Comparator.comparingInt((Form f) -> -f.norms.length)
                .thenComparingInt(f -> -String.join(" ", f.norms).length()));
        int[] labels = new int[tokens.size()];
        boolean[] taken = new boolean[tokens.size()];
        for (Form form : forms) {
            for (int i = 0; i + form.norms.length <= tokens.size(); i++) {
                if (occursAt(form.norms, tokens, i, taken)) {
                    labels[i] = BioLabels.begin(form.type);
                    Arrays.fill(labels, i + 1, i + form.norms.length, BioLabels.inside(form.type));
                    Arrays.fill(taken, i, i + form.norms.length, true);
                }
            }
        }
        return labels;
    }

    /** The names in a label sequence; a stray I- (never produced by decoding) starts a name of its own. */
    public static List<TaggedSpan> decode(int[] labels) {
        List<TaggedSpan> spans = new ArrayList<>();
        int i = 0;
        while (i < labels.length) {
            EntityType type = BioLabels.type(labels[i]);
            if (type == null) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < labels.length && labels[end] == BioLabels.inside(type)) {
                end++;
            }
            spans.add(new TaggedSpan(i, end, type));
            i = end;
        }
        return spans;
    }

    private static boolean occursAt(String[] norms, List<Token> tokens, int i, boolean[] taken) {
        for (int k = 0; k < norms.length; k++) {
            if (taken[i + k] || (k > 0 && !tokens.get(i + k).norm().equals(norms[k]))) {
                return false;
            }
        }
        for (Proclitics.Reading reading : Proclitics.readings(tokens.get(i).norm())) {
            if (reading.norm().equals(norms[0])) {
                return true;
            }
        }
        return false;
    }

    private record Form(String[] norms, EntityType type) {
    }
}
