/// Words too common to suggest as codes: Dutch and English function words and the fillers of
/// spoken language ("eigenlijk", "gewoon", "zeg maar"), folded (lower case, no accents).
enum StopWords {
    /// Dutch and English stop words together.
    static let all: Set<String> = Set(dutch + english)

    /// Dutch: function words, frequent verbs and adverbs, and spoken-language fillers.
    static let dutch: [String] = [
        "aan", "aangezien", "al", "alle", "allemaal", "alleen", "alles", "als", "altijd", "ander", "andere", "anders",
        "beetje", "behalve", "beide", "ben", "benen", "best", "bij", "bijna", "bijv", "bijvoorbeeld", "binnen", "bent",
        "daar", "daarbij", "daarin", "daarmee", "daarna", "daarom", "daarvan", "daarvoor", "dacht", "dag", "dan",
        "dank", "dat", "de", "deed", "den", "denk", "denken", "der", "deze", "die", "dik", "dingen", "ding", "dit",
        "doe", "doen", "door", "dus", "echt", "een", "eens", "eerst", "eerste", "eh", "ehm", "eigen", "eigenlijk",
        "elk", "elke", "en", "enige", "enkele", "er", "erg", "ergens", "even", "geen", "gehad", "geweest", "gewoon",
        "gezegd", "gaan", "gaat", "ga", "ging", "gingen", "goed", "goede", "gedaan", "gekomen", "gemaakt", "genoeg",
        "haar", "had", "hadden", "heb", "hebben", "hebt", "heeft", "hele", "heel", "hem", "hen", "het", "hier", "hij",
        "hoe",
        "hoor", "hun", "iemand", "iets", "ik", "in", "inderdaad", "is", "ja", "jaar", "jaren", "je", "jij", "jou",
        "jouw", "juist", "kan", "keer", "kijk", "kijken", "kom", "komen", "komt", "kon", "konden", "kun", "kunnen",
        "kunt", "laat", "laten", "leuk", "maak", "maakt", "maar", "maken", "me", "mee", "meer", "men", "met", "mij",
        "mijn", "misschien", "moest", "moesten", "moet", "moeten", "mocht", "mogen", "na", "naar", "natuurlijk",
        "nee", "net", "niet", "niets", "niks", "nog", "nogal", "nooit", "nou", "nu", "of", "ok", "oke", "okay",
        "om", "omdat", "ondanks", "onder", "ons", "onze", "ook", "op", "over", "precies", "redelijk", "s", "sommige",
        "soms", "staat", "steeds", "t", "te", "tegen", "toch", "toe", "toen", "tot", "tussen", "u", "uh", "uit",
        "uw", "vaak", "van", "veel", "verder", "vind", "vinden", "vond", "voor", "vooral", "vrij", "waar", "waarom",
        "wanneer", "want", "waren", "was", "wat", "we", "weer", "weet", "weten", "wel", "welk", "welke", "werd",
        "werden", "wie", "wij", "wil", "wilde", "willen", "word", "worden", "wordt", "zal", "zat", "ze", "zeg",
        "zeggen", "zegt", "zei", "zelf", "zich", "zie", "zien", "ziet", "zij", "zijn", "zo", "zoals", "zodat", "zou",
        "zouden", "zulke", "zullen", "zo'n", "zeker", "zitten", "zit", "zaten", "hè", "he", "hun", "mensen", "iedereen",
        "waren", "wordt", "echte", "ongeveer", "helemaal", "erbij", "eraan", "erover", "ervan", "ermee", "erin",
        "daaraan", "daarover", "hebt", "bepaalde", "ieder", "iedere", "tijd", "manier", "nodig", "soort", "paar",
        "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "eentje", "weinig", "minder",
        "moment", "vaker", "keer", "kwam", "kwamen", "zag", "zagen", "gezien", "zeggen", "snap", "weetje",
        "prima", "graag", "succes", "top", "hoi", "dag", "doei", "bedankt", "fijn", "mooi", "tja", "nouja", "oeh",
        "ach", "hmm", "mm", "mwah", "zeker", "sowieso", "trouwens", "overigens", "namelijk", "ligt", "liggen",
        "gaan", "staan", "zetten", "zette", "loopt", "liep", "lopen", "ergens", "iets", "soms", "meestal",
    ]

    /// English: function words, frequent verbs and spoken-language fillers.
    static let english: [String] = [
        "a", "about", "above", "actually", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as",
        "at", "basically", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
        "can", "could", "did", "do", "does", "doing", "don", "done", "down", "during", "each", "even", "every",
        "few", "for", "from", "further", "get", "gets", "getting", "go", "goes", "going", "gone", "got", "had", "has",
        "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its",
        "just", "kind", "know", "like", "ll", "lot", "m", "made", "make", "many", "maybe", "me", "mean", "more",
        "most", "much", "must", "my", "no", "nor", "not", "now", "of", "off", "oh", "ok", "okay", "on", "once",
        "one", "only", "or", "other", "our", "out", "over", "own", "re", "really", "right", "said", "same", "say",
        "see", "she", "should", "so", "some", "something", "such", "t", "than", "that", "the", "their", "them", "then",
        "there", "these", "they", "thing", "things", "think", "this", "those", "through", "to", "too", "um", "uh",
        "under", "until", "up", "ve", "very", "want", "was", "way", "we", "well", "were", "what", "when", "where",
        "which", "while", "who", "why", "will", "with", "would", "yeah", "yes", "you", "your", "yours",
    ]
}
