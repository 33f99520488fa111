package org.resetdesk.knowledge;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Thumbs up and down on answers, as events (the most recent {@value #KEPT}). Thread-safe. */
public final class KnowledgeFeedback {

    static final int KEPT = 10_000;

    /** One vote on an answer. */
    public record Vote(Instant time, String sectionId, String language, boolean helpful) {
    }

    private final Clock clock;
    private final Deque<Vote> votes = new ArrayDeque<>();

    public KnowledgeFeedback(Clock clock) {
        this.clock = clock;
    }

    public void record(String sectionId, String language, boolean helpful) {
        synchronized (votes) {
            votes.addLast(new Vote(clock.instant(), sectionId, language, helpful));
            while (votes.size() > KEPT) {
                votes.removeFirst();
            }
        }
    }

    public List<Vote> votes() {
        synchronized (votes) {
            return new ArrayList<>(votes);
        }
    }
}
