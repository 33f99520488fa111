package org.resetdesk.knowledge;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.resetdesk.text.Language;
import org.resetdesk.text.TextFolding;
import org.tartarus.snowball.ext.RomanianStemmer;

/**
 * Text analysis per language. Diacritics are folded first (ș, ş and s; ț, ţ and t; ă, â and a; î and i all become
 * the plain letter), then stop words (folded the same way) are dropped, then words are stemmed. Lucene's own
 * RomanianAnalyzer stems before folding and knows only the cedilla letters, so "parolă" and "parola", or "ș" and
 * "ş", would not meet; here index and query meet whatever the keyboard.
 */
final class KnowledgeAnalyzers {

    private KnowledgeAnalyzers() {
    }

    static Analyzer forLanguage(Language language) {
        return language == Language.RO ? romanian() : english();
    }

    private static Analyzer english() {
        CharArraySet stopWords = englishStopWords();
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = new LowerCaseFilter(stream);
                stream = new ASCIIFoldingFilter(stream);
                stream = new StopFilter(stream, stopWords);
                stream = new PorterStemFilter(stream);
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    private static Analyzer romanian() {
        CharArraySet stopWords = folded(RomanianAnalyzer.getDefaultStopSet());
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                stream = new ASCIIFoldingFilter(stream);
                stream = new StopFilter(stream, stopWords);
                stream = new SnowballFilter(stream, new RomanianStemmer());
                stream = new RomanianStemConflation(stream);
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /**
     * Lucene's English stop words, and the function words of chat questions that say nothing of the topic: personal
     * pronouns, auxiliaries, the negative contractions ("not" is already a stop word, so "hasn't" is too) and "says",
     * which frames a quoted error; greetings and thanks too (a greeting of two words, "good morning", is taken off
     * the message's start by {@link KnowledgeAnswers}).
     * Question words ("how", "why", "when") stay: headings are phrased as questions and closeness uses them.
     */
    private static CharArraySet englishStopWords() {
        CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        words.addAll(List.of("i", "me", "my", "mine", "you", "your", "yours", "we", "us", "our", "am", "been",
                "being", "has", "have", "had", "do", "does", "did", "i'm", "i've", "i'd", "you're", "it's", "isn't",
                "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "doesn't", "don't", "didn't", "can't",
                "cannot", "won't", "wouldn't", "shouldn't", "couldn't", "dont", "doesnt", "didnt", "isnt", "cant",
                "wont", "hasnt", "havent", "im", "ive", "say", "says", "said", "saying"));
        words.addAll(List.of("hi", "hello", "hey", "hiya", "thanks", "thank", "please", "pls", "plz"));
        return CharArraySet.unmodifiableSet(words);
    }

    /**
     * Question words kept, as English keeps "how" and "where": headings are phrased as questions, and "how do I
     * register" and "must I register" are different sections.
     */
    private static final List<String> ROMANIAN_QUESTION_WORDS = List.of("cum", "unde", "cand", "cat", "cate",
            "cati", "cata");

    /** The stop words without diacritics, as the folded tokens will be. */
    private static CharArraySet folded(CharArraySet words) {
        CharArraySet folded = new CharArraySet(words.size(), true);
        for (Object word : words) {
            String text = word instanceof char[] chars ? new String(chars) : String.valueOf(word);
            String plain = TextFolding.fold(text);
            if (!ROMANIAN_QUESTION_WORDS.contains(plain)) {
                folded.add(plain);
            }
        }
        folded.addAll(List.of("si", "sa", "ca", "ma", "imi", "mi", "de", "la", "pe", "cu", "in", "din"));
        // chat shorthand for stop words: "pt"/"ptr" (pentru), "dc" (de ce), "pls"/"plz"
        folded.addAll(List.of("pt", "ptr", "dc", "pls", "plz"));
        // greetings and thanks ("salut", "mersi"); "bună" stays, it is also "good" ("bună ziua" at the start of a
        // message is taken off by KnowledgeAnswers)
        folded.addAll(List.of("salut", "neata", "multumesc", "mersi", "rog"));
        return CharArraySet.unmodifiableSet(folded);
    }
}
