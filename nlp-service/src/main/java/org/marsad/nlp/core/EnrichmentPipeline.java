package org.marsad.nlp.core;

import org.marsad.events.DateMention;
import org.marsad.events.Enrichment;
import org.marsad.events.Entity;
import org.marsad.events.Keyword;
import org.marsad.events.NumberMention;
import org.marsad.events.Quote;
import org.marsad.events.RawArticle;
import org.marsad.events.Span;
import org.marsad.nlp.core.ner.NerDocument;
import org.marsad.nlp.core.ner.NerModels;

import java.util.List;

/**
 * The NLP pipeline: raw article in, {@link Enrichment} out. Built once (lexicons, gazetteers and models load in
 * the constructor, about a second), then thread-safe and reusable: every step keeps its per-article state on the
 * stack. Order matters: repair before anything reads the text, entities before quotes (speakers) and keywords.
 */
public final class EnrichmentPipeline {

    /** Written into every enriched article, so stored results can be traced and recomputed. */
    public static final String VERSION = "marsad-nlp/0.4";

    private final TextAssembler assembler = new TextAssembler();
    private final TextRepairer repairer;
    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter sentenceSplitter = new SentenceSplitter();
    private final LanguageIdentifier languageIdentifier;
    private final EntityRecognizer entityRecognizer;
    private final QuoteExtractor quoteExtractor = new QuoteExtractor();
    private final NumberExtractor numberExtractor = new NumberExtractor();
    private final DateExtractor dateExtractor = new DateExtractor();
    private final KeywordExtractor keywordExtractor;
    private final Summarizer summarizer;
    private final SimHash simHash = new SimHash();

    public EnrichmentPipeline() {
        this(EntityLexicon.loadDefault());
    }

    public EnrichmentPipeline(List<LexiconEntry> lexicon) {
        this(lexicon, NerModels.loadDefault());
    }

    /** With these entity taggers ({@link NerModels#none()}: the rules alone). */
    public EnrichmentPipeline(List<LexiconEntry> lexicon, NerModels models) {
        Stopwords stopwords = new Stopwords();
        LightStemmer stemmer = new LightStemmer();
        repairer = new TextRepairer(WordFrequencies.loadDefault(), lexicon);
        languageIdentifier = new LanguageIdentifier();
        entityRecognizer = new EntityRecognizer(lexicon, tokenizer, stopwords, models);
        keywordExtractor = new KeywordExtractor(stopwords, stemmer);
        summarizer = new Summarizer(tokenizer, stemmer);
    }

    public Enrichment enrich(RawArticle article) {
        RepairedText repaired = repairer.repair(assembler.assemble(article));
        String text = repaired.text();
        List<Token> tokens = tokenizer.tokenize(text);
        LanguageGuess language = languageIdentifier.identify(text, article.languageHint());
        List<Span> sentences = sentenceSplitter.split(text);
        int bodyStart = bodyStart(text, article);

        List<Entity> entities = entityRecognizer.recognize(text, tokens, language.code());
        List<Quote> quotes = quoteExtractor.extract(text, tokens, entities);
        List<DateMention> dates = dateExtractor.extract(text, tokens, article.publishedAt());
        List<NumberMention> numbers = numberExtractor.extract(text, tokens).stream()
                .filter(n -> dates.stream().noneMatch(d -> n.start() < d.end() && d.start() < n.end()))
                .toList(); // a year or a day inside a date is part of the date, not a quantity
        List<Keyword> keywords = keywordExtractor.extract(tokens, entities, bodyStart);
        String summary = summarizer.summarize(text, sentences, tokens, keywords, bodyStart);

        return new Enrichment(text, language.code(), language.confidence(), sentences, entities, quotes, numbers,
                dates, keywords, summary, repaired.repairs(), simHash.fingerprint(tokens), VERSION);
    }

    /**
     * What the entity tagger reads for an article, as {@link #enrich} would prepare it: the clean text, its tokens
     * and the rules' entities. For training the tagger on annotated articles of a known language.
     */
    public NerDocument entityInput(RawArticle article, String language) {
        String text = repairer.repair(assembler.assemble(article)).text();
        List<Token> tokens = tokenizer.tokenize(text);
        return new NerDocument(text, tokens, entityRecognizer.ruleEntities(text, tokens, language));
    }

    /** Where the body starts: after the title paragraph, when there is a title and a body. */
    private static int bodyStart(String text, RawArticle article) {
        if (article.title() == null || article.title().isBlank()) {
            return 0;
        }
        int paragraph = text.indexOf("\n\n");
        return paragraph < 0 ? 0 : paragraph + 2;
    }
}
