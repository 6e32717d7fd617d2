#include <catch2/catch.hpp>

#include "model/model.h"

using namespace pacta;

TEST_CASE("numbers are cleaned into id components") {
    CHECK(clean_number("13(a)") == "13-a");
    CHECK(clean_number("(iv)") == "iv");
    CHECK(clean_number("1.2.") == "1-2");
    CHECK(clean_number("3a bis") == "3abis");
    CHECK(clean_number("II") == "II");
}

TEST_CASE("numbers read as arabic, roman or letters") {
    CHECK(is_valid_number("5"));
    CHECK(is_valid_number("5bis"));
    CHECK(is_valid_number("XIV"));
    CHECK(is_valid_number("13(a)"));
    CHECK_FALSE(is_valid_number("5$"));
    CHECK_FALSE(is_valid_number("-"));
}

TEST_CASE("ordering follows any common reading") {
    CHECK(numbers_in_order("1", "2"));
    CHECK(numbers_in_order("9", "10"));
    CHECK_FALSE(numbers_in_order("10", "9"));
    CHECK(numbers_in_order("5", "5bis"));
    CHECK(numbers_in_order("h", "i"));
    CHECK(numbers_in_order("i", "ii"));
    CHECK(numbers_in_order("iv", "v"));
    CHECK(numbers_in_order("IX", "X"));
    CHECK(numbers_in_order("z", "aa"));
    CHECK_FALSE(numbers_in_order("c", "b"));
    CHECK(numbers_in_order("99999999999999999999999999999", "100000000000000000000000000000"));
    CHECK_FALSE(numbers_in_order("100000000000000000000000000000", "99999999999999999999999999999"));
    CHECK(numbers_in_order("a", "1"));  // no common reading: not an ordering question
}

TEST_CASE("strength names and levels are the fixed vocabulary") {
    CHECK(strength_name(Strength::Obligation) == "obligation");
    CHECK(strength_level(Strength::Prohibition) == 6);
    CHECK(strength_level(Strength::Commitment) == 5);
    CHECK(strength_level(Strength::Recognition) == 1);
    CHECK_FALSE(strength_level(Strength::Permission));
    CHECK(parse_strength("endeavour") == Strength::Endeavour);
    CHECK_FALSE(parse_strength("endeavor"));
    CHECK(is_legally_binding(*parse_kind("convention")));
    CHECK_FALSE(is_legally_binding(*parse_kind("declaration-of-intent")));
}
