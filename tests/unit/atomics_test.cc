// atomics, counters (erts_internal:counters_*) and persistent_term BIFs.
// Expected values come from erl (OTP 25).
#include "tests/unit/ets_test_support.h"

#include <thread>

namespace ets_test {
namespace {

class AtomicsTest : public BifTest {
 protected:
  // atomics:new(N, Opts) = erts_internal:atomics_new(N, Encoded) with bit 0
  // = signed (default).
  Term new_atomics(Sint n, bool is_signed = true) {
    return call("erts_internal", "atomics_new",
                {make_small(n), make_small(is_signed ? 1 : 0)});
  }
  std::string a(std::string_view f, std::vector<Term> args) {
    return run("atomics", f, std::move(args));
  }
};

TEST_F(AtomicsTest, SignedArray) {
  Term r = new_atomics(3);
  ASSERT_TRUE(is_ref(r));
  EXPECT_EQ(a("info", {r}),
            "#{max => 9223372036854775807,memory => 64,min => -9223372036854775808,size => 3}");
  EXPECT_EQ(a("get", {r, T("0")}), "error:badarg");
  EXPECT_EQ(a("get", {r, T("4")}), "error:badarg");
  EXPECT_EQ(a("get", {T("foo"), T("1")}), "error:badarg");
  EXPECT_EQ(a("put", {r, T("1"), T("9223372036854775808")}), "error:badarg");
  EXPECT_EQ(a("put", {r, T("1"), T("9223372036854775807")}), "ok");
  EXPECT_EQ(a("add_get", {r, T("1"), T("1")}), "-9223372036854775808");
  EXPECT_EQ(a("add", {r, T("1"), T("1")}), "ok");
  EXPECT_EQ(a("add_get", {r, T("2"), T("-5")}), "-5");  // sub_get(R, 2, 5)
  EXPECT_EQ(a("exchange", {r, T("2"), T("7")}), "-5");
  EXPECT_EQ(a("compare_exchange", {r, T("2"), T("7"), T("8")}), "ok");
  EXPECT_EQ(a("compare_exchange", {r, T("2"), T("7"), T("9")}), "8");
  EXPECT_EQ(a("add", {r, T("2"), T("a")}), "error:badarg");
  EXPECT_EQ(a("put", {r, T("1"), T("0")}), "ok");
  EXPECT_EQ(a("add", {r, T("1"), T("18446744073709551615")}), "ok");
  EXPECT_EQ(a("get", {r, T("1")}), "-1");
  EXPECT_EQ(a("add", {r, T("1"), T("18446744073709551616")}), "error:badarg");
  EXPECT_EQ(a("add", {r, T("1"), T("-9223372036854775808")}), "ok");
  EXPECT_EQ(a("add", {r, T("1"), T("-9223372036854775809")}), "error:badarg");
  EXPECT_EQ(a("get", {r, T("1")}), "9223372036854775807");
}

TEST_F(AtomicsTest, UnsignedArray) {
  Term u = new_atomics(2, false);
  EXPECT_EQ(a("info", {u}),
            "#{max => 18446744073709551615,memory => 56,min => 0,size => 2}");
  EXPECT_EQ(a("add_get", {u, T("1"), T("-1")}), "18446744073709551615");
  EXPECT_EQ(a("put", {u, T("1"), T("-1")}), "error:badarg");
  EXPECT_EQ(a("put", {u, T("1"), T("18446744073709551616")}), "error:badarg");
  EXPECT_EQ(a("add", {u, T("1"), T("-1")}), "ok");
  EXPECT_EQ(a("get", {u, T("1")}), "18446744073709551614");
  EXPECT_EQ(a("exchange", {u, T("2"), T("18446744073709551615")}), "0");
  EXPECT_EQ(a("compare_exchange", {u, T("2"), T("-1"), T("0")}), "error:badarg");
}

TEST_F(AtomicsTest, NewErrors) {
  EXPECT_EQ(run("erts_internal", "atomics_new", {T("0"), T("1")}), "error:badarg");
  EXPECT_EQ(run("erts_internal", "atomics_new", {T("a"), T("1")}), "error:badarg");
  EXPECT_EQ(run("erts_internal", "counters_new", {T("0")}), "error:badarg");
}

TEST_F(AtomicsTest, ConcurrentAdds) {
  Term r = new_atomics(1);
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; i++) {
    threads.emplace_back([&, i] {
      Process w(nullptr, make_pid(50 + i));
      BifFunction add = find_bif("atomics", "add", 3);
      Term args[3] = {r, make_small(1), make_small(1)};
      for (int k = 0; k < 10000; k++) add(&w, args);
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(a("get", {r, T("1")}), "40000");
}

TEST_F(AtomicsTest, Counters) {
  Term c = call("erts_internal", "counters_new", {T("2")});
  ASSERT_TRUE(is_ref(c));
  EXPECT_EQ(run("erts_internal", "counters_info", {c}), "#{memory => 96,size => 2}");
  EXPECT_EQ(run("erts_internal", "counters_add", {c, T("1"), T("5")}), "ok");
  EXPECT_EQ(run("erts_internal", "counters_add", {c, T("1"), T("-7")}), "ok");
  EXPECT_EQ(run("erts_internal", "counters_get", {c, T("1")}), "-2");
  EXPECT_EQ(run("erts_internal", "counters_get", {c, T("3")}), "error:badarg");
  EXPECT_EQ(run("erts_internal", "counters_put", {c, T("1"), T("18446744073709551616")}),
            "error:badarg");
  EXPECT_EQ(run("erts_internal", "counters_put", {c, T("1"), T("9223372036854775808")}),
            "error:badarg");
  EXPECT_EQ(run("erts_internal", "counters_put", {c, T("1"), T("-9223372036854775808")}),
            "ok");
  EXPECT_EQ(run("erts_internal", "counters_put", {c, T("1"), T("-2")}), "ok");
  EXPECT_EQ(run("erts_internal", "counters_add", {c, T("1"), T("18446744073709551616")}),
            "error:badarg");
  EXPECT_EQ(run("erts_internal", "counters_add", {c, T("1"), T("18446744073709551615")}),
            "ok");
  EXPECT_EQ(run("erts_internal", "counters_get", {c, T("1")}), "-3");
  // Atomics and counters references are not interchangeable.
  Term at = new_atomics(1);
  EXPECT_EQ(run("erts_internal", "counters_get", {at, T("1")}), "error:badarg");
  EXPECT_EQ(a("get", {c, T("1")}), "error:badarg");
}

TEST_F(AtomicsTest, PersistentTerm) {
  auto pt = [&](std::string_view f, std::vector<Term> args) {
    return run("persistent_term", f, std::move(args));
  };
  EXPECT_EQ(pt("put", {T("k"), T("{a,b}")}), "ok");
  EXPECT_EQ(pt("put", {T("k2"), T("<<1,2,3>>")}), "ok");
  EXPECT_EQ(pt("get", {T("k")}), "{a,b}");
  EXPECT_EQ(pt("get", {T("nokey")}), "error:badarg");
  EXPECT_EQ(pt("get", {T("nokey"), T("dflt")}), "dflt");
  Term info0 = call("persistent_term", "info", {});
  EXPECT_TRUE(is_map(info0));
  EXPECT_EQ(pt("put", {T("{compound,[key]}"), T("[1,2,3]")}), "ok");
  EXPECT_EQ(pt("get", {T("{compound,[key]}")}), "[1,2,3]");
  EXPECT_EQ(pt("put", {T("k"), T("replaced")}), "ok");
  EXPECT_EQ(pt("get", {T("k")}), "replaced");
  EXPECT_EQ(pt("erase", {T("k")}), "true");
  EXPECT_EQ(pt("erase", {T("k")}), "false");
  EXPECT_EQ(pt("get", {T("k")}), "error:badarg");
  std::string all = pt("get", {});
  EXPECT_NE(all.find("{k2,<<1,2,3>>}"), std::string::npos) << all;
  EXPECT_NE(all.find("{{compound,[key]},[1,2,3]}"), std::string::npos) << all;
  // info memory: 16 bytes + the words of each {Key, Value} entry.
  Term before = call("persistent_term", "info", {});
  pt("put", {T("mem_probe"), T("{1,2,3}")});
  Term after = call("persistent_term", "info", {});
  Term mb, ma, cb, ca;
  map_get(before, T("memory"), &mb);
  map_get(after, T("memory"), &ma);
  map_get(before, T("count"), &cb);
  map_get(after, T("count"), &ca);
  EXPECT_EQ(small_value(ma) - small_value(mb), 72);
  EXPECT_EQ(small_value(ca) - small_value(cb), 1);
  pt("put", {T("mem_probe"), T("{1,2,3}")});  // same value: no change
  Term again = call("persistent_term", "info", {});
  Term mg;
  map_get(again, T("memory"), &mg);
  EXPECT_EQ(small_value(mg), small_value(ma));
  // erl: a 1000-byte (off-heap) binary value adds 88 bytes.
  pt("put", {T("bin_probe"), make_binary(h, std::string(1000, '\0'))});
  Term with_bin = call("persistent_term", "info", {});
  Term mbin;
  map_get(with_bin, T("memory"), &mbin);
  EXPECT_EQ(small_value(mbin) - small_value(mg), 88);
  pt("erase", {T("bin_probe")});
  pt("erase", {T("mem_probe")});
  pt("erase", {T("k2")});
  pt("erase", {T("{compound,[key]}")});
}

}  // namespace
}  // namespace ets_test
