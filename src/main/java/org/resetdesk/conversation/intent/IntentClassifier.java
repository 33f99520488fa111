package org.resetdesk.conversation.intent;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.resetdesk.conversation.Intent;
import org.resetdesk.conversation.Recognition;
import org.resetdesk.text.TextFolding;

/**
 * Routes a free-text message to an intent by its nearest example messages ({@link IntentExamples}), in English,
 * Romanian or a mix of both: the examples of all languages form one pool.
 *
 * <p>Texts are folded ({@link TextFolding}) and become sparse vectors of two parts, each scaled to unit length: word
 * stems plus pairs of neighbouring stems, and letter trigrams of the whole text (for typos and glued or inflected
 * words). Features are weighted by TF-IDF over the examples: {@code (1 + ln tf) * (ln((n + 1) / (df + 1)) + 1)},
 * pairs at half weight. A feature no example has still counts in the message's length (with the highest IDF), so
 * an unknown message resembles nothing. Similarity is the cosine, the mean of the two parts' cosines (0 to 1).
 *
 * <p>The {@value #K} most similar examples vote for their intents, each with its similarity squared (so the nearest
 * count most). The confidence is the winner's share of the votes times how close its nearest example is,
 * {@code min(1, similarity / }{@value #FULL_SIMILARITY}{@code )}: a message close to examples of one intent only
 * scores near 1; one split between intents, or only faintly like any example (gibberish, new topics), scores low.
 * Callers choose their threshold; on the shipped examples gibberish stays under 0.1 and about 0.3 separates well.
 *
 * <p>Example vectors are computed once, with an inverted index from feature to examples; classifying touches only
 * the examples that share a feature with the message. Immutable and thread-safe.
 */
public final class IntentClassifier {

    /** How many nearest examples vote. */
    public static final int K = 5;
    /** Similarity to the winner's nearest example above which closeness no longer lowers the confidence. */
    public static final double FULL_SIMILARITY = 0.5;
    /** Share of the similarity that comes from words; the rest comes from letter trigrams. */
    static final double WORD_SHARE = 0.5;
    /** Weight of a pair of neighbouring stems relative to a single stem. */
    static final double PAIR_WEIGHT = 0.5;

    /** Only the start of a longer message is read, which bounds the cost of a pasted log or document. */
    static final int MAX_CHARS = 1_000;

    private static final double WORD_SCALE = Math.sqrt(WORD_SHARE);
    private static final double TRIGRAM_SCALE = Math.sqrt(1 - WORD_SHARE);
    private static final Intent[] INTENTS = Intent.values();

    private final LongIntMap features;
    private final double[] idf;
    private final double unknownIdf;
    private final int[][] postingExamples;
    private final double[][] postingWeights;
    private final Intent[] exampleIntents;
    private final String[] exampleTexts;

    private IntentClassifier(LongIntMap features, double[] idf, double unknownIdf, int[][] postingExamples,
            double[][] postingWeights, Intent[] exampleIntents, String[] exampleTexts) {
        this.features = features;
        this.idf = idf;
        this.unknownIdf = unknownIdf;
        this.postingExamples = postingExamples;
        this.postingWeights = postingWeights;
        this.exampleIntents = exampleIntents;
        this.exampleTexts = exampleTexts;
    }

    /** Loads the examples under {@code dialogsDir/intents} (see {@link IntentExamples#load}) and indexes them. */
    public static IntentClassifier load(Path dialogsDir) {
        return train(IntentExamples.load(dialogsDir));
    }

    /** Indexes the given examples; an example repeated (after folding) for the same intent counts once. */
    public static IntentClassifier train(IntentExamples examples) {
        List<IntentExample> unique = new ArrayList<>();
        List<TextFeatures.Counted> vectors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (IntentExample example : examples.all()) {
            String folded = TextFolding.fold(example.text());
            if (!folded.isEmpty() && seen.add(example.intent().label() + '\n' + folded)) {
                unique.add(example);
                vectors.add(TextFeatures.of(folded));
            }
        }
        if (unique.isEmpty()) {
            throw new IllegalArgumentException("No examples to learn intents from");
        }

        Map<Long, Integer> ids = new HashMap<>();
        List<Integer> documentFrequency = new ArrayList<>();
        for (TextFeatures.Counted vector : vectors) {
            for (long key : vector.keys()) {
                Integer id = ids.putIfAbsent(key, ids.size());
                if (id == null) {
                    documentFrequency.add(1);
                } else {
                    documentFrequency.set(id, documentFrequency.get(id) + 1);
                }
            }
        }
        int count = unique.size();
        LongIntMap featureIds = new LongIntMap(ids.size());
        ids.forEach(featureIds::put);
        double[] idf = new double[ids.size()];
        for (int id = 0; id < idf.length; id++) {
            idf[id] = idf(count, documentFrequency.get(id));
        }

        int[] postingCounts = new int[idf.length];
        double[][] weights = new double[count][];
        for (int e = 0; e < count; e++) {
            TextFeatures.Counted vector = vectors.get(e);
            double[] w = new double[vector.size()];
            for (int j = 0; j < w.length; j++) {
                w[j] = weight(vector.keys()[j], vector.counts()[j], idf[featureIds.get(vector.keys()[j])]);
            }
            normalise(vector.keys(), w);
            weights[e] = w;
            for (long key : vector.keys()) {
                postingCounts[featureIds.get(key)]++;
            }
        }
        int[][] postingExamples = new int[idf.length][];
        double[][] postingWeights = new double[idf.length][];
        for (int id = 0; id < idf.length; id++) {
            postingExamples[id] = new int[postingCounts[id]];
            postingWeights[id] = new double[postingCounts[id]];
        }
        int[] filled = new int[idf.length];
        for (int e = 0; e < count; e++) {
            long[] keys = vectors.get(e).keys();
            for (int j = 0; j < keys.length; j++) {
                int id = featureIds.get(keys[j]);
                postingExamples[id][filled[id]] = e;
                postingWeights[id][filled[id]++] = weights[e][j];
            }
        }
        Intent[] intents = unique.stream().map(IntentExample::intent).toArray(Intent[]::new);
        String[] texts = unique.stream().map(IntentExample::text).toArray(String[]::new);
        return new IntentClassifier(featureIds, idf, idf(count, 0), postingExamples, postingWeights, intents, texts);
    }

    private static double idf(int examples, int documentFrequency) {
        return Math.log((examples + 1.0) / (documentFrequency + 1.0)) + 1.0;
    }

    private static double weight(long key, int count, double idf) {
        double weight = (1.0 + Math.log(count)) * idf;
        return (key & TextFeatures.KIND) == TextFeatures.PAIR ? weight * PAIR_WEIGHT : weight;
    }

    /** Scales the word part and the trigram part each to its share of a unit vector. */
    private static void normalise(long[] keys, double[] weights) {
        double words = 0;
        double trigrams = 0;
        for (int j = 0; j < keys.length; j++) {
            if (TextFeatures.isWordLevel(keys[j])) {
                words += weights[j] * weights[j];
            } else {
                trigrams += weights[j] * weights[j];
            }
        }
        double wordFactor = words == 0 ? 0 : WORD_SCALE / Math.sqrt(words);
        double trigramFactor = trigrams == 0 ? 0 : TRIGRAM_SCALE / Math.sqrt(trigrams);
        for (int j = 0; j < keys.length; j++) {
            weights[j] *= TextFeatures.isWordLevel(keys[j]) ? wordFactor : trigramFactor;
        }
    }

    /** The intent of a message and the confidence, 0 to 1; {@link Intent#NONE} for a blank message. */
    public Recognition classify(String text) {
        return match(text).recognition();
    }

    /**
     * Like {@link #classify}, with the nearest example of the winning intent and its similarity, for traces. Reads
     * the first {@value #MAX_CHARS} characters of the message.
     */
    public IntentMatch match(String text) {
        if (text == null) {
            return IntentMatch.NOTHING;
        }
        String folded = TextFolding.fold(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
        if (folded.isEmpty()) {
            return IntentMatch.NOTHING;
        }
        TextFeatures.Counted vector = TextFeatures.of(folded);
        long[] keys = vector.keys();
        int[] ids = new int[keys.length];
        double[] weights = new double[keys.length];
        for (int j = 0; j < keys.length; j++) {
            ids[j] = features.get(keys[j]);
            weights[j] = weight(keys[j], vector.counts()[j], ids[j] == LongIntMap.ABSENT ? unknownIdf : idf[ids[j]]);
        }
        normalise(keys, weights);

        double[] similarity = new double[exampleIntents.length];
        for (int j = 0; j < keys.length; j++) {
            if (ids[j] == LongIntMap.ABSENT) {
                continue;
            }
            int[] examples = postingExamples[ids[j]];
            double[] exampleWeights = postingWeights[ids[j]];
            double weight = weights[j];
            for (int p = 0; p < examples.length; p++) {
                similarity[examples[p]] += weight * exampleWeights[p];
            }
        }
        return vote(similarity);
    }

    private IntentMatch vote(double[] similarity) {
        int[] nearest = new int[K];
        double[] nearestSimilarity = new double[K];
        int found = 0;
        for (int e = 0; e < similarity.length; e++) {
            double s = similarity[e];
            if (s <= 0 || found == K && s <= nearestSimilarity[K - 1]) {
                continue;
            }
            int at = found < K ? found++ : K - 1;
            while (at > 0 && nearestSimilarity[at - 1] < s) {
                nearest[at] = nearest[at - 1];
                nearestSimilarity[at] = nearestSimilarity[at - 1];
                at--;
            }
            nearest[at] = e;
            nearestSimilarity[at] = s;
        }
        if (found == 0) {
            return IntentMatch.NOTHING;
        }
        double[] votes = new double[INTENTS.length];
        double total = 0;
        for (int i = 0; i < found; i++) {
            double v = nearestSimilarity[i] * nearestSimilarity[i];
            votes[exampleIntents[nearest[i]].ordinal()] += v;
            total += v;
        }
        // The winner has the most votes; on a tie, the one whose example came first, which is the nearer one.
        int winner = -1;
        for (int i = 0; i < found; i++) {
            int candidate = exampleIntents[nearest[i]].ordinal();
            if (winner < 0 || votes[candidate] > votes[winner]) {
                winner = candidate;
            }
        }
        int best = 0;
        while (exampleIntents[nearest[best]].ordinal() != winner) {
            best++;
        }
        double closest = Math.min(1.0, nearestSimilarity[best]);
        double confidence = votes[winner] / total * Math.min(1.0, closest / FULL_SIMILARITY);
        return new IntentMatch(INTENTS[winner], confidence, exampleTexts[nearest[best]], closest);
    }

    /** How many distinct examples the classifier compares messages with. */
    public int size() {
        return exampleIntents.length;
    }
}
