package org.resetdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.resetdesk.text.Language;

/** The shipped knowledge base: its coverage, and how questions find sections in it. */
class KnowledgeBaseTest {

    /** The sections the product promises (shared/eval/README.md). */
    private static final List<String> REQUIRED = List.of("registration-how", "registration-required",
            "admin-prepopulate-data", "methods-available", "methods-required-count", "mobile-app-notification",
            "security-questions", "lockout-throttling", "code-not-received", "code-expiry-session",
            "phone-number-format", "languages-supported", "mobile-browser-support", "unlock-account-ad",
            "windows-signin-reset", "admin-policy", "block-reset-or-change", "change-vs-reset", "reports-audit",
            "writeback", "password-rejected-policy", "reset-error-not-enabled", "license-requirements",
            "reset-error-missing-info", "reset-error-onprem", "generic-error-support-code", "reset-notification-email");

    private final KnowledgeBase base = TestKnowledge.LIBRARY.current();
    private final KnowledgeAnswers answers = new KnowledgeAnswers(TestKnowledge.LIBRARY,
            KnowledgeProperties.defaults());

    @Test
    void everyRequiredSection_existsInBothLanguages() {
        for (Language language : Language.values()) {
            for (String id : REQUIRED) {
                assertThat(base.section(language, id)).as(language + " " + id).isPresent();
            }
        }
    }

    @Test
    void bothLanguages_haveTheSameSectionIdsAndArticles() {
        assertThat(ids(Language.RO)).isEqualTo(ids(Language.EN));
        for (KnowledgeArticle article : base.articles(Language.EN)) {
            assertThat(base.article(Language.RO, article.name())).as(article.name()).isPresent();
        }
    }

    @Test
    void everySection_hasAlternateQuestionsAndAnAnswer() {
        for (Language language : Language.values()) {
            for (KnowledgeArticle article : base.articles(language)) {
                for (KnowledgeSection section : article.sections()) {
                    assertThat(section.questions()).as(section.source()).hasSizeGreaterThanOrEqualTo(3);
                    assertThat(section.markdown()).as(section.source()).hasSizeGreaterThan(100);
                }
            }
        }
    }

    @Test
    void typicalQuestions_areAnsweredFromTheirSection() {
        assertAnswered("the text message with my code never showed up", Language.EN, "code-not-received");
        assertAnswered("how many minutes is the verification code good for", Language.EN, "code-expiry-session");
        assertAnswered("what licence do we need for self-service reset", Language.EN, "license-requirements");
        assertAnswered("de ce nu îmi acceptă parola nouă", Language.RO, "password-rejected-policy");
        assertAnswered("ce înseamnă SSPR_0014", Language.RO, "reset-error-missing-info");
    }

    @Test
    void closeness_isHighestForTheSectionAskedTheWayTheQuestionIs_thoughBothMentionItsWords() {
        KnowledgeSection asked = new KnowledgeSection("asked", Language.EN, "a", "What is a recovery phone?",
                List.of("Which number is my recovery phone?"), "The number codes are sent to when you reset.",
                List.of());
        KnowledgeSection mentions = new KnowledgeSection("mentions", Language.EN, "a",
                "Codes by text message stopped arriving",
                List.of("The recovery phone gets no code, what now?"), "Check the recovery phone's signal.",
                List.of());
        KnowledgeIndex index = new KnowledgeIndex(Language.EN, List.of(asked, mentions));

        List<Candidate> found = index.search("what is a recovery phone", List.of());

        assertThat(found).extracting(candidate -> candidate.section().id()).containsExactly("asked", "mentions");
        assertThat(found.get(0).closeness()).isEqualTo(1.0);
        assertThat(found.get(1).closeness()).isLessThan(0.8);
    }

    @Test
    void closeness_staysWithinZeroAndOne_evenWhenSynonymsMeetTheSameWord() {
        assertThat(base.search("înregistrare înregistrez configurare setup telefon mobil număr", Language.RO))
                .isNotEmpty()
                .allSatisfy(candidate -> assertThat(candidate.closeness()).isBetween(0.0, 1.0));
    }

    @Test
    void aTypo_isOneLetterReplaced_addedOrDropped_orTwoNeighboursSwapped() {
        assertThat(KnowledgeIndex.withinOneEdit("resetare", "resteare")).isTrue();
        assertThat(KnowledgeIndex.withinOneEdit("parola", "parloa")).isTrue();
        assertThat(KnowledgeIndex.withinOneEdit("parola", "parolla")).isTrue();
        assertThat(KnowledgeIndex.withinOneEdit("parola", "palora")).isFalse(); // letters swapped across one
        assertThat(KnowledgeIndex.withinOneEdit("parola", "praloa")).isFalse(); // two swaps
    }

    @Test
    void aQuotedErrorCode_answersTheSectionWhoseHeadingNamesIt_inAnySpelling() {
        assertAnswered("am primit eroarea sspr0014 cand incerc sa-mi resetez parola de pe telefon", Language.RO,
                "reset-error-missing-info");
        assertAnswered("SSPR_0029 shows up on the reset page", Language.EN, "reset-error-onprem");
    }

    @Test
    void romanianLetters_matchWithOrWithoutDiacritics_andInBothCedillaAndCommaForms() {
        String withCommas = "ce înseamnă eroarea SSPR_0014 și ce fac";
        String withCedillas = "ce înseamnă eroarea SSPR_0014 şi ce fac";
        String plain = "ce inseamna eroarea SSPR_0014 si ce fac";

        String expected = top(withCommas, Language.RO);
        assertThat(top(withCedillas, Language.RO)).isEqualTo(expected);
        assertThat(top(plain, Language.RO)).isEqualTo(expected);
        KnowledgeIndex index = new KnowledgeIndex(Language.RO, List.of());
        assertThat(index.terms("ș ş s ț ţ t ă â a î i")).containsExactly("s", "t", "a", "i");
    }

    @Test
    void aQuestionOutsideTheKnowledgeBase_isNotAnswered_evenWithACommonWordInIt() {
        // "guests" and "password" bring the section on guest accounts near; it may be offered, never answered
        // (the router then takes the examples' "out of scope", as ConversationEvaluation measures).
        assertThat(answers.lookup("what is the wifi password for guests", Language.EN).kind())
                .isNotEqualTo(Lookup.Kind.ANSWER);
        assertThat(answers.lookup("când se dau salariile luna asta", Language.RO).kind())
                .isNotEqualTo(Lookup.Kind.ANSWER);
    }

    @Test
    void confidence_doesNotGrowWithTheQuestionsLength() {
        double shortQuestion = answers.lookup("code never arrived", Language.EN).confidence();
        double longQuestion = answers.lookup("I waited and waited but the code never arrived, so what now?",
                Language.EN).confidence();

        assertThat(shortQuestion).isBetween(0.0, 1.0);
        assertThat(longQuestion).isBetween(0.0, 1.0);
        assertThat(Math.abs(shortQuestion - longQuestion)).isLessThan(0.35);
    }

    @Test
    void aTypo_stillFindsTheSection() {
        assertThat(top("my acount is lockd after too many atempts", Language.EN))
                .isIn("lockout-throttling", "unlock-account-ad", "account-keeps-locking");
    }

    @Test
    void synonyms_letOneNameFindTheOther() {
        assertThat(top("2FA app notification or code", Language.EN)).isEqualTo("mobile-app-notification");
    }

    @Test
    void aSynonymOfSeveralWords_standsForTheWordOnlyWhereAllOfItsWordsAre() {
        KnowledgeSection mentionsPassword = new KnowledgeSection("password", Language.EN, "a",
                "Choosing a strong password", List.of("What makes a good password?"), "Use a long passphrase.",
                List.of());
        KnowledgeSection aboutWriteback = new KnowledgeSection("writeback", Language.EN, "a",
                "Writing a reset password back", List.of("Is password writeback on?"), "It sends passwords home.",
                List.of());
        KnowledgeIndex index = new KnowledgeIndex(Language.EN, List.of(mentionsPassword, aboutWriteback));
        Synonyms synonyms = new Synonyms(List.of(List.of("writeback", "password writeback")));

        List<Candidate> found = index.search("writeback", synonyms.matches("writeback"));

        // "password writeback" must not count as covering "writeback" through "password" alone
        assertThat(found).extracting(candidate -> candidate.section().id()).containsExactly("writeback");
    }

    @Test
    void romanianForms_ofOneWord_meetAfterStemming() {
        KnowledgeIndex index = new KnowledgeIndex(Language.RO, List.of());

        assertThat(index.terms("parola parolei parolelor")).containsExactly("parol");
        assertThat(index.terms("contul conturile")).containsExactly("cont");
        assertThat(index.terms("numărul numerele")).containsExactly("numar");
        assertThat(index.terms("resetez resetarea")).containsExactly("reset");
        assertThat(index.terms("metoda metodele")).containsExactly("metod");
    }

    @Test
    void romanianQuestionWords_areKept_likeEnglishOnes() {
        assertThat(new KnowledgeIndex(Language.RO, List.of()).terms("cum mă înregistrez")).contains("cum");
        assertThat(new KnowledgeIndex(Language.EN, List.of()).terms("how do I register")).contains("how");
    }

    @Test
    void englishPronounsAuxiliariesAndContractions_sayNothingOfTheTopic() {
        assertThat(new KnowledgeIndex(Language.EN, List.of()).terms("I haven't got my code, doesn't it work?"))
                .containsExactly("got", "code", "work");
    }

    @Test
    void aStemOneLetterShort_isForgivenOnlyADroppedLetter() {
        KnowledgeSection rejected = new KnowledgeSection("rejected", Language.EN, "a", "Why was it rejected?",
                List.of("The new password is refused"), "It was too short.", List.of());
        KnowledgeIndex index = new KnowledgeIndex(Language.EN, List.of(rejected));

        assertThat(index.corrections("rejct")).containsExactly("reject");
        assertThat(index.corrections("rebect")).containsExactly("reject"); // six letters: a replaced one is a typo
        assertThat(index.corrections("rejeb")).isEmpty(); // five letters: only a missing one is
    }

    @Test
    void aQuestionInTheOtherLanguage_isAnsweredInTheUsersLanguage() {
        Lookup lookup = answers.lookup("nu primesc codul prin SMS", Language.EN);

        assertThat(lookup.best().section().id()).isEqualTo("code-not-received");
        assertThat(lookup.best().section().language()).isEqualTo(Language.EN);
    }

    private void assertAnswered(String question, Language language, String id) {
        Lookup lookup = answers.lookup(question, language);
        assertThat(lookup.kind()).as(question).isEqualTo(Lookup.Kind.ANSWER);
        assertThat(lookup.best().section().id()).as(question).isEqualTo(id);
    }

    private String top(String question, Language language) {
        return base.search(question, language).get(0).section().id();
    }

    private Set<String> ids(Language language) {
        return base.articles(language).stream().flatMap(article -> article.sections().stream())
                .map(KnowledgeSection::id).collect(Collectors.toSet());
    }
}
