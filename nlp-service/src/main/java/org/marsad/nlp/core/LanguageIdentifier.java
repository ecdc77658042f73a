package org.marsad.nlp.core;

import com.ibm.icu.lang.UScript;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Identifies the language of a text. The script decides first: Arabic script is Arabic (or Persian when its
 * letters say so), and scripts used by one language (Hebrew, Greek, Thai, Hangul...) name it. Latin and
 * Cyrillic text goes to OpenNLP's language detector (model from the classpath, 103 languages, ISO 639-3
 * codes mapped to ISO 639-1). Too little text gives {@code und}. The source's language hint only breaks ties.
 */
public final class LanguageIdentifier {

    private static final String MODEL_RESOURCE = "/langdetect-183.bin";
    private static final int MIN_LETTERS = 12;
    private static final int MAX_CHARS_EXAMINED = 20_000;
    /** Two OpenNLP candidates closer than this are a tie that the hint may break. */
    private static final double TIE_MARGIN = 0.1;

    private static final Map<Integer, String> SINGLE_LANGUAGE_SCRIPTS = Map.ofEntries(
            Map.entry(UScript.HEBREW, "he"), Map.entry(UScript.GREEK, "el"), Map.entry(UScript.THAI, "th"),
            Map.entry(UScript.HANGUL, "ko"), Map.entry(UScript.HIRAGANA, "ja"), Map.entry(UScript.KATAKANA, "ja"),
            Map.entry(UScript.HAN, "zh"), Map.entry(UScript.DEVANAGARI, "hi"), Map.entry(UScript.ARMENIAN, "hy"),
            Map.entry(UScript.GEORGIAN, "ka"), Map.entry(UScript.BENGALI, "bn"), Map.entry(UScript.TAMIL, "ta"),
            Map.entry(UScript.ETHIOPIC, "am"));

    private final LanguageDetectorModel model;
    private final Map<String, String> iso3To1;

    public LanguageIdentifier() {
        try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP language model " + MODEL_RESOURCE
                        + " not on the classpath (org.apache.opennlp:opennlp-models-langdetect)");
            }
            model = new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the language model", e);
        }
        iso3To1 = iso3To1();
    }

    public LanguageGuess identify(String text, String hint) {
        int limit = Math.min(text.length(), MAX_CHARS_EXAMINED);
        int[] scripts = new int[UScript.CODE_LIMIT];
        int letters = 0;
        int persianSigns = 0;
        int arabicYehKaf = 0;
        for (int i = 0; i < limit; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            // the two common cases without a property lookup
            int script = cp < 0x80 ? UScript.LATIN : cp >= 0x0600 && cp <= 0x06FF ? UScript.ARABIC : UScript.getScript(cp);
            scripts[script]++;
            if (cp == 0x067E || cp == 0x0686 || cp == 0x0698 || cp == 0x06AF || cp == 0x06CC || cp == 0x06A9) {
                persianSigns++;
            } else if (cp == 0x064A || cp == 0x0643) {
                arabicYehKaf++;
            }
        }
        if (letters < MIN_LETTERS) {
            return LanguageGuess.unknown();
        }
        int script = dominant(scripts);
        double share = scripts[script] / (double) letters;
        if (script == UScript.ARABIC) {
            String code = persianSigns > arabicYehKaf ? "fa" : "ar";
            return new LanguageGuess(code, round(Math.min(0.99, 0.5 + share / 2)));
        }
        if (SINGLE_LANGUAGE_SCRIPTS.containsKey(script)) {
            String code = script == UScript.HAN && scripts[UScript.HIRAGANA] > 0 ? "ja"
                    : SINGLE_LANGUAGE_SCRIPTS.get(script);
            return new LanguageGuess(code, round(Math.min(0.95, 0.5 + share / 2)));
        }
        return detect(text.substring(0, limit), hint);
    }

    private LanguageGuess detect(String text, String hint) {
        // a detector per call: LanguageDetectorME is cheap to create and not documented as thread-safe
        Language[] ranked = new LanguageDetectorME(model).predictLanguages(text);
        if (ranked.length == 0) {
            return LanguageGuess.unknown();
        }
        Language best = ranked[0];
        if (hint != null && ranked.length > 1) {
            String wanted = hint.toLowerCase(Locale.ROOT);
            for (int i = 1; i < ranked.length && best.getConfidence() - ranked[i].getConfidence() < TIE_MARGIN; i++) {
                if (wanted.equals(iso3To1.get(ranked[i].getLang()))) {
                    best = ranked[i];
                    break;
                }
            }
        }
        String code = iso3To1.get(best.getLang());
        if (code == null) {
            return LanguageGuess.unknown();
        }
        return new LanguageGuess(code, round(best.getConfidence()));
    }

    private static int dominant(int[] scripts) {
        int best = UScript.LATIN;
        for (int script = 0; script < scripts.length; script++) {
            if (scripts[script] > scripts[best]) {
                best = script;
            }
        }
        return best;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /** ISO 639-3 to 639-1 from the JDK's tables, plus the macrolanguage members OpenNLP reports. */
    private static Map<String, String> iso3To1() {
        Map<String, String> map = new HashMap<>();
        for (String code : Locale.getISOLanguages()) {
            try {
                map.put(new Locale(code).getISO3Language(), code);
            } catch (java.util.MissingResourceException ignored) {
                // a language without a three-letter code cannot be reported by the model either
            }
        }
        map.putAll(Map.of("cmn", "zh", "pes", "fa", "arb", "ar", "zsm", "ms", "nob", "no", "ekk", "et",
                "lvs", "lv", "swh", "sw", "uzn", "uz", "azj", "az"));
        map.putAll(Map.of("khk", "mn", "npi", "ne", "ory", "or", "plt", "mg", "yid", "yi", "gug", "gn",
                "als", "sq", "quz", "qu", "prs", "fa", "tgl", "tl"));
        return Map.copyOf(map);
    }
}
