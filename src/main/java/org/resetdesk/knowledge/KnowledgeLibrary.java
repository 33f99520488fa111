package org.resetdesk.knowledge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.resetdesk.text.InvalidContentException;
import org.resetdesk.text.Language;
import org.resetdesk.text.YamlFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge base in use, reloaded when its files change. A file that no longer parses is reported in the log and
 * its last good version is kept, so a typo in one article never takes the others (or the bot) down. At start a
 * broken file stops the application, naming file and line. Thread-safe.
 */
public final class KnowledgeLibrary {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeLibrary.class);

    private final Path folder;
    private final ArticleParser parser = new ArticleParser();
    private final Map<String, KnowledgeArticle> lastGood = new HashMap<>();
    private Synonyms lastGoodSynonyms = Synonyms.NONE;
    private volatile KnowledgeBase current;
    private volatile long loadedStamp;

    private KnowledgeLibrary(Path folder) {
        this.folder = folder;
    }

    /** Loads the knowledge folder; throws {@link InvalidContentException} naming the first broken file. */
    public static KnowledgeLibrary load(Path folder) {
        KnowledgeLibrary library = new KnowledgeLibrary(folder);
        library.loadedStamp = KnowledgeFiles.lastModified(folder);
        library.current = library.build(KnowledgeFiles.read(folder), true);
        return library;
    }

    public KnowledgeBase current() {
        return current;
    }

    /** Reloads when a file changed since the last load; returns whether it did. */
    public synchronized boolean reloadIfChanged() {
        long stamp = KnowledgeFiles.lastModified(folder);
        if (stamp == loadedStamp) {
            return false;
        }
        loadedStamp = stamp;
        current = build(KnowledgeFiles.read(folder), false);
        log.info("Knowledge base reloaded: {} English and {} Romanian sections", current.size(Language.EN),
                current.size(Language.RO));
        return true;
    }

    /**
     * The articles, each section id used once per language: a second article using an id would hide the first
     * one's section from search. At start that stops the load; on reload the later file's article is left out.
     */
    private static List<KnowledgeArticle> withoutDuplicateIds(Map<String, KnowledgeArticle> articles,
            boolean strict) {
        List<KnowledgeArticle> kept = new ArrayList<>();
        Map<String, String> owner = new HashMap<>();
        for (Map.Entry<String, KnowledgeArticle> entry : new java.util.TreeMap<>(articles).entrySet()) {
            KnowledgeArticle article = entry.getValue();
            String clash = article.sections().stream()
                    .map(section -> article.language().code() + ":" + section.id())
                    .filter(owner::containsKey).findFirst().orElse(null);
            if (clash != null) {
                String message = "knowledge/" + entry.getKey() + ": section id '" + clash.substring(3)
                        + "' is already used in knowledge/" + owner.get(clash);
                if (strict) {
                    throw new InvalidContentException(message);
                }
                log.error("{} (this file is left out until that is fixed)", message);
                continue;
            }
            article.sections().forEach(section -> owner.put(article.language().code() + ":" + section.id(),
                    entry.getKey()));
            kept.add(article);
        }
        return kept;
    }

    private synchronized KnowledgeBase build(Map<String, String> files, boolean strict) {
        List<KnowledgeArticle> articles = new ArrayList<>();
        Map<String, KnowledgeArticle> good = new HashMap<>();
        Synonyms synonyms = files.containsKey(KnowledgeFiles.SYNONYMS) ? lastGoodSynonyms : Synonyms.NONE;
        for (Map.Entry<String, String> file : files.entrySet()) {
            String name = "knowledge/" + file.getKey();
            try {
                if (KnowledgeFiles.NOT_UTF8.equals(file.getValue())) {
                    throw new InvalidContentException(name + ": not UTF-8 text; save it as UTF-8");
                }
                if (file.getKey().equals(KnowledgeFiles.SYNONYMS)) {
                    synonyms = Synonyms.fromYaml(name, YamlFiles.parse(name, file.getValue()));
                    continue;
                }
                String[] parts = file.getKey().split("/", 2);
                Language language = Language.fromLocale(parts[0]).orElseThrow();
                String article = parts[1].substring(0, parts[1].length() - ".md".length());
                good.put(file.getKey(), parser.parse(name, article, language, file.getValue()));
            } catch (InvalidContentException e) {
                if (strict) {
                    throw e;
                }
                log.error("{} (the last good version of the file stays in use)", e.getMessage());
                KnowledgeArticle previous = lastGood.get(file.getKey());
                if (previous != null) {
                    good.put(file.getKey(), previous);
                }
            }
        }
        lastGood.clear();
        lastGood.putAll(good);
        lastGoodSynonyms = synonyms;
        articles.addAll(withoutDuplicateIds(good, strict));
        return new KnowledgeBase(articles, synonyms);
    }
}
