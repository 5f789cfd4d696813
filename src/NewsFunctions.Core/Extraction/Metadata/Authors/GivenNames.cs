namespace NewsFunctions.Extraction.Metadata.Authors;

/// <summary>
/// Common given names across the languages the extractor reads. Only used where a name's shape alone cannot tell
/// a person from a business ("Alexander Klier" and "Miami Today" are both two capitalised words): a site or a
/// copyright holder counts as a person only when it opens with one of these. Names that are also ordinary words
/// or places in these languages ("May", "Hope", "Paris", "Florence", "Jordan") are left out on purpose: a missed
/// owner costs less than a business passed off as a writer.
/// </summary>
internal static class GivenNames
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        // English
        "aaron", "adam", "adrian", "alan", "albert", "alex", "alexander", "alice", "alison", "amanda", "amy", "andrew", "andy",
        "angela", "anna", "anne", "anthony", "barbara", "ben", "benjamin", "beth", "betty", "brad", "brandon", "brenda", "brendan",
        "brian", "bryan", "carl", "carol", "caroline", "catherine", "charles", "charlie", "chris", "christina", "christine",
        "christopher", "claire", "colin", "craig", "cynthia", "daniel", "danny", "david", "deborah", "debbie", "dennis", "diana", "donald",
        "donna", "dorothy", "douglas", "dylan", "edward", "elizabeth", "ellen", "emily", "emma", "eric", "ethan", "gary", "george",
        "gerald", "gordon", "graham", "greg", "gregory", "hannah", "harold", "harry", "heather", "helen", "henry", "howard", "ian",
        "jack", "jacob", "james", "jamie", "jane", "janet", "jason", "jeff", "jeffrey", "jennifer", "jenny", "jeremy", "jerry", "jessica",
        "jim", "joan", "joe", "john", "jonathan", "joseph", "joshua", "joyce", "judith", "judy", "julie", "justin", "karen", "kate",
        "katherine", "kathleen", "kathy", "keith", "kelly", "kenneth", "kevin", "kimberly", "kyle", "larry", "laura", "lauren", "lawrence",
        "linda", "lisa", "louise", "lucy", "margaret", "maria", "marie", "mark", "martha", "martin", "mary", "matt", "matthew",
        "megan", "melissa", "michael", "michelle", "mike", "nancy", "natalie", "nathan", "neil", "nicholas", "nick", "nicole", "oliver",
        "pamela", "patricia", "patrick", "paul", "peter", "philip", "phillip", "rachel", "ralph", "randy", "raymond", "rebecca", "richard",
        "robert", "roger", "ronald", "russell", "ruth", "ryan", "samantha", "samuel", "sandra", "sarah", "scott", "sean", "sharon",
        "simon", "sophie", "stephanie", "stephen", "steve", "steven", "susan", "teresa", "terry", "thomas", "timothy", "tom", "tony",
        "tyler", "virginia", "walter", "wayne", "william", "zachary",
        // German, Austrian, Swiss
        "achim", "alexandra", "andrea", "andreas", "anja", "annette", "antje", "armin", "axel", "bernd", "bernhard", "bettina",
        "birgit", "björn", "brigitte", "carsten", "christa", "christian", "christiane", "christoph", "claudia", "cornelia", "dagmar",
        "detlef", "dieter", "dirk", "doris", "elke", "erich", "erika", "ernst", "felix", "florian", "frank", "franz", "friedrich",
        "gabriele", "gerhard", "gisela", "gudrun", "günter", "günther", "hans", "harald", "heike", "heinz", "helga", "helmut",
        "herbert", "holger", "horst", "ingrid", "jan", "jana", "jens", "joachim", "jochen", "johann", "johanna", "johannes", "jörg",
        "jürgen", "julia", "jutta", "karin", "karl", "katharina", "katja", "klaus", "kerstin", "lars", "lukas", "manfred",
        "manuela", "marco", "marcus", "markus", "marion", "martina", "matthias", "maximilian", "michaela", "monika", "nadine",
        "nina", "norbert", "olaf", "petra", "rainer", "ralf", "reinhard", "renate", "rolf", "rüdiger", "sabine",
        "sebastian", "silke", "silvia", "simone", "stefan", "stefanie", "steffen", "susanne", "sven", "thorsten", "tobias",
        "torsten", "ulrich", "ulrike", "ursula", "uwe", "volker", "werner", "wolfgang", "yvonne",
        // French
        "alain", "amélie", "anaïs", "antoine", "arnaud", "aurélie", "bernard", "camille", "céline", "chantal",
        "christophe", "claude", "delphine", "didier", "dominique", "élise", "émilie", "éric", "étienne", "fabien", "françois",
        "françoise", "frédéric", "guillaume", "hélène", "isabelle", "jacques", "jean", "jérôme", "julien", "laurent", "léa",
        "louis", "lucie", "manon", "marc", "mathieu", "michel", "nathalie", "nicolas", "olivier", "pascal", "philippe", "pierre",
        "sébastien", "stéphane", "sylvie", "thierry", "valérie", "véronique", "vincent", "yves",
        // Spanish, Portuguese
        "alejandro", "ana", "andrés", "antonio", "beatriz", "carlos", "carmen", "cristina", "diego", "eduardo", "elena", "enrique",
        "fernando", "francisco", "gabriel", "gonzalo", "guillermo", "ignacio", "isabel", "javier", "joão", "jorge", "josé", "juan",
        "julio", "lucía", "luis", "manuel", "marta", "miguel", "mónica", "pablo", "paula", "pedro", "rafael", "ramón",
        "raquel", "ricardo", "roberto", "rodrigo", "rosa", "sergio", "vicente",
        // Italian
        "alessandro", "alessandra", "angelo", "chiara", "davide", "elisa", "emanuele", "federica", "federico", "francesca",
        "francesco", "giacomo", "gianluca", "giorgio", "giovanni", "giulia", "giuseppe", "lorenzo", "luca", "lucia", "matteo",
        "maurizio", "paolo", "roberta", "salvatore", "simona", "stefano", "valentina",
        // Dutch, Nordic, Polish, Czech, Russian
        "anders", "annika", "bart", "daan", "erik", "henrik", "jaap", "jeroen", "joost", "karel", "kees", "lotte",
        "maarten", "magnus", "mikael", "niels", "pieter", "sanne", "wim", "agnieszka", "andrzej", "katarzyna",
        "krzysztof", "magdalena", "marek", "piotr", "tomasz", "jiří", "petr", "alexei", "dmitri", "ivan", "natalia", "olga",
        "sergei", "vladimir", "yuri",
    };

    /// <summary>True when the word is one of the common given names.</summary>
    public static bool Contains(string word) => Names.Contains(word);
}
