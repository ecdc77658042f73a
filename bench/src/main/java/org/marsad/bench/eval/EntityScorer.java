package org.marsad.bench.eval;

import org.marsad.events.EntityType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Document-level entity scoring. A gold entity is found by a prediction of the same type whose name or one of
 * whose mentions normalises to one of the gold forms ({@link NameNormalizer#matchKeys}). Gold and predictions are
 * paired one to one by a maximum bipartite matching, so neither an article's duplicate predictions nor one broad
 * prediction can be counted twice.
 */
public final class EntityScorer {

    private EntityScorer() {
    }

    public static ArticleScore score(GoldArticle article, List<PredictedEntity> predictions) {
        List<GoldEntity> gold = article.entities();
        int[] typedMatch = match(gold, predictions, true);
        int[] anyTypeMatch = match(gold, predictions, false);

        Map<EntityType, Counts> byType = new EnumMap<>(EntityType.class);
        for (EntityType type : EntityType.values()) {
            int g = (int) gold.stream().filter(e -> e.type() == type).count();
            int p = (int) predictions.stream().filter(e -> e.type() == type).count();
            int m = 0;
            for (int i = 0; i < gold.size(); i++) {
                if (gold.get(i).type() == type && typedMatch[i] >= 0) {
                    m++;
                }
            }
            byType.put(type, new Counts(g, p, m));
        }
        Counts agnostic = new Counts(gold.size(), predictions.size(),
                (int) Arrays.stream(anyTypeMatch).filter(j -> j >= 0).count());

        List<GoldEntity> misses = new ArrayList<>();
        Set<Integer> usedPredictions = new HashSet<>();
        for (int i = 0; i < gold.size(); i++) {
            if (typedMatch[i] < 0) {
                misses.add(gold.get(i));
            } else {
                usedPredictions.add(typedMatch[i]);
            }
        }
        List<PredictedEntity> falsePositives = new ArrayList<>();
        for (int j = 0; j < predictions.size(); j++) {
            if (!usedPredictions.contains(j)) {
                falsePositives.add(predictions.get(j));
            }
        }
        return new ArticleScore(article, byType, agnostic, misses, falsePositives);
    }

    /** Whether the prediction names the gold entity (ignoring type). */
    public static boolean names(PredictedEntity prediction, GoldEntity gold) {
        Set<String> goldKeys = new HashSet<>();
        gold.forms().forEach(f -> goldKeys.addAll(NameNormalizer.matchKeys(f)));
        for (String text : prediction.texts()) {
            for (String key : NameNormalizer.matchKeys(text)) {
                if (goldKeys.contains(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** For each gold entity, the index of the prediction paired with it, or -1 (Kuhn's augmenting paths). */
    private static int[] match(List<GoldEntity> gold, List<PredictedEntity> predictions, boolean sameType) {
        boolean[][] compatible = new boolean[gold.size()][predictions.size()];
        for (int i = 0; i < gold.size(); i++) {
            for (int j = 0; j < predictions.size(); j++) {
                compatible[i][j] = (!sameType || gold.get(i).type() == predictions.get(j).type())
                        && names(predictions.get(j), gold.get(i));
            }
        }
        int[] goldOf = new int[predictions.size()];
        Arrays.fill(goldOf, -1);
        for (int i = 0; i < gold.size(); i++) {
            augment(i, compatible, goldOf, new boolean[predictions.size()]);
        }
        int[] predictionOf = new int[gold.size()];
        Arrays.fill(predictionOf, -1);
        for (int j = 0; j < goldOf.length; j++) {
            if (goldOf[j] >= 0) {
                predictionOf[goldOf[j]] = j;
            }
        }
        return predictionOf;
    }

    private static boolean augment(int i, boolean[][] compatible, int[] goldOf, boolean[] seen) {
        for (int j = 0; j < goldOf.length; j++) {
            if (compatible[i][j] && !seen[j]) {
                seen[j] = true;
                if (goldOf[j] < 0 || augment(goldOf[j], compatible, goldOf, seen)) {
                    goldOf[j] = i;
                    return true;
                }
            }
        }
        return false;
    }
}
