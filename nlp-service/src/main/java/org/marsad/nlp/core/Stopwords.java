package org.marsad.nlp.core;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

import java.util.HashSet;
import java.util.Set;

/**
 * Function words in Arabic and English, normalised: Lucene's stop sets plus the reporting verbs and filler words
 * of news prose, which say nothing about what an article is about.
 */
public final class Stopwords {

    private static final String NEWS_WORDS = """
            قال قالت يقول تقول اضاف اضافت اكد اكدت اوضح اوضحت تابع تابعت اشار اشارت ذكر ذكرت صرح صرحت راي رات
            اعلن اعلنت وصف وصفت كشف كشفت لفت لفتت اعتبر اعتبرت افاد افادت بين بينت جري تم يتم كان كانت يكون تكون
            ان انه انها انهم لقد قد ايضا حيث حين بعد قبل خلال منذ عبر نحو ضمن لدي لدى وفق وفقا حول دون غير بين
            الي الى علي على عن من في مع هذا هذه ذلك تلك هناك هنا التي الذي الذين اللذين اللتين كل بعض اي اخر اخري
            الاول الاولي الثاني الثانيه الثالث الثالثه الاخير الاخيره
            لان لكن لكي كما اذا عندما بينما حتي كي ثم او ام بل
            جدا الان مجددا لاحقا مؤخرا اليوم امس غدا عام العام سنه السنه الجاري الماضي المقبل مساء صباح
            said says told added according also would could one two new
            """;

    private final Set<String> words = new HashSet<>();

    public Stopwords() {
        addAll(ArabicAnalyzer.getDefaultStopSet());
        addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        for (String word : NEWS_WORDS.split("\\s+")) {
            if (!word.isEmpty()) {
                words.add(ArabicNormalizer.normalize(word));
            }
        }
    }

    private void addAll(CharArraySet set) {
        for (Object word : set) {
            words.add(ArabicNormalizer.normalize(new String((char[]) word)));
        }
    }

    /** True for a normalised word that carries no topic. */
    public boolean contains(String norm) {
        return words.contains(norm);
    }
}
