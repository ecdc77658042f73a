package org.marsad.nlp.core.ner;

import org.junit.jupiter.api.Test;
import org.marsad.events.Entity;
import org.marsad.events.EntityType;
import org.marsad.nlp.core.Token;
import org.marsad.nlp.core.Tokenizer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PerceptronTrainerTest {

    private static final Tokenizer TOKENIZER = new Tokenizer();
    private static final String[] WORDS = {"the", "talks", "went", "on", "today", "and", "news", "came", "late"};
    private static final String[] NAMES = {"Zorn", "Kell", "Brax", "Quill", "Varo", "Mendt", "Tosk", "Ilar"};

    /** A toy feature set: the word itself and the word before it. */
    private static final FeatureExtractor TOY = new FeatureExtractor() {
        @Override
        public String name() {
            return "toy-1";
        }

        @Override
        public long[][] extract(NerDocument document) {
            FeatureSink sink = new FeatureSink();
            List<Token> tokens = document.tokens();
            long[][] features = new long[tokens.size()][];
            for (int i = 0; i < tokens.size(); i++) {
                sink.add(0, tokens.get(i).norm());
                sink.add(1, i > 0 ? tokens.get(i - 1).norm() : "^");
                features[i] = sink.drain();
            }
            return features;
        }
    };

    /** Sentences where a name always follows "envoy": the pattern to learn, with names from {@code names}. */
    private static List<TrainingExample> examples(String[] names, long seed) {
        Random random = new Random(seed);
        BioEncoder encoder = new BioEncoder(TOKENIZER);
        List<TrainingExample> examples = new ArrayList<>();
        for (int d = 0; d < 40; d++) {
            StringBuilder text = new StringBuilder();
            String name = names[random.nextInt(names.length)];
            for (int w = 0; w < 12; w++) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                if (w == 5) {
                    text.append("envoy ").append(name).append(' ');
                }
            }
            NerDocument document = document(text.toString());
            int[] labels = encoder.encode(document.tokens(),
                    List.of(new AnnotatedEntity(EntityType.PERSON, List.of(name))));
            examples.add(new TrainingExample(TOY.extract(document), labels, new boolean[labels.length]));
        }
        return examples;
    }

    private static NerDocument document(String text) {
        return new NerDocument(text, TOKENIZER.tokenize(text), List.<Entity>of());
    }

    @Test
    void learnsThatANameFollowsItsTitleAndAppliesItToUnseenNames() {
        SequenceModel model = PerceptronTrainer.train(TOY.name(), examples(NAMES, 1), 5, 7);
        EntityTagger tagger = new EntityTagger(TOY, model);

        List<TaggedSpan> spans = tagger.tag(document("news came late and envoy Dravik went on today"));

        assertThat(spans).containsExactly(new TaggedSpan(5, 6, EntityType.PERSON));
    }

    @Test
    void theSameDataAndSeedGiveTheSameModel() throws IOException {
        List<TrainingExample> examples = examples(NAMES, 2);
        assertThat(bytes(PerceptronTrainer.train(TOY.name(), examples, 3, 11)))
                .isEqualTo(bytes(PerceptronTrainer.train(TOY.name(), examples, 3, 11)));
    }

    @Test
    void aSavedModelLoadsBackAndTagsTheSame() throws IOException {
        SequenceModel model = PerceptronTrainer.train(TOY.name(), examples(NAMES, 3), 4, 5);
        SequenceModel loaded = SequenceModel.load(new ByteArrayInputStream(bytes(model)));

        assertThat(loaded.featureSet()).isEqualTo("toy-1");
        assertThat(loaded.featureCount()).isEqualTo(model.featureCount());
        for (TrainingExample example : examples(new String[]{"Orvel", "Kast"}, 4)) {
            assertThat(loaded.decode(example.features(), example.breaks()))
                    .containsExactly(model.decode(example.features(), example.breaks()));
        }
    }

    @Test
    void aModelTrainedWithOtherFeaturesIsRefused() {
        SequenceModel model = PerceptronTrainer.train("other-1", examples(NAMES, 5), 1, 5);
        assertThatThrownBy(() -> new EntityTagger(TOY, model)).hasMessageContaining("retrain");
    }

    private static byte[] bytes(SequenceModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.save(out);
        return out.toByteArray();
    }
}
