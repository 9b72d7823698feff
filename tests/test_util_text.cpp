#include <backroutine/util/text.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace br::util;

TEST_SUITE("util::text") {
    TEST_CASE("sanitize removes control characters and escape sequences") {
        CHECK(sanitize("plain") == "plain");
        CHECK(sanitize("a\x1b[31mred") == "a[31mred");
        CHECK(sanitize("tab\there") == "tab here");
        CHECK(sanitize("bell\x07") == "bell");
        CHECK(sanitize("c1\xc2\x9b"
                       "31m") == "c131m");
        CHECK(sanitize("caf\xc3\xa9") == "caf\xc3\xa9");
        CHECK(sanitize("latin1 caf\xe9") == "latin1 caf\xef\xbf\xbd");
        CHECK(sanitize("rtl \xe2\x80\xae"
                       "evil") == "rtl evil");
        CHECK(sanitize("overlong \xc0\xaf") == "overlong \xef\xbf\xbd\xef\xbf\xbd");
        CHECK(sanitize("emoji \xf0\x9f\xa7\x98") == "emoji \xf0\x9f\xa7\x98");
    }

    TEST_CASE("kebab-case ids") {
        CHECK(is_kebab_case("thread-the-needle"));
        CHECK(is_kebab_case("prone-y-t-w"));
        CHECK(is_kebab_case("a1"));
        CHECK_FALSE(is_kebab_case(""));
        CHECK_FALSE(is_kebab_case("Cat-Cow"));
        CHECK_FALSE(is_kebab_case("cat--cow"));
        CHECK_FALSE(is_kebab_case("-cat"));
        CHECK_FALSE(is_kebab_case("cat_cow"));
    }

    TEST_CASE("did you mean") {
        const std::vector<std::string> names{"list", "show", "search", "validate", "safety"};
        CHECK(did_you_mean("lsit", names) == "; did you mean 'list'?");
        CHECK(did_you_mean("valdate", names) == "; did you mean 'validate'?");
        CHECK(did_you_mean("xyzzy", names).empty());
    }

    TEST_CASE("wide characters take two columns") {
        CHECK(display_width("abc") == 3);
        CHECK(display_width("caf\xc3\xa9") == 4);
        CHECK(display_width("\xe8\x83\x8c\xe4\xb8\xad") == 4); // two CJK characters
        CHECK(display_width("\xf0\x9f\xa7\x98") == 2);         // an emoji
        CHECK(br::util::truncate("\xe8\x83\x8c\xe4\xb8\xad\xe8\x83\x8c", 5) == "\xe8\x83\x8c\xe4\xb8\xad\xe2\x80\xa6");
        CHECK(pad_right("\xe8\x83\x8c", 4) == "\xe8\x83\x8c  ");
        CHECK(br::util::truncate("abc", 0).empty()); // no room, not even for the ellipsis
        CHECK(br::util::truncate("abc", 1) == "\xe2\x80\xa6");
        CHECK(br::util::truncate("", 0).empty());
    }

    TEST_CASE("wrap keeps words whole and indents") {
        CHECK(wrap("one two three four", 9) == "one two\nthree\nfour");
        CHECK(wrap("one two", 20, "  ") == "  one two");
    }
}
