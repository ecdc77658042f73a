package org.marsad.nlp.core;

import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;

/**
 * The matching key of a content word: Lucene's light Arabic stemmer (article, conjunctions and common suffixes
 * off: "والإرهابيين" and "الإرهابيين" meet) or the English plural stemmer, on the normalised form. Keys group
 * words for counting; they are not shown to readers. Both Lucene stemmers keep no state: safe to share.
 */
public final class LightStemmer {

    private final ArabicStemmer arabic = new ArabicStemmer();
    private final EnglishMinimalStemmer english = new EnglishMinimalStemmer();

    public String key(Token token) {
        String norm = token.norm();
        char[] chars = norm.toCharArray();
        int length = token.isArabic() ? arabic.stem(chars, chars.length) : english.stem(chars, chars.length);
        return length == chars.length ? norm : new String(chars, 0, length);
    }
}
