package org.marsad.nlp.core.ner;

import org.marsad.events.Entity;
import org.marsad.events.Mention;
import org.marsad.nlp.core.Token;

import java.util.List;

/**
 * The rules' entities as per-token BIO labels (features for the tagger), and whether each token's entity is one
 * the lexicon knows (its id is a name, {@code per:vladimir-putin}, not a hash).
 */
record RuleLabels(int[] labels, boolean[] known) {

    private static final String[] KNOWN_NAMES = new String[BioLabels.COUNT];

    static {
        for (int l = 0; l < BioLabels.COUNT; l++) {
            KNOWN_NAMES[l] = BioLabels.name(l) + "+";
        }
    }

    /** The rules' label at token i as a feature value: "B-PERSON", or "B-PERSON+" for a lexicon entity. */
    String feature(int i) {
        return known[i] ? KNOWN_NAMES[labels[i]] : BioLabels.name(labels[i]);
    }

    static RuleLabels of(NerDocument document) {
        List<Token> tokens = document.tokens();
        int[] labels = new int[tokens.size()];
        boolean[] known = new boolean[tokens.size()];
        for (Entity entity : document.ruleEntities()) {
            boolean lexicon = !isHashedId(entity.id());
            for (Mention mention : entity.mentions()) {
                int first = firstTokenEndingAfter(tokens, mention.start());
                for (int i = first; i < tokens.size() && tokens.get(i).start() < mention.end(); i++) {
                    labels[i] = i == first ? BioLabels.begin(entity.type()) : BioLabels.inside(entity.type());
                    known[i] = lexicon;
                }
            }
        }
        return new RuleLabels(labels, known);
    }

    /** Ids made by EntityIds for names no lexicon knows: a prefix and 12 hex digits. */
    static boolean isHashedId(String id) {
        int colon = id.indexOf(':');
        if (colon < 0 || id.length() - colon - 1 != 12) {
            return false;
        }
        for (int i = colon + 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    static int firstTokenEndingAfter(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
