// Two synthetic drafts of a large instrument, for the alignment test at
// scale (tests/diff) and the comparison benchmark (bench/): 1,000 articles
// of 10 paragraphs in the old draft, each paragraph a distinct, realistic
// sentence with numbers; the new draft deletes, edits, moves and inserts
// paragraphs in a fixed pattern, and records what each paragraph became.
// Deterministic: std::mt19937's output is fixed by the standard.
#pragma once

#include <map>
#include <random>
#include <string>
#include <vector>

namespace pacta::synthetic {

// What happened to an old paragraph, by its id in the new draft.
enum class Fate { Unchanged, Renumbered, Edited, Moved, Added };

struct Drafts {
    std::string old_pacta, new_pacta;
    std::map<std::string, std::pair<std::string, Fate>> new_from;  // new id -> (old id or "", fate)
    std::vector<std::string> deleted;                                // old ids
};

inline constexpr int kArticles = 1000;
inline constexpr int kParagraphs = 10;

class SentenceMaker {
public:
    std::string make(int serial) {
        static const char* subjects[] = {"Each Party", "The Parties", "The competent authority", "The Commission",
                                         "A Member State", "The Secretariat", "The supervisory body", "Each Contracting State"};
        static const char* modals[] = {"shall", "shall", "shall", "will", "may", "should"};
        static const char* verbs[] = {"notify", "designate", "publish", "review", "transmit", "establish", "maintain",
                                      "report on", "assess", "register", "verify", "suspend", "renew", "certify",
                                      "audit", "inspect", "record", "disclose", "approve", "revoke"};
        static const char* objects[] = {"the list of contact points", "each serious incident", "the annual report",
                                        "the national register", "the risk assessment", "the technical documentation",
                                        "the conformity certificate", "the data protection notice",
                                        "every request for mutual assistance", "the schedule of fees",
                                        "the inventory of high-risk systems", "the evaluation report"};
        static const char* timings[] = {"within {} days", "no later than {} months after entry into force",
                                        "every {} years", "at intervals not exceeding {} weeks", "before {} January"};
        static const char* references[] = {"referred to in Article {}", "as laid down in Annex {}",
                                           "pursuant to paragraph {} of Article 7", "in accordance with Regulation (EU) 2019/{}"};
        static const char* tails[] = {"", " and inform the Committee thereof", " unless the request is manifestly unfounded",
                                      " taking into account the size of the undertaking",
                                      " in at least {} official languages of the Union"};
        std::string s = std::string(pick(subjects)) + " " + pick(modals) + " " + pick(verbs) + " " + pick(objects) + " " +
                        with_number(pick(references)) + " " + with_number(pick(timings)) + with_number(pick(tails)) +
                        ", under file number " + std::to_string(10000 + serial) + ".";
        return s;
    }

    // New wording: fresh words, so that it matches nothing of the old draft.
    std::string fresh(int serial) {
        return "Transitional arrangement " + std::to_string(90000 + serial) + " concerning quantum beacon " +
               std::to_string(rng_() % 100000) + " enters provisional application for pilot zone " +
               std::to_string(70000 + serial) + ".";
    }

private:
    template <size_t N>
    const char* pick(const char* (&list)[N]) { return list[rng_() % N]; }
    std::string with_number(std::string pattern) {
        auto at = pattern.find("{}");
        if (at != std::string::npos) pattern.replace(at, 2, std::to_string(2 + rng_() % 97));
        return pattern;
    }
    std::mt19937 rng_{20240521};
};

// The first "shall", "will", "may" or "should" softened, and a hedge added.
inline std::string edited(std::string s) {
    for (const char* modal : {" shall ", " will ", " may ", " should "})
        if (auto at = s.find(modal); at != std::string::npos) {
            s.replace(at, std::string(modal).size(), std::string(modal) == " should " ? " may " : " should ");
            break;
        }
    s.insert(s.size() - 1, ", where appropriate");
    return s;
}

inline std::string para_id(int article, int paragraph) {
    return "art_" + std::to_string(article) + "__para_" + std::to_string(paragraph);
}

// Articles by residue (mod 10): 1 loses paragraph 3 (4..10 renumbered);
// 2 has paragraphs 5 and 8 edited; 3 gains an 11th paragraph; 4 loses its
// 10th paragraph, which moves to the end of the article 5 further on.
inline Drafts make(const std::string& header) {
    SentenceMaker maker;
    std::vector<std::vector<std::string>> text(kArticles + 1, std::vector<std::string>(kParagraphs + 1));
    for (int a = 1; a <= kArticles; ++a)
        for (int p = 1; p <= kParagraphs; ++p) text[a][p] = maker.make(a * 100 + p);

    Drafts d;
    d.old_pacta = d.new_pacta = header;
    for (int a = 1; a <= kArticles; ++a) {
        d.old_pacta += "ARTICLE " + std::to_string(a) + "\n";
        for (int p = 1; p <= kParagraphs; ++p) d.old_pacta += std::to_string(p) + ". " + text[a][p] + "\n";
    }
    for (int a = 1; a <= kArticles; ++a) {
        d.new_pacta += "ARTICLE " + std::to_string(a) + "\n";
        int kind = a % 10, number = 0;
        auto emit = [&](const std::string& sentence, std::string old_id, Fate fate) {
            std::string id = para_id(a, ++number);
            if (fate == Fate::Unchanged && old_id != id) fate = Fate::Renumbered;
            d.new_pacta += std::to_string(number) + ". " + sentence + "\n";
            d.new_from[id] = {std::move(old_id), fate};
        };
        for (int p = 1; p <= kParagraphs; ++p) {
            if (kind == 1 && p == 3) { d.deleted.push_back(para_id(a, p)); continue; }
            if (kind == 4 && p == 10) continue;  // moved below
            bool edit = kind == 2 && (p == 5 || p == 8);
            emit(edit ? edited(text[a][p]) : text[a][p], para_id(a, p), edit ? Fate::Edited : Fate::Unchanged);
        }
        if (kind == 3) emit(maker.fresh(a), "", Fate::Added);
        if (kind == 9 && a > 5) emit(text[a - 5][10], para_id(a - 5, 10), Fate::Moved);
    }
    return d;
}

} // namespace pacta::synthetic
