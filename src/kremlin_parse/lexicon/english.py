"""The English edition (en.kremlin.ru): its words, as data."""

from __future__ import annotations

from .vocabulary import Vocabulary, frozen_map

ENGLISH = Vocabulary(
    language="en",
    section_words=frozenset({"Events"}),
    page_ends=frozenset({"Text version"}),
    tag_headings=frozen_map({
        "See also": "see_also",
        "Geography": "geography",
        "Topics": "topics",
        "Persons": "persons",
    }),
    publication_status=frozenset({"Publication status"}),
    field_labels=frozen_map({
        "Published in sections:": "published_in",
        "Published in section:": "published_in",
        "Publication date:": "published_at",
        "Direct link:": "url",
    }),
    chrome=frozenset({
        "View settings", "Font size:", "Site colours:", "Images", "Settings",
        "Official website of the President of Russia", "Print version",
    }),
    chrome_prefixes=("Join Date:", "Posts:", "Location:", "Thanks:", "Reputation:",
                     "Quote:", "Originally Posted by", "Last edited by", "Posted by", "Labels:",
                     "No comments", "Post a Comment", "Blog Archive"),
    licence_marks=("Creative Commons Attribution 4.0",),
    related_news=("Related news",),
    source_lines=frozen_map({"The source of information -": "url"}),
    agency_date_word="date",
    announcement_words=("Announcement for",),
    lead_openers=("Vladimir Putin ", "The President ", "President ", "The head of state ", "In ",
                  "At ", "Prior to "),
    months=frozen_map({
        name: number
        for number, names in enumerate(
            [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
             ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
             ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
             ("december", "dec")],
            start=1,
        )
        for name in names
    }),
    month_names=("January", "February", "March", "April", "May", "June", "July", "August",
                 "September", "October", "November", "December"),
    date_format="{month} {day}, {year}",
    month_first=True,
    also_day_first=True,
    year_words=(),
    weekdays=frozenset({
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    }),
    patronymic_endings=(),
    adjective_endings=(),
    counter_word="of",
    more_counter="{count} more",
    generic_labels=frozenset({
        "Question", "Remark", "Reply", "Answer", "Response", "Comment", "Voice", "Voices",
        "Audience", "Moderator", "Host", "Presenter", "Correspondent", "Journalist",
        "Interpreter", "Announcer", "Participant", "Speaker",
    }),
    generic_label_links=frozenset({"from"}),
    descriptor_nouns=frozenset({
        "moderator", "host", "presenter", "correspondent", "interviewer", "anchor", "chair",
        "journalist", "reporter",
    }),
    label_chrome_words=frozenset({
        "message", "note", "archives", "categories", "category", "menu", "share", "tags",
        "comments", "contact", "source", "photo", "posted", "search", "login",
    }),
    role_words=frozenset({
        "President", "Minister", "Secretary", "General", "Aide", "Chairman", "Chairwoman",
        "Chair", "Chairperson", "Governor", "Mayor", "Director", "Head", "Chief", "Prosecutor",
        "Ambassador", "Commander", "Commander-in-Chief", "Envoy", "Representative",
        "Ombudsman", "Commissioner", "CEO", "Chancellor", "King", "Queen", "Emperor", "Prince",
        "Emir", "Sultan", "Patriarch", "Metropolitan", "Rector", "Speaker", "Manager",
        "Officer", "Administrator", "Premier", "Leader", "Founder", "Editor-in-Chief",
        "Editor", "Judge", "Mufti", "Archbishop", "Bishop", "Pope", "Sheikh",
        "Coordinator", "Member", "Deputy", "Vice-President", "Vice-Premier", "Plenipotentiary",
        "Spokesperson", "Spokesman", "Spokeswoman", "Teacher", "Student", "Worker",
        "Veteran", "Pilot", "Doctor", "Nurse", "Captain", "Colonel", "Major", "Lieutenant",
        "Marshal", "Admiral", "Sergeant", "Cosmonaut", "Astronaut", "Owner", "Partner",
        "Writer", "Poet", "Artist", "Actor", "Actress", "Composer", "Singer", "Scientist",
        "Engineer", "Farmer", "Athlete", "Coach", "Priest",
    }),
    label_connectors=frozenset({
        "of", "the", "and", "for", "on", "in", "at", "to", "de", "da", "del", "della", "der",
        "den", "van", "von", "bin", "al", "el", "ibn", "la", "le", "du", "y", "e", "dos", "das",
    }),
    name_particles=frozenset({
        "de", "da", "del", "della", "der", "den", "van", "von", "bin", "al", "el", "ibn", "la", "le",
        "du", "y", "e", "dos", "das",
    }),
    place_continuations=frozenset({
        "Region", "Territory", "Republic", "Federation", "Oblast", "Krai", "Area", "District",
        "Autonomous", "Kingdom", "States", "Arab", "Emirates", "Arabia", "Africa", "Korea", "Zealand",
        "Lanka", "Rica", "Faso", "Guinea", "Leone", "Salvador", "Island", "Islands", "City",
        "Organisation", "Organization", "Council", "Committee", "Union", "Nations", "Bank",
        "Corporation", "Company", "Service", "Agency", "Ministry", "Court", "Assembly", "Duma",
        "Affairs", "Development", "Security", "Treaty", "Cooperation", "Community",
        "Commonwealth", "Fund", "Foundation", "Centre", "Center", "Institute", "University",
        "Academy", "Society", "Chamber", "Commerce", "Industry", "Party", "Group", "Forces",
        "Staff", "Office", "Executive", "Government", "Parliament", "Senate", "Kurultai",
        "Majlis", "Khural", "Rada", "Sejm", "Congress", "Board", "Directors", "Economic",
        "Eurasian", "Defence", "Defense", "Interior", "Justice", "Finance", "Health",
        "Education", "Science", "Culture", "Sport", "Sports", "Energy", "Transport",
        "Agriculture", "Labour", "Protection", "Emergencies", "Situations", "Resources",
        "Ecology", "Construction", "Housing", "Utilities", "Trade", "Digital",
        "Communications", "Media", "Sberbank", "Rosatom", "Roscosmos", "Rostec", "Gazprom",
        "Rosneft", "VTB", "RUSNANO", "Railways", "Post", "Games", "Olympic", "Tax", "Customs",
    }),
    place_words=frozenset(),
    role_prepositions=frozenset({"of", "to", "for", "at", "on", "in"}),
    object_links=frozenset({"of"}),
    object_conjunctions=frozenset({"and"}),
    place_abbreviations=("St.", "Mt."),
    quotation_marks=(("“", "”"),),
    role_object_without_preposition=False,
    stage_directions=frozen_map({
        "applause": "applause",
        "laughter": "laughter",
        "laughs": "laughter",
        "animation": "noise",
        "noise": "noise",
        "speaks": "speaking",
        "speaking": "speaking",
        "as": "translation",
        "retranslated": "translation",
        "inaudible": "inaudible",
        "pause": "pause",
        "break": "pause",
        "music": "music",
        "singing": "music",
        "the": "other",
    }),
    stop_words=frozenset("""
        the a an of to in on at for with by from about as into over after before between during
        under against without within through and or but nor so that which who whom whose what
        this these those there here it its is are was were be been being has have had do does
        did will would shall should can could may might must not no all also than then very
        more most such our we us they them their he him his she her i me my you your if when
        where while because both each other any some only just up out one well now how why
    """.split()),
    title_openers=("Meeting", "Meetings", "Telephone conversation", "Talks", "Russian-", "Visit",
                   "Working visit", "State visit", "Official visit", "Address", "Interview",
                   "Greetings", "Greeting", "Message", "Condolences", "Press conference",
                   "News conference", "Joint news conference", "Statements for the press",
                   "Press statements", "Session", "Plenary session", "Conference", "Ceremony",
                   "Speech", "Remarks", "Opening", "Beginning of", "Excerpts from", "Transcript",
                   "Answers to", "Answer to", "Replies to", "Statement", "Video address", "Videoconference",
                   "Presentation", "Presenting", "Laying", "Annual", "Direct Line", "Expanded",
                   "Executive order", "Executive Order", "Tour", "Participation", "Reception",
                   "Signing"),
    salutations=("Dear ", "Ladies and gentlemen", "Friends", "Colleagues", "Good afternoon",
                 "Good morning", "Good evening", "Mr President", "Madam President",
                 "Your Excellency", "Your Majesty", "Your Holiness", "Comrades"),
    quotation_intros=("reads, in part", "message reads", "telegram reads", "text reads", "said",
                      "noted", "stressed", "taking part"),
    repost_intros=("below", "following", "here is", "here's", "full text", "transcript",
                   "official version", "as released", "as published", "text of"),
    chrome_words=frozenset("""
        menu search home login logout password username register subscribe subscribers
        unsubscribe share shares tweet follow followers comment comments reply replies print
        email e-mail contact contacts privacy cookie cookies terms advertisement advertisements
        advertising sponsored related popular trending newsletter donate download app browser
        javascript views photos videos links archive archives categories category tags tag
        labels blogroll recent older newer previous next page pages skip settings font size
        mobile desktop sitemap rss feed thread threads posts article articles
        watch listen audio video photo image gallery loading copyright reserved news
    """.split()),
    chrome_phrases=("sign in", "sign up", "log in", "log out", "share on", "share this",
                    "leave a reply", "leave a comment", "post comment", "print this page",
                    "read more", "continue reading", "skip to", "back to", "see more", "view in",
                    "open in", "all rights reserved", "about us", "recent posts", "related posts",
                    "related stories", "more from", "posted by", "posted on", "select font",
                    "not supported in your browser", "your email address", "required fields",
                    "forwarded from", "reposted from", "powered by", "quote from", "close window",
                    "page printed from", "watch the video", "watch video"),
    licence_phrases=("copyright", "all rights reserved", "rights holders", "reproduction in whole",
                     "may not be reproduced", "without permission"),
    credit_words=("photo", "photos", "source", "credit", "image"),
    byline_words=("text", "author", "authors", "video", "editor", "reporter", "words"),
    stamp_words=("posted", "published", "updated", "last updated", "submitted"),
    cut_markers=("Continue reading", "Read more", "Read the rest of this entry", "More"),
    voice_words=frozenset({"i", "i'm", "i’m", "i've", "i’ve", "i'll", "i’ll", "i'd", "i’d", "me",
                           "my", "mine", "myself", "you", "your", "yours"}),
    spelling=frozen_map({
        "section_word": "Events",
        "page_end": "Text version",
        "see_also": "See also",
        "geography": "Geography",
        "topics": "Topics",
        "persons": "Persons",
        "publication_status": "Publication status",
        "published_in": "Published in sections:",
        "published_at": "Publication date:",
        "url": "Direct link:",
        "licence": "All content of this site is licensed under Creative Commons Attribution 4.0 International.",
        "feed_title": "President of Russia",
        "persons_more": "(and {count} more)",
    }),
    dump_top=("View settings", "", "Font size:", "Site colours:", "Images", "", "Settings", "",
              "Official website of the President of Russia", "", "News   /", ""),
)
