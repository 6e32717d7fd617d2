// Each construct of the .pacta grammar, read correctly and, where it can be
// written wrong, reported with the exact diagnostic.
#include <catch2/catch.hpp>

#include "support.h"

using namespace pacta;
using pacta::test::parse;
using pacta::test::parse_body;
using Strings = std::vector<std::string>;

TEST_CASE("directives fill the metadata") {
    auto r = parse(
        "@instrument declaration-of-intent\n@id us-nl-2012\n@title Declaration of Intent\n"
        "@party US = Department of Homeland Security\n@party NL = Ministry of Security and Justice\n"
        "@date 2012-02-22\n@place The Hague\n@lang en\n@version final\n");
    REQUIRE(r.messages().empty());
    const Metadata& m = r.instrument->meta;
    CHECK(m.kind == InstrumentKind::DeclarationOfIntent);
    CHECK(m.id == "us-nl-2012");
    CHECK(m.title == "Declaration of Intent");
    REQUIRE(m.parties.size() == 2);
    CHECK(m.parties[1].code == "NL");
    CHECK(m.parties[1].name == "Ministry of Security and Justice");
    CHECK(m.date == "2012-02-22");
    CHECK(m.place == "The Hague");
    CHECK(m.language == "en");
    CHECK(m.version == "final");
}

TEST_CASE("directive errors") {
    CHECK(parse(test::kHeader + "@tittle Other\n").messages() ==
          Strings{"6:1: unknown-directive: unknown directive '@tittle'; did you mean '@title'?"});
    CHECK(parse("@instrument tretay\n@id x\n@title T\n").messages() ==
          Strings{"1:13: unknown-kind: unknown kind of instrument 'tretay'; did you mean 'treaty'?"});
    CHECK(parse("@instrument treaty\n@id ../../x\n@title T\n").messages() ==
          Strings{"2:5: bad-id: '../../x' cannot be an id: use lower-case letters, digits, '-' and '.', starting with "
                  "a letter or digit (it names output files)"});
    CHECK(parse(test::kHeader + "@date 2012-02-30\n").messages() ==
          Strings{"6:7: bad-date: '2012-02-30' is not a date; write it as YYYY-MM-DD, e.g. 2012-02-22"});
    CHECK(parse(test::kHeader + "@lang English\n").messages() ==
          Strings{"6:7: bad-language: 'English' is not a language code; use ISO 639, e.g. en, fr, es"});
    CHECK(parse(test::kHeader + "@party us = someone\n").messages() ==
          Strings{"6:8: bad-party: write a party as 'CODE = name', with an upper-case CODE such as US or NL"});
    CHECK(parse(test::kHeader + "@party AA = Again\n").messages() ==
          Strings{"6:8: duplicate-party: party 'AA' is declared twice"});
    CHECK(parse(test::kHeader + "@title Again\n").messages() ==
          Strings{"6:1: duplicate-directive: @title is given twice"});
    CHECK(parse(test::kHeader + "@place\n").messages() == Strings{"6:1: missing-metadata: @place needs a value"});
    CHECK(parse_body("ARTICLE 1\nText.\n@date 2020-01-01\n").messages() ==
          Strings{"8:1: directive-after-text: directives must come before the text of the instrument; move this line "
                  "to the top"});
}

TEST_CASE("missing metadata is reported once per directive") {
    CHECK(parse("ARTICLE 1\nEach Party shall act.\n").messages() ==
          Strings{"1:1: missing-metadata: the instrument has no @instrument; add it at the top",
                  "1:1: missing-metadata: the instrument has no @id; add it at the top",
                  "1:1: missing-metadata: the instrument has no @title; add it at the top"});
}

TEST_CASE("a preamble holds formulas and recitals") {
    auto r = parse_body(
        "PREAMBLE\nFORMULA The States Parties to this Convention,\nRecognizing that crime crosses borders;\n"
        "Desiring to cooperate, and\n  to do so quickly;\nFORMULA Have agreed as follows:\n");
    REQUIRE(r.messages().empty());
    CHECK(r.provision("preamble").children.size() == 4);
    CHECK(r.provision("preamble__formula_1").body.text == "The States Parties to this Convention,");
    CHECK(r.provision("preamble__rec_nn_1").body.text == "Recognizing that crime crosses borders;");
    CHECK(r.provision("preamble__rec_nn_2").body.text == "Desiring to cooperate, and to do so quickly;");
    CHECK(r.provision("preamble__formula_2").kind == ProvisionKind::Formula);
}

TEST_CASE("containers nest by rank and take numbers and headings") {
    auto r = parse_body(
        "PART I General\nCHAPTER 1 Terms\nSECTION 1 Scope\nARTICLE 1 Definitions\nFor the purposes of this Treaty:\n"
        "SECTION 2 Other\nARTICLE 2\nEach Party shall act.\nCHAPTER 2 More\nARTICLE 3\nText.\n");
    REQUIRE(r.messages().empty());
    CHECK(r.provision("part_I").heading.text == "General");
    CHECK(r.provision("part_I__chp_1__sec_1").kind == ProvisionKind::Section);
    const Provision& art1 = r.provision("art_1");
    CHECK(art1.heading.text == "Definitions");
    CHECK(art1.body.text == "For the purposes of this Treaty:");
    CHECK(r.instrument->provisions[art1.parent].id == "part_I__chp_1__sec_1");
    CHECK(r.instrument->provisions[r.provision("art_2").parent].id == "part_I__chp_1__sec_2");
    CHECK(r.instrument->provisions[r.provision("art_3").parent].id == "part_I__chp_2");
}

TEST_CASE("titles and annexes: chapters sit in titles, unless titles first appear inside sections") {
    auto eu = parse_body("TITLE I General\nARTICLE 1\nText.\nTITLE II Rules\nCHAPTER 1 Scope\nARTICLE 2\nText.\n"
                         "ANNEX I Lists\n1. First entry.\n");
    REQUIRE(eu.messages().empty());
    CHECK(eu.provision("title_II__chp_1").kind == ProvisionKind::Chapter);
    CHECK(eu.instrument->provisions[eu.provision("art_2").parent].id == "title_II__chp_1");
    CHECK(eu.provision("annex_I").kind == ProvisionKind::Annex);
    CHECK(eu.provision("annex_I").parent == -1);
    CHECK(eu.provision("annex_I__para_1").body.text == "First entry.");
    // The Budapest Convention numbers its titles inside sections.
    auto coe = parse_body("CHAPTER II National measures\nSECTION 1 Substantive law\nTITLE 1 Offences\nARTICLE 2\nText.\n"
                          "TITLE 2 Other offences\nARTICLE 3\nText.\nSECTION 2 Procedure\nTITLE 1 Common\nARTICLE 4\nText.\n");
    REQUIRE(coe.messages().empty());
    CHECK(coe.instrument->provisions[coe.provision("art_3").parent].id == "chp_II__sec_1__title_2");
    CHECK(coe.instrument->provisions[coe.provision("art_4").parent].id == "chp_II__sec_2__title_1");
}

TEST_CASE("paragraphs and items nest by indentation") {
    auto r = parse_body(
        "ARTICLE 5 Data\n1. Each Party shall adopt measures\n   to preserve data:\n   (a) stored data;\n"
        "   (b) data in transit:\n       (i) by wire;\n       (ii) by radio.\n2. Each Party may reserve the right.\n"
        "A Party shall notify the Secretary General.\n");
    REQUIRE(r.messages().empty());
    CHECK(r.provision("art_5__para_1").body.text == "Each Party shall adopt measures to preserve data:");
    CHECK(r.provision("art_5__para_1__point_a").body.text == "stored data;");
    CHECK(r.provision("art_5__para_1__point_b__point_ii").body.text == "by radio.");
    CHECK(r.provision("art_5__para_1__point_b").children.size() == 2);
    CHECK(r.provision("art_5__para_2").depth == 1);
    CHECK(r.provision("art_5__para_nn_1").body.text == "A Party shall notify the Secretary General.");
}

TEST_CASE("a paragraph continues over indented lines and text inside a line is kept exactly") {
    auto r = parse_body("ARTICLE 1\n1. The  Parties,\tacting   \n      together, shall meet.   \n");
    REQUIRE(r.messages().empty());
    CHECK(r.provision("art_1__para_1").body.text == "The  Parties,\tacting together, shall meet.");
}

TEST_CASE("norms and CBMs are numbered provisions with their text below") {
    auto r = parse_body("NORM 13(a) !expect recommendation\nStates should cooperate.\nCBM 3\nStates will share.\n");
    REQUIRE(r.messages().empty());
    const Provision& norm = r.provision("norm_13-a");
    CHECK(norm.number == "13(a)");
    CHECK(norm.body.text == "States should cooperate.");
    CHECK(norm.expect == Strength::Recommendation);
    CHECK(r.provision("cbm_3").body.text == "States will share.");
}

TEST_CASE("final clauses, formula and signatures") {
    auto r = parse_body(
        "ARTICLE 1\nText.\nFINAL\n1. This Treaty shall enter into force on signature.\n"
        "FORMULA Done at Geneva, in duplicate.\nSIGNATURE AA For the Republic of A: J. Doe\n");
    REQUIRE(r.messages().empty());
    CHECK(r.provision("conclusions__para_1").body.text == "This Treaty shall enter into force on signature.");
    CHECK(r.provision("conclusions__formula_1").body.text == "Done at Geneva, in duplicate.");
    const Provision& s = r.provision("conclusions__signature_AA");
    CHECK(s.body.text == "For the Republic of A: J. Doe");
    CHECK(s.actors == Strings{"AA"});
}

TEST_CASE("structure errors") {
    CHECK(parse_body("ARTICLE\nText.\n").messages() ==
          Strings{"6:1: missing-number: ARTICLE needs a number, as in 'ARTICLE 1'"});
    CHECK(parse_body("ARTICLE 5$\nText.\n").messages() ==
          Strings{"6:9: bad-number: '5$' is not a number: use arabic (5, 5bis), roman (II) or letters (a)"});
    CHECK(parse_body("ARTICLE 1\nSIGNATURE AA Someone\n").messages() ==
          Strings{"7:1: misplaced: SIGNATURE belongs in the FINAL part; add a FINAL heading above it"});
    CHECK(parse_body("ARTICLE 1\nFORMULA Have agreed\n").messages() ==
          Strings{"7:1: misplaced: FORMULA belongs in the PREAMBLE or in the FINAL part"});
    CHECK(parse_body("FINAL\nSIGNATURE ZZ Someone\n").messages() ==
          Strings{"7:11: undeclared-party: party 'ZZ' was never declared; add '@party ZZ = …' at the top"});
}

TEST_CASE("numbering: duplicates are errors, backwards numbering is a warning") {
    auto dup = parse_body("ARTICLE 1\n1. One.\n1. Again.\n");
    CHECK(dup.messages() == Strings{"8:1: duplicate-number: paragraph 1 appears twice here (id 'art_1__para_1')"});
    CHECK(dup.provision("art_1__para_1_2").body.text == "Again.");
    CHECK(parse_body("ARTICLE 2\nA.\nARTICLE 1\nB.\n").messages() ==
          Strings{"8:1: number-order: article 1 comes after article 2: the numbering goes backwards"});
    CHECK(parse_body("ARTICLE 1\n(a) x\n(c) y\n(b) z\n").messages() ==
          Strings{"9:1: number-order: point b comes after point c: the numbering goes backwards"});
    CHECK(parse_body("ARTICLE 1\n(h) x\n(i) y\n(j) z\n").messages().empty());
    CHECK(parse_body("ARTICLE 1\n(a) x\n    (i) y\n    (ii) z\n    (iii) w\n    (iv) v\n").messages().empty());
}

TEST_CASE("annotations") {
    auto r = parse_body("ARTICLE 1\n1. !expect obligation !actor AA Each Party shall act.\n");
    REQUIRE(r.messages().empty());
    CHECK(r.provision("art_1__para_1").expect == Strength::Obligation);
    CHECK(r.provision("art_1__para_1").actors == Strings{"AA"});
    CHECK(r.provision("art_1__para_1").body.text == "Each Party shall act.");
    CHECK(parse_body("ARTICLE 1\n1. !expext obligation Text.\n").messages() ==
          Strings{"7:4: unknown-annotation: unknown annotation '!expext'; did you mean '!expect'?"});
    CHECK(parse_body("ARTICLE 1\n1. !expect obligaton Text.\n").messages() ==
          Strings{"7:12: bad-annotation: 'obligaton' is not a strength; did you mean 'obligation'?"});
    CHECK(parse_body("ARTICLE 1\n1. !expect\n").messages() ==
          Strings{"7:4: bad-annotation: !expect needs a strength, as in '!expect obligation'"});
    CHECK(parse_body("ARTICLE 1\n1. !actor XX Text.\n").messages() ==
          Strings{"7:11: undeclared-party: party 'XX' was never declared; add '@party XX = …' at the top"});
}

TEST_CASE("inline markup: definitions, references and footnotes") {
    auto r = parse_body(
        "ARTICLE 1\n1. {def: computer system} means a device.\nARTICLE 2\n"
        "Each Party shall apply {ref art_1__para_1: Article 1}.{note: As agreed in Rome.}\n");
    REQUIRE(r.messages().empty());
    const Prose& def = r.provision("art_1__para_1").body;
    CHECK(def.text == "computer system means a device.");
    REQUIRE(def.inlines.size() == 1);
    CHECK(def.inlines[0].kind == Inline::Kind::Definition);
    CHECK(def.text.substr(def.inlines[0].begin, def.inlines[0].end - def.inlines[0].begin) == "computer system");
    const Prose& body = r.provision("art_2").body;
    CHECK(body.text == "Each Party shall apply Article 1.");
    REQUIRE(body.inlines.size() == 2);
    CHECK(body.inlines[0].target == "art_1__para_1");
    CHECK(body.inlines[1].kind == Inline::Kind::Note);
    CHECK(body.inlines[1].note == "As agreed in Rome.");
    CHECK(body.inlines[1].begin == body.text.size());
}

TEST_CASE("inline markup errors keep the text") {
    auto stray = parse_body("ARTICLE 1\nA { brace.\n");
    CHECK(stray.messages() == Strings{"7:3: bad-inline: '{' starts inline markup ({def: …}, {ref ID: …} or {note: …}); "
                                      "write '\\{' for a brace"});
    CHECK(stray.provision("art_1").body.text == "A { brace.");
    CHECK(parse_body("ARTICLE 1\nA } brace.\n").messages() ==
          Strings{"7:3: bad-inline: '}' closes nothing; write '\\}' for a brace"});
    auto open = parse_body("ARTICLE 1\nA {def: term never closed\n");
    CHECK(open.messages() ==
          Strings{"7:3: bad-inline: this inline markup is not closed; add '}' before the end of the line"});
    CHECK(open.provision("art_1").body.text == "A term never closed");
    CHECK(parse_body("ARTICLE 1\nA {def: }.\n").messages() == Strings{"7:3: empty-inline: this inline markup has no text"});
    CHECK(parse_body("ARTICLE 1\nA {note: a {b} c}.\n").messages() ==
          Strings{"7:12: bad-inline: inline markup cannot contain '{'; write '\\{' for a brace",
                  "7:17: bad-inline: '}' closes nothing; write '\\}' for a brace"});
    CHECK(parse_body("ARTICLE 1\nSee {ref art_9: Article 9}.\n").messages() ==
          Strings{"7:5: unknown-reference: 'art_9' refers to no provision of this instrument; did you mean 'art_1'?"});
}

TEST_CASE("escapes make structure words and braces plain text") {
    auto r = parse_body("ARTICLE 1\n\\1. is prose, and \\{braces\\} and a \\\\ backslash\n\\# not a comment\n");
    REQUIRE(r.messages().empty());
    CHECK(r.provision("art_1").body.text == "1. is prose, and {braces} and a \\ backslash");
    CHECK(r.provision("art_1__para_nn_1").body.text == "# not a comment");
}

TEST_CASE("a keyword or marker counts only as a whole first word") {
    auto r = parse_body("ARTICLE 1\nPARTIES shall meet.\n1.5 million people.\n(a), as said.\n");
    REQUIRE(r.messages().empty());
    CHECK(r.provision("art_1").body.text == "PARTIES shall meet.");
    CHECK(r.provision("art_1__para_nn_1").body.text == "1.5 million people.");
    CHECK(r.provision("art_1__para_nn_2").body.text == "(a), as said.");
}

TEST_CASE("comments never reach the text") {
    auto r = parse_body("# a comment\nARTICLE 1\nEach Party\n# between lines\n  shall act.\n");
    REQUIRE(r.messages().empty());
    CHECK(r.provision("art_1").body.text == "Each Party shall act.");
    CHECK(r.provision("art_1").comments == Strings{"# a comment"});
}

TEST_CASE("any script is prose") {
    auto r = parse_body("ARTICLE 1\nКаждая Сторона принимает меры. 各缔约方应采取措施。 تتخذ كل دولة طرف\n");
    REQUIRE(r.messages().empty());
    CHECK(r.provision("art_1").body.text == "Каждая Сторона принимает меры. 各缔约方应采取措施。 تتخذ كل دولة طرف");
}

TEST_CASE("columns count characters, not bytes") {
    auto r = parse_body("ARTICLE 1\nÉtats, été {x\n");
    CHECK(r.messages() == Strings{"7:12: bad-inline: '{' starts inline markup ({def: …}, {ref ID: …} or {note: …}); "
                                  "write '\\{' for a brace"});
}

TEST_CASE("numbered and unnumbered recitals never share an id") {
    auto r = parse_body("PREAMBLE\nActing together, whereas:\n(1) First recital;\n(2) Second recital;\n");
    REQUIRE(r.messages().empty());
    CHECK(r.provision("preamble__rec_nn_1").body.text == "Acting together, whereas:");
    CHECK(r.provision("preamble__rec_1").body.text == "First recital;");
}
