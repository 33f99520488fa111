package org.resetdesk.conversation.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.resetdesk.conversation.Intent;
import org.resetdesk.conversation.Recognition;
import org.resetdesk.text.Language;
import org.resetdesk.text.TextFolding;

/**
 * The shipped examples route messages they do not contain. Every sentence here was written for this test and is not
 * an example (one test checks that), so passing shows generalisation rather than lookup.
 */
class IntentClassifierTest {

    private static final IntentClassifier CLASSIFIER = IntentClassifier.load(Path.of("dialogs"));

    @ParameterizedTest(name = "{1} -> {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            reset_password   | I've forgotten the password to my account
            reset_password   | could you help me get a new password
            reset_password   | my password doesn't work anymore, can I reset it
            reset_password   | reset password for me pls
            reset_password   | I need to change my password right away
            reset_password   | forgot the password again, ugh
            unlock_account   | my account seems to be locked
            unlock_account   | locked out of my account after trying too many times
            unlock_account   | could you unlock my account please
            unlock_account   | I am blocked, it says the account is locked
            unlock_account   | account got locked this morning
            register_methods | I'd like to add my new mobile number for verification
            register_methods | set up the authenticator on my phone
            register_methods | update the phone number for password reset
            register_methods | I want to change my security questions and answers
            register_methods | register a backup email
            register_methods | add my personal email as a recovery option
            faq              | how many minutes is the code valid for
            faq              | why did it reject my new password
            faq              | I never received the text message with the code
            faq              | how long does the lockout last
            faq              | can I do the reset on my mobile phone
            faq              | which methods can I use to verify myself
            out_of_scope     | the printer on the second floor is jammed
            out_of_scope     | what's the weather in Bucharest
            out_of_scope     | I want to order a new laptop
            greeting         | hello there bot
            greeting         | good morning to you
            greeting         | hey, anybody home?
            greeting         | hi hi
            help             | what are you able to help with
            help             | I need some help here
            help             | what can I do here
            help             | show me what you can do
            cancel           | cancel it
            cancel           | forget about that
            cancel           | stop, I don't want this
            cancel           | never mind, leave it
            human_handoff    | I want to speak to a human being
            human_handoff    | please connect me to a real agent
            human_handoff    | how do I reach the helpdesk
            human_handoff    | can I talk to someone from support
            human_handoff    | give me a real person
            """)
    void classify_englishMessage_routesToItsIntent(String label, String text) {
        assertRoutes(text, label);
    }

    @ParameterizedTest(name = "{1} -> {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            reset_password   | am uitat parola de la cont
            reset_password   | vreau sa-mi resetez parola va rog
            reset_password   | nu imi mai amintesc parola
            reset_password   | parola nu mai functioneaza, vreau una noua
            reset_password   | aș vrea să-mi resetez parola acum
            reset_password   | cum pot sa-mi schimb parola?
            reset_password   | am uitat parola de la laptop
            unlock_account   | mi s-a blocat contul azi dimineata
            unlock_account   | contul e blocat, ma ajuti?
            unlock_account   | deblocheaza contul meu
            unlock_account   | am contul blocat dupa prea multe incercari
            unlock_account   | nu pot intra, contul este blocat
            unlock_account   | aș vrea să îmi deblochezi contul
            register_methods | vreau sa adaug numarul de telefon nou
            register_methods | configureaza aplicatia authenticator
            register_methods | schimba emailul de recuperare
            register_methods | vreau sa-mi actualizez intrebarile de securitate
            register_methods | am schimbat numarul, vreau sa-l actualizez
            register_methods | vreau sa schimb numarul de telefon din contul de resetare
            faq              | cat timp este valabil codul primit
            faq              | de ce nu mi-a acceptat parola
            faq              | administratorii trebuie sa aiba doua metode?
            faq              | nu primesc sms cu codul
            faq              | cate caractere minim are parola
            out_of_scope     | nu functioneaza imprimanta de la etajul 2
            out_of_scope     | cum instalez vpn
            out_of_scope     | cum va fi vremea azi
            out_of_scope     | vreau un laptop nou
            out_of_scope     | cat e ora
            greeting         | salut!
            greeting         | buna ziua, robotule
            greeting         | hei, salutare
            greeting         | buna, salut
            help             | cu ce ma ajuti?
            help             | ce pot face aici
            help             | am nevoie de putin ajutor
            help             | ce stii sa faci tu
            cancel           | anuleaza asta
            cancel           | nu mai vreau sa continui
            cancel           | las-o, m-am razgandit
            cancel           | opreste tot
            cancel           | nu mai vreau, anuleaza
            human_handoff    | vreau sa vorbesc cu o persoana
            human_handoff    | conecteaza-ma la un operator
            human_handoff    | cum contactez helpdesk-ul
            human_handoff    | pot vorbi cu cineva de la suport?
            """)
    void classify_romanianMessage_routesToItsIntent(String label, String text) {
        assertRoutes(text, label);
    }

    @ParameterizedTest(name = "{1} -> {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            reset_password   | i forgott my passwrod
            reset_password   | need to reset my passwrd, cant get into outlook
            reset_password   | i cannot remember my pasword
            reset_password   | cant remember my pass, need a new one
            reset_password   | am uitat parol
            reset_password   | vreau reset la parola pls
            reset_password   | vreau sa fac reset la password
            reset_password   | nu mai stiu password-ul
            reset_password   | am uitat password-ul de la windows
            unlock_account   | unlock my accnt
            unlock_account   | acount is lockd
            unlock_account   | contu meu e blocat
            unlock_account   | deblocati-mi contu
            unlock_account   | mi s-a blocat account-ul
            unlock_account   | please deblocheaza contul
            unlock_account   | my contul e blocat
            unlock_account   | pot sa fac unlock la account?
            """)
    void classify_typosMissingDiacriticsAndMixedLanguage_stillRouteToTheIntent(String label, String text) {
        assertRoutes(text, label);
    }

    @ParameterizedTest(name = "{1} -> {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            faq | what does SSPR_0010 mean
            faq | what does the error SSPR_0030 mean
            faq | ce inseamna eroarea SSPR_0013
            faq | ce inseamna codul de eroare 0010
            faq | how long is the sms code good for
            faq | cat timp ramane valabil codul
            faq | do administrators need two verification methods
            faq | do I need to register first before resetting
            faq | is a license needed for password reset
            faq | will the new password sync to our local active directory
            """)
    void classify_questionAboutResetOrSignIn_goesToFaq(String label, String text) {
        assertRoutes(text, label);
    }

    @Test
    void classify_wifiPasswordForGuests_isOutOfScopeNotAReset() {
        assertRoutes("the wifi password for guests", "out_of_scope");
        assertRoutes("what is the guest wifi password", "out_of_scope");
        assertRoutes("what's the wifi pass for visitors", "out_of_scope");
        assertRoutes("parola de la wifi pentru musafiri", "out_of_scope");
        assertRoutes("parola de la wifi pentru guest", "out_of_scope");
    }

    @Test
    void classify_someoneElsesOrASharedPassword_isOutOfScope() {
        assertRoutes("reset the password of the shared mailbox", "out_of_scope");
        assertRoutes("shared mailbox password please", "out_of_scope");
        assertRoutes("what is my coworker's password", "out_of_scope");
        assertRoutes("can you reset the password for my boss", "out_of_scope");
        assertRoutes("care e parola casutei de mail comune", "out_of_scope");
    }

    @ParameterizedTest
    @ValueSource(strings = {"asdkjh qwpoeiru", "zzzz xxxx", "qwerty uiop", "lorem ipsum dolor", "fjfjfj", "xq7 vvbn"})
    void classify_gibberish_hasLowConfidence(String text) {
        assertThat(CLASSIFIER.classify(text).confidence()).isLessThan(0.15);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "?!", "..."})
    void classify_blankMessage_isNoneWithZeroConfidence(String text) {
        assertThat(CLASSIFIER.classify(text)).isEqualTo(new Recognition(Intent.NONE, 0.0));
    }

    @Test
    void classify_clearMessage_isConfident() {
        assertThat(CLASSIFIER.classify("I forgot my password, please reset it").confidence()).isGreaterThan(0.7);
        assertThat(CLASSIFIER.classify("mi s-a blocat contul, te rog deblocheaza-l").confidence()).isGreaterThan(0.7);
    }

    @Test
    void match_reportsTheNearestExampleOfTheWinningIntent() {
        IntentMatch match = CLASSIFIER.match("please, my account is locked!");

        assertThat(match.intent()).isEqualTo(Intent.UNLOCK_ACCOUNT);
        assertThat(match.nearestExample()).isEqualTo("my account is locked");
        assertThat(match.similarity()).isGreaterThan(0.5).isLessThanOrEqualTo(1.0);
        assertThat(match.recognition()).isEqualTo(new Recognition(Intent.UNLOCK_ACCOUNT, match.confidence()));
    }

    @Test
    void match_anExampleItself_isItsIntentWithFullConfidence() {
        IntentMatch match = CLASSIFIER.match("Mi-am uitat parola!");

        assertThat(match.intent()).isEqualTo(Intent.RESET_PASSWORD);
        assertThat(match.similarity()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void classify_anyMessage_givesConfidenceBetweenZeroAndOne() {
        for (String text : List.of("reset", "x", "help me with the wifi password of my colleague's account please",
                "ce inseamna 0014", "a a a a a a", "1234", "parola parola parola")) {
            assertThat(CLASSIFIER.classify(text).confidence()).as(text).isBetween(0.0, 1.0);
        }
    }

    @Test
    void testSentences_areNotExamples() {
        var examples = IntentExamples.load(Path.of("dialogs")).all().stream()
                .map(example -> TextFolding.fold(example.text())).toList();

        assertThat(examples).doesNotContain("the wifi password for guests", "can you reset the password for my boss",
                "am uitat parol", "cat dureaza blocarea dupa incercari gresite", "how long does the lockout last",
                "cu ce ma ajuti", "hei salutare", "buna seara", "give me a real person");
    }

    @Test
    void classify_typicalMessage_takesWellUnderAMillisecond() {
        List<String> messages = List.of("I forgot my password and can't log into outlook",
                "mi s-a blocat contul dupa prea multe incercari", "what does SSPR_0014 mean", "the wifi password for guests",
                "vreau sa imi schimb numarul de telefon pentru verificare");
        for (int i = 0; i < 2_000; i++) {
            CLASSIFIER.classify(messages.get(i % messages.size()));
        }
        int calls = 5_000;
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            CLASSIFIER.classify(messages.get(i % messages.size()));
        }
        double microsPerCall = (System.nanoTime() - start) / 1_000.0 / calls;

        assertThat(microsPerCall).isLessThan(250.0);
    }

    @Test
    void classify_fromManyThreads_givesTheSameAnswers() throws Exception {
        List<String> messages = List.of("forgot my password", "contul meu e blocat", "what is error 0012",
                "talk to a human", "cat e ceasul");
        List<Recognition> expected = messages.stream().map(CLASSIFIER::classify).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Recognition>>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> {
                    List<Recognition> last = null;
                    for (int i = 0; i < 500; i++) {
                        last = messages.stream().map(CLASSIFIER::classify).toList();
                    }
                    return last;
                }));
            }
            for (Future<List<Recognition>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void train_examplesOfOneLanguageOnly_stillRoutesThatLanguage() {
        IntentClassifier english = IntentClassifier.train(IntentExamples.of(IntentExamples.load(Path.of("dialogs"))
                .all().stream().filter(example -> example.language() == Language.EN).toList()));

        assertThat(english.classify("I've forgotten the password to my account").intent())
                .isEqualTo(Intent.RESET_PASSWORD);
    }

    private static void assertRoutes(String text, String label) {
        IntentMatch match = CLASSIFIER.match(text);
        assertThat(match.intent().label())
                .as("'%s' went to %s (confidence %.2f, nearest '%s')", text, match.intent().label(),
                        match.confidence(), match.nearestExample())
                .isEqualTo(label);
    }
}
