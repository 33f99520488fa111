package org.resetdesk.knowledge;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Answering from the knowledge base ({@code resetdesk.knowledge.*}).
 *
 * @param answerThreshold  τ: the confidence from which the best section is answered
 * @param suggestThreshold the confidence from which a section is offered under "Did you mean"
 * @param tieMargin        when the second section's rank score is within this share of the best's (and its
 *                         confidence reaches τ too), the user is asked which one
 * @param askedMargin      when the best section is asked nearly as the question is (its heading or an alternate
 *                         question) by this much more than every close rival, it is answered despite the tie
 * @param reloadInterval   how often the knowledge folder is checked for changed files (0 to never)
 * @param answerLength     about how many characters of a section an answer shows before "Read more"
 */
@Validated
@ConfigurationProperties("resetdesk.knowledge")
public record KnowledgeProperties(
        @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.55") double answerThreshold,
        @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.30") double suggestThreshold,
        @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.05") double tieMargin,
        @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.20") double askedMargin,
        @NotNull @DefaultValue("2s") Duration reloadInterval,
        @DefaultValue("700") int answerLength) {

    public KnowledgeProperties {
        if (suggestThreshold > answerThreshold) {
            throw new IllegalArgumentException("resetdesk.knowledge.suggest-threshold (" + suggestThreshold
                    + ") must not be above resetdesk.knowledge.answer-threshold (" + answerThreshold + ")");
        }
        if (answerLength < 200) {
            throw new IllegalArgumentException("resetdesk.knowledge.answer-length must be at least 200");
        }
    }

    /** The defaults, for tools outside Spring. */
    public static KnowledgeProperties defaults() {
        return new KnowledgeProperties(0.55, 0.30, 0.05, 0.20, Duration.ofSeconds(2), 700);
    }
}
