// ETS BIFs, called directly. Expected values come from erl (OTP 25) runs of
// the same operations; orders of set/bag tables follow ERTS's hash table.
#include "tests/unit/ets_test_support.h"

#include <thread>

#include "runtime/ets/ets.h"

namespace ets_test {
namespace {

class EtsTest : public BifTest {
 protected:
  Process q{nullptr, make_pid(2)};  // another process

  std::string e(std::string_view f, std::vector<Term> args) {
    return run("ets", f, std::move(args));
  }
  std::string e_as(Process& who, std::string_view f, std::vector<Term> args) {
    BifFunction fn = find_bif("ets", f, unsigned(args.size()));
    Term r = fn(&who, args.data());
    if (r == NON_VALUE) return "error:" + show(who.exc_reason);
    return show(r);
  }
  Term make(std::string_view opts, std::string_view name = "t") {
    Term t = call("ets", "new", {atom_from(name), T(opts)});
    EXPECT_NE(t, NON_VALUE);
    return t;
  }
  std::string tab2list(Term t) { return e("match_object", {t, T("'_'")}); }
  std::string info(Term t, std::string_view item) {
    return e("info", {t, atom_from(item)});
  }
  void TearDown() override {
    ets_delete_owned_by(p.pid());
    ets_delete_owned_by(q.pid());
  }
};

TEST_F(EtsTest, NewOptionsAndInfo) {
  Term t = make("[set]");
  EXPECT_TRUE(is_ref(t));
  EXPECT_EQ(info(t, "type"), "set");
  EXPECT_EQ(info(t, "keypos"), "1");
  EXPECT_EQ(info(t, "protection"), "protected");
  EXPECT_EQ(info(t, "named_table"), "false");
  EXPECT_EQ(info(t, "name"), "t");
  EXPECT_EQ(info(t, "size"), "0");
  EXPECT_EQ(info(t, "memory"), "305");
  EXPECT_EQ(info(t, "heir"), "none");
  EXPECT_EQ(info(t, "node"), "nonode@nohost");
  EXPECT_EQ(info(t, "fixed"), "false");
  EXPECT_EQ(info(t, "safe_fixed"), "false");
  EXPECT_EQ(info(t, "owner"), show(p.pid()));
  EXPECT_EQ(info(t, "foo"), "error:badarg");
  EXPECT_EQ(e("info", {t}),
            "[{id,#Ref},{decentralized_counters,false},{read_concurrency,false},"
            "{write_concurrency,false},{compressed,false},{memory,305},"
            "{owner,<0.1.0>},{heir,none},{name,t},{size,0},{node,nonode@nohost},"
            "{named_table,false},{type,set},{keypos,1},{protection,protected}]");

  EXPECT_EQ(info(make("[ordered_set]"), "memory"), "139");
  EXPECT_EQ(info(make("[set, bag]"), "type"), "bag");
  EXPECT_EQ(info(make("[public, private]"), "protection"), "private");
  EXPECT_EQ(info(make("[ordered_set, {write_concurrency, true}]"),
                 "decentralized_counters"),
            "true");
  EXPECT_EQ(info(make("[set, {write_concurrency, auto}]"), "write_concurrency"),
            "auto");
  EXPECT_EQ(info(make("[set, {decentralized_counters, true}, compressed]"),
                 "decentralized_counters"),
            "false");
  EXPECT_EQ(info(make("[{heir, @self, data}]"), "heir"), show(p.pid()));

  for (const char* bad : {"[bad]", "[{keypos,0}]", "[{keypos,1.0}]",
                          "[{write_concurrency,foo}]", "foo", "[foo|bar]"}) {
    EXPECT_EQ(e("new", {T("x"), T(bad)}), "error:badarg") << bad;
  }
  EXPECT_EQ(e("new", {T("\"x\""), NIL}), "error:badarg");

  EXPECT_EQ(e("new", {T("nm"), T("[named_table, public, {keypos, 2}]")}), "nm");
  EXPECT_EQ(e("new", {T("nm"), T("[named_table]")}), "error:badarg");
  EXPECT_EQ(info(T("nm"), "keypos"), "2");
  EXPECT_EQ(e("whereis", {T("nm")}), "#Ref");
  EXPECT_EQ(e("whereis", {T("nope")}), "undefined");
  EXPECT_EQ(e("whereis", {T("\"nm\"")}), "error:badarg");
  EXPECT_EQ(e("insert", {T("nm"), T("{a}")}), "error:badarg");  // keypos 2
}

TEST_F(EtsTest, InfoStatsAndBinary) {
  // erl: 20 keys in a write_concurrency set; a bag with a pseudo-deleted
  // object under safe_fixtable.
  Term s = make("[set, {write_concurrency, true}]");
  for (int i = 1; i <= 20; i++) call("ets", "insert", {s, make_tuple(h, {make_small(i)})});
  EXPECT_EQ(info(s, "stats"),
            "{256,0.078125,0.2683681845664978,0.27896204590797424,0,1,0,64}");
  Term b = make("[bag]");
  for (int i = 1; i <= 20; i++)
    call("ets", "insert", {b, make_tuple(h, {make_small(i % 3), make_small(i)})});
  e("safe_fixtable", {b, T("true")});
  e("delete", {b, T("1")});
  EXPECT_EQ(info(b, "stats"),
            "{256,0.0546875,0.5770153999328613,0.23339639604091644,0,7,1,1}");
  EXPECT_EQ(info(b, "size"), "13");
  EXPECT_EQ(info(make("[ordered_set]"), "stats"), "false");
  EXPECT_EQ(info(make("[ordered_set]"), "binary"), "[]");
  Term t = make("[]");
  std::string big(100, 'x');
  call("ets", "insert", {t, make_tuple(h, {T("a"), make_binary(h, big)})});
  // erl: memory 305 + {a, <<100 bytes>>} (3 + ProcBin 6 words) + 4.
  EXPECT_EQ(info(t, "memory"), "318");
  Term bins = call("ets", "info", {t, T("binary")});
  ASSERT_TRUE(is_list(bins));
  Term item = car(bins);
  EXPECT_EQ(show(tuple_elems(item)[1]), "100");
  EXPECT_TRUE(is_nil(cdr(bins)));
}

TEST_F(EtsTest, DeletedTable) {
  Term t = make("[]");
  EXPECT_EQ(e("delete", {t}), "true");
  EXPECT_EQ(e("lookup", {t, T("1")}), "error:badarg");
  EXPECT_EQ(e("info", {t}), "undefined");
  EXPECT_EQ(info(t, "size"), "undefined");
  EXPECT_EQ(e("delete", {t}), "error:badarg");
  EXPECT_EQ(e("lookup", {T("foo"), T("1")}), "error:badarg");
}

TEST_F(EtsTest, SetInsertLookup) {
  Term s = make("[set]");
  EXPECT_EQ(e("insert", {s, T("[{a,1},{a,2}]")}), "true");
  EXPECT_EQ(e("lookup", {s, T("a")}), "[{a,2}]");
  EXPECT_EQ(e("insert_new", {s, T("[{b,1},{b,2}]")}), "true");
  EXPECT_EQ(e("lookup", {s, T("b")}), "[{b,2}]");
  EXPECT_EQ(e("insert_new", {s, T("[{c,1},{a,9}]")}), "false");
  EXPECT_EQ(e("lookup", {s, T("c")}), "[]");
  EXPECT_EQ(e("insert_new", {s, T("{d,4}")}), "true");
  EXPECT_EQ(e("member", {s, T("d")}), "true");
  EXPECT_EQ(e("member", {s, T("zz")}), "false");
  for (const char* bad : {"[{a}|b]", "[{a},b]", "{}", "a"})
    EXPECT_EQ(e("insert", {s, T(bad)}), "error:badarg") << bad;
  EXPECT_EQ(e("lookup", {s, T("zz")}), "[]");
  EXPECT_EQ(e("delete_object", {s, T("{d,5}")}), "true");
  EXPECT_EQ(e("lookup", {s, T("d")}), "[{d,4}]");
  EXPECT_EQ(e("delete_object", {s, T("{d,4}")}), "true");
  EXPECT_EQ(e("lookup", {s, T("d")}), "[]");
  EXPECT_EQ(e("delete_object", {s, T("{}")}), "error:badarg");
  EXPECT_EQ(e("take", {s, T("a")}), "[{a,2}]");
  EXPECT_EQ(e("take", {s, T("a")}), "[]");
  EXPECT_EQ(e("delete", {s, T("b")}), "true");
  EXPECT_EQ(info(s, "size"), "0");
  EXPECT_EQ(e("insert", {s, T("[{1,a},{2,b}]")}), "true");
  EXPECT_EQ(e("internal_delete_all", {s, T("undefined")}), "2");
  EXPECT_EQ(info(s, "size"), "0");
  // Objects are copies: the caller's terms can die.
  {
    FragmentHeap tmp(16);
    Term obj = parse_term(tmp, "{k,[1,2,3],<<\"bin\">>}");
    call("ets", "insert", {s, obj});
  }
  EXPECT_EQ(e("lookup", {s, T("k")}), "[{k,[1,2,3],<<98,105,110>>}]");
}

TEST_F(EtsTest, LookupElement) {
  Term t = make("[{keypos, 3}]");
  EXPECT_EQ(e("insert", {t, T("{a,b}")}), "error:badarg");
  EXPECT_EQ(e("insert", {t, T("{a,b,c}")}), "true");
  EXPECT_EQ(e("lookup_element", {t, T("c"), T("2")}), "b");
  EXPECT_EQ(e("lookup_element", {t, T("c"), T("4")}), "error:badarg");
  EXPECT_EQ(e("lookup_element", {t, T("d"), T("2")}), "error:badarg");
  EXPECT_EQ(e("lookup_element", {t, T("c"), T("0")}), "error:badarg");
  Term b = make("[bag]");
  e("insert", {b, T("[{k,1},{k,2},{j,1}]")});
  EXPECT_EQ(e("lookup_element", {b, T("k"), T("2")}), "[2,1]");
}

TEST_F(EtsTest, BagOrders) {
  Term b = make("[bag]");
  e("insert", {b, T("{k,1}")});
  e("insert", {b, T("{k,2}")});
  e("insert", {b, T("{k,3}")});
  EXPECT_EQ(e("lookup", {b, T("k")}), "[{k,1},{k,2},{k,3}]");
  e("insert", {b, T("{k,1}")});
  EXPECT_EQ(e("lookup", {b, T("k")}), "[{k,1},{k,2},{k,3}]");
  e("insert", {b, T("{k,4}")});
  e("insert", {b, T("[{k,5},{k,6}]")});
  EXPECT_EQ(e("lookup", {b, T("k")}), "[{k,1},{k,2},{k,3},{k,4},{k,6},{k,5}]");
  EXPECT_EQ(e("lookup_element", {b, T("k"), T("2")}), "[1,2,3,4,6,5]");
  EXPECT_EQ(e("take", {b, T("k")}), "[{k,1},{k,2},{k,3},{k,4},{k,6},{k,5}]");

  Term d = make("[duplicate_bag]");
  e("insert", {d, T("{k,1}")});
  e("insert", {d, T("{k,2}")});
  e("insert", {d, T("{k,3}")});
  e("insert", {d, T("[{k,5},{k,6}]")});
  EXPECT_EQ(e("lookup", {d, T("k")}), "[{k,1},{k,2},{k,3},{k,5},{k,6}]");
  Term d2 = make("[duplicate_bag]");
  e("insert", {d2, T("[{k,1},{k,2},{k,1},{k,3}]")});
  EXPECT_EQ(e("lookup", {d2, T("k")}), "[{k,1},{k,2},{k,1},{k,3}]");
  e("delete_object", {d2, T("{k,1}")});
  EXPECT_EQ(e("lookup", {d2, T("k")}), "[{k,2},{k,3}]");
  EXPECT_EQ(e("insert_new", {d2, T("[{b,1},{b,1}]")}), "true");
  EXPECT_EQ(e("lookup", {d2, T("b")}), "[{b,1},{b,1}]");

  Term b2 = make("[bag]");
  e("insert", {b2, T("[{k,1},{k,2},{k,3}]")});
  EXPECT_EQ(e("lookup", {b2, T("k")}), "[{k,3},{k,2},{k,1}]");
  Term b3 = make("[bag]");
  e("insert", {b3, T("[{k,1},{j,2},{k,3},{k,1}]")});
  EXPECT_EQ(e("lookup", {b3, T("k")}), "[{k,1},{k,3}]");
  Term b4 = make("[bag]");
  e("insert", {b4, T("[{k,1},{k,2},{k,1},{k,3}]")});
  EXPECT_EQ(e("lookup", {b4, T("k")}), "[{k,3},{k,1},{k,2}]");
  EXPECT_EQ(e("insert_new", {b4, T("{k,9}")}), "false");
  Term b5 = make("[bag]");
  EXPECT_EQ(e("insert_new", {b5, T("[{b,1},{b,2}]")}), "true");
  EXPECT_EQ(e("lookup", {b5, T("b")}), "[{b,2},{b,1}]");
  e("insert", {b5, T("[{c,1},{c,2}]")});
  e("delete_object", {b5, T("{c,1}")});
  EXPECT_EQ(e("lookup", {b5, T("c")}), "[{c,2}]");
  e("insert", {b5, T("{c,1}")});
  EXPECT_EQ(e("lookup", {b5, T("c")}), "[{c,2},{c,1}]");
  EXPECT_EQ(e("update_element", {b5, T("c"), T("{2,x}")}), "error:badarg");
  EXPECT_EQ(e("update_counter", {b5, T("c"), T("1")}), "error:badarg");
}

TEST_F(EtsTest, OrderedSet) {
  Term o = make("[ordered_set]");
  e("insert", {o, T("[{1,a},{2.0,b},{3,c}]")});
  e("insert", {o, T("{1.0,z}")});
  EXPECT_EQ(tab2list(o), "[{1.0,z},{2.0,b},{3,c}]");
  EXPECT_EQ(e("lookup", {o, T("2")}), "[{2.0,b}]");
  EXPECT_EQ(e("member", {o, T("1")}), "true");
  EXPECT_EQ(e("next", {o, T("1.5")}), "2.0");
  EXPECT_EQ(e("next", {o, T("100")}), "'$end_of_table'");
  EXPECT_EQ(e("prev", {o, T("1.5")}), "1.0");
  EXPECT_EQ(e("prev", {o, T("-100")}), "'$end_of_table'");
  EXPECT_EQ(e("first", {o}), "1.0");
  EXPECT_EQ(e("last", {o}), "3");
  EXPECT_EQ(e("slot", {o, T("0")}), "[{1.0,z}]");
  EXPECT_EQ(e("slot", {o, T("2")}), "[{3,c}]");
  EXPECT_EQ(e("slot", {o, T("3")}), "'$end_of_table'");
  EXPECT_EQ(e("slot", {o, T("4")}), "error:badarg");
  EXPECT_EQ(e("slot", {o, T("-1")}), "error:badarg");
  Term o2 = make("[ordered_set]");
  e("insert", {o2, T("[{1,a},{1.0,b}]")});
  EXPECT_EQ(e("lookup", {o2, T("1")}), "[{1.0,b}]");
  EXPECT_EQ(info(o2, "memory"), "149");
  // Select with a float key does not match the integer key (=:=).
  Term o3 = make("[ordered_set]");
  e("insert", {o3, T("[{1,a},{2,b}]")});
  EXPECT_EQ(e("select", {o3, T("[{{1.0,'$1'},[],['$1']}]")}), "[]");
  EXPECT_EQ(e("select", {o3, T("[{{2,'$1'},[],['$1']},{{1,'$1'},[],['$1']}]")}),
            "[a,b]");
  EXPECT_EQ(e("lookup", {o3, T("1.0")}), "[{1,a}]");
}

TEST_F(EtsTest, UpdateCounter) {
  Term s = make("[set]");
  e("insert", {s, T("[{1,2},{2,4},{3,6},{f,1.5}]")});
  EXPECT_EQ(e("update_counter", {s, T("1"), T("5")}), "7");
  EXPECT_EQ(e("update_counter", {s, T("1"), T("{2,5,10,0}")}), "0");
  EXPECT_EQ(e("update_counter", {s, T("1"), T("[{2,1},{2,-1,0,100}]")}), "[1,0]");
  EXPECT_EQ(e("update_counter", {s, T("1"), T("{1,5}")}), "error:badarg");
  EXPECT_EQ(e("update_counter", {s, T("1"), T("{3,5}")}), "error:badarg");
  EXPECT_EQ(e("update_counter", {s, T("99"), T("5")}), "error:badarg");
  EXPECT_EQ(e("update_counter", {s, T("99"), T("5"), T("{99,10}")}), "15");
  EXPECT_EQ(e("update_counter", {s, T("98"), T("{3,5}"), T("{98,10,20,30}")}), "25");
  EXPECT_EQ(e("update_counter", {s, T("97"), T("{2,5}"), T("{a}")}), "error:badarg");
  EXPECT_EQ(e("lookup", {s, T("97")}), "[]");
  EXPECT_EQ(e("update_counter", {s, T("96"), T("{2,5}"), T("{a,1}")}), "6");
  EXPECT_EQ(e("lookup", {s, T("96")}), "[{96,6}]");
  EXPECT_EQ(e("update_counter", {s, T("f"), T("5")}), "error:badarg");
  EXPECT_EQ(e("update_counter", {s, T("1"), T("1180591620717411303424")}),
            "1180591620717411303424");
  EXPECT_EQ(e("update_counter", {s, T("1"), NIL}), "[]");
  EXPECT_EQ(e("update_counter", {s, T("1"), T("{2,5,10}")}), "error:badarg");
  EXPECT_EQ(e("update_counter", {s, T("98"), T("{2,-50,0,-7}")}), "-7");
  EXPECT_EQ(e("update_counter", {s, T("zz"), NIL}), "error:badarg");
  EXPECT_EQ(e("update_counter", {s, T("1"), T("[{2,1}|x]")}), "error:badarg");
  EXPECT_EQ(e("update_counter", {s, T("1"), T("[3]")}), "error:badarg");
  EXPECT_EQ(e("update_counter", {s, T("q"), T("{2,1}"), T("foo")}), "error:badarg");
  EXPECT_EQ(e("update_counter", {s, T("q"), T("{2,1}"), T("{x,5,6}")}), "6");
  EXPECT_EQ(e("lookup", {s, T("q")}), "[{q,6,6}]");
  EXPECT_EQ(e("update_counter", {s, T("r"), NIL, T("{x,5,6}")}), "[]");
  EXPECT_EQ(e("lookup", {s, T("r")}), "[{r,5,6}]");
  EXPECT_EQ(e("update_counter", {s, T("q"), T("{2,10,12,-1}")}), "-1");
  EXPECT_EQ(e("update_counter", {s, T("q"), T("{2,-100,-5,7}")}), "7");
  EXPECT_EQ(e("update_counter", {s, T("q"), T("{2,0,0,99}")}), "99");
  // Ordered set: the stored key is kept.
  Term o = make("[ordered_set]");
  e("insert", {o, T("{1,10}")});
  EXPECT_EQ(e("update_counter", {o, T("1.0"), T("1")}), "11");
  EXPECT_EQ(tab2list(o), "[{1,11}]");
}

TEST_F(EtsTest, UpdateElement) {
  Term s = make("[set]");
  e("insert", {s, T("{1,2,3}")});
  EXPECT_EQ(e("update_element", {s, T("1"), T("{2,x}")}), "true");
  EXPECT_EQ(e("update_element", {s, T("1"), T("[{2,y},{2,z}]")}), "true");
  EXPECT_EQ(e("update_element", {s, T("1"), T("{1,x}")}), "error:badarg");
  EXPECT_EQ(e("update_element", {s, T("1000"), T("{2,x}")}), "false");
  EXPECT_EQ(e("update_element", {s, T("1"), T("{4,x}")}), "error:badarg");
  EXPECT_EQ(e("update_element", {s, T("1"), NIL}), "true");
  EXPECT_EQ(e("update_element", {s, T("zz"), T("[{2,x},foo]")}), "false");
  EXPECT_EQ(e("lookup", {s, T("1")}), "[{1,z,3}]");
}

TEST_F(EtsTest, SelectOrderedSetChunks) {
  Term t = make("[ordered_set]");
  for (int i = 1; i <= 10; i++)
    call("ets", "insert", {t, make_tuple(h, {make_small(i), make_small(2 * i)})});
  EXPECT_EQ(e("select", {t, T("[{{'$1','$2'},[],[{'+','$2',a}]}]")}),
            "['EXIT','EXIT','EXIT','EXIT','EXIT','EXIT','EXIT','EXIT','EXIT','EXIT']");
  EXPECT_EQ(e("select", {t, T("[{foo,[],['$_']}]")}), "[]");
  EXPECT_EQ(e("select", {t, T("3")}), "error:badarg");
  EXPECT_EQ(e("select", {t, NIL}), "[]");
  EXPECT_EQ(e("select", {t, NIL, T("1")}), "'$end_of_table'");
  EXPECT_EQ(e("select_count", {t, NIL}), "0");

  Term r = call("ets", "select", {t, T("[{{'$1','$2'},[{'>','$1',2}],['$2']}]"), T("3")});
  ASSERT_TRUE(is_tuple(r));
  EXPECT_EQ(show(tuple_elems(r)[0]), "[6,8,10]");
  Term c = tuple_elems(r)[1];
  EXPECT_EQ(show(c), "{#Ref,5,[],3,#Ref,[],0,0}");
  r = call("ets", "select", {c});
  EXPECT_EQ(show(r), "{[12,14,16],{#Ref,8,[],3,#Ref,[],0,0}}");
  r = call("ets", "select", {tuple_elems(r)[1]});
  EXPECT_EQ(show(r), "{[18,20],'$end_of_table'}");
  EXPECT_EQ(e("select", {tuple_elems(r)[1]}), "'$end_of_table'");
  EXPECT_EQ(e("select", {t, T("[{{'$1','$2'},[{'>','$1',20}],['$2']}]"), T("3")}),
            "'$end_of_table'");
  EXPECT_EQ(e("select", {t, T("[{{'$1','$2'},[],['$2']}]"), T("0")}), "error:badarg");
  EXPECT_EQ(e("select_count", {t, T("[{{'$1','$2'},[],[{'>','$1',5}]}]")}), "5");
  EXPECT_EQ(e("select_count", {t, T("[{{'$1','$2'},[],[{'+','$1',a}]}]")}), "0");
  EXPECT_EQ(e("select_reverse", {t, T("[{{'$1','$2'},[],['$1']}]")}),
            "[10,9,8,7,6,5,4,3,2,1]");
  r = call("ets", "select_reverse", {t, T("[{{'$1','$2'},[],['$1']}]"), T("4")});
  EXPECT_EQ(show(r), "{[10,9,8,7],{#Ref,7,[],4,#Ref,[],1,0}}");
  EXPECT_EQ(show(call("ets", "select_reverse", {tuple_elems(r)[1]})),
            "{[6,5,4,3],{#Ref,3,[],4,#Ref,[],1,0}}");
  EXPECT_EQ(e("match", {t, T("{'$1','_'}"), T("4")}),
            "{[[1],[2],[3],[4]],{#Ref,4,[],4,#Ref,[],0,0}}");
  EXPECT_EQ(e("match_object", {t, T("{'$1','$2'}"), T("3")}),
            "{[{1,2},{2,4},{3,6}],{#Ref,3,[],3,#Ref,[],0,0}}");
  r = call("ets", "select", {t, T("[{{'$1','$2'},[],['$1']}]"), T("10")});
  EXPECT_EQ(show(tuple_elems(r)[0]), "[1,2,3,4,5,6,7,8,9,10]");
  EXPECT_TRUE(is_tuple(tuple_elems(r)[1]));  // exactly full: a continuation
  EXPECT_EQ(e("select", {t, T("[{{'$1','$2'},[],['$1']}]"), T("11")}),
            "{[1,2,3,4,5,6,7,8,9,10],'$end_of_table'}");

  EXPECT_EQ(e("select_replace", {t, T("[{{'$1','$2'},[],[{{'$1',foo}}]}]")}), "10");
  EXPECT_EQ(e("select_replace", {t, T("[{{'$1','$2'},[],[{{'$2',foo}}]}]")}),
            "error:badarg");
  EXPECT_EQ(e("select", {t, T("[{{'$1','$2'},[],['$2']}]")}),
            "[foo,foo,foo,foo,foo,foo,foo,foo,foo,foo]");
  EXPECT_EQ(e("internal_select_delete", {t, T("[{{'$1','$2'},[{'>','$1',5}],[true]}]")}),
            "5");
  EXPECT_EQ(e("internal_select_delete", {t, T("[{{'$1','$2'},[],[{'>','$1',3}]}]")}),
            "2");
  EXPECT_EQ(tab2list(t), "[{1,foo},{2,foo},{3,foo}]");
  EXPECT_EQ(e("select_replace",
              {t, T("[{{'$1','$2'},[{'>','$1',2}],[{{{'+','$1',0.0},x}}]}]")}),
            "error:badarg");

  EXPECT_EQ(e("select", {T("'$end_of_table'")}), "'$end_of_table'");
  EXPECT_EQ(e("match", {T("'$end_of_table'")}), "'$end_of_table'");
  EXPECT_EQ(e("select", {T("foo")}), "error:badarg");
}

TEST_F(EtsTest, SelectReplaceAndMatchDelete) {
  Term s = make("[set]");
  e("insert", {s, T("[{a,1},{b,2}]")});
  EXPECT_EQ(e("select_replace", {s, T("[{{a,'$2'},[],[{{a,'$2',c}}]}]")}), "1");
  EXPECT_EQ(e("select_replace", {s, T("[{{a,'$2'},[],[{{{const,a},'$2',c}}]}]")}), "0");
  EXPECT_EQ(e("select_replace", {s, T("[{{'$1','$2'},[],[{{'$1','$2',c}}]},"
                                      "{{'$1','_','_'},[],['$_']}]")}),
            "2");
  EXPECT_EQ(e("lookup", {s, T("a")}), "[{a,1,c}]");
  EXPECT_EQ(e("select_replace", {s, T("[{{'$1','$2'},[],[{const,{1,2,3}}]}]")}),
            "error:badarg");
  Term b = make("[bag]");
  EXPECT_EQ(e("select_replace", {b, T("[{{'$1','$2'},[],['$_']}]")}), "error:badarg");
  // ets:match_delete/2 is select_delete with [{Pattern,[],[true]}].
  Term d = make("[set]");
  e("insert", {d, T("[{1,2},{2,4},{3,4}]")});
  EXPECT_EQ(e("internal_select_delete", {d, T("[{{'_',4},[],[true]}]")}), "2");
  EXPECT_EQ(tab2list(d), "[{1,2}]");
}

TEST_F(EtsTest, Match) {
  Term s = make("[ordered_set]");
  e("insert", {s, T("[{1,2},{2,4},{3,6},{4,8},{5,10}]")});
  EXPECT_EQ(e("match", {s, T("{'$2','$1'}")}), "[[2,1],[4,2],[6,3],[8,4],[10,5]]");
  EXPECT_EQ(e("match", {s, T("{'_','_'}")}), "[[],[],[],[],[]]");
  EXPECT_EQ(e("match", {s, T("{'$1','$1','$3'}")}), "[]");
  EXPECT_EQ(e("match_object", {s, T("{'_',4}")}), "[{2,4}]");
  EXPECT_EQ(e("match_object", {s, T("{'$1','$1'}")}), "[]");
}

TEST_F(EtsTest, HashOrderMatchesErl) {
  // erl: T = ets:new(x, [set]), ets:insert(T, [{I} || I <- lists:seq(1,20)]),
  //      ets:tab2list(T), ets:first(T).
  Term t = make("[set]");
  for (int i = 1; i <= 20; i++) call("ets", "insert", {t, make_tuple(h, {make_small(i)})});
  EXPECT_EQ(tab2list(t),
            "[{20},{5},{15},{19},{12},{11},{17},{18},{14},{6},{13},{10},{1},{9},"
            "{2},{8},{4},{7},{3},{16}]");
  EXPECT_EQ(e("first", {t}), "16");
  EXPECT_EQ(e("last", {t}), "16");
  Term t3 = make("[set]");
  e("insert", {t3, T("[{a},{b},{c},{hello},{world},{\"str\"},{{1,2}},{1.5},"
                     "{<<\"bin\">>},{[]},{-5},{1180591620717411303424}]")});
  EXPECT_EQ(tab2list(t3),
            "[{{1,2}},{-5},{[115,116,114]},{1180591620717411303424},{[]},"
            "{<<98,105,110>>},{c},{b},{a},{1.5},{hello},{world}]");
}

TEST_F(EtsTest, HashChunksMatchErl) {
  Term s = make("[set]");
  for (int i = 1; i <= 5; i++)
    call("ets", "insert", {s, make_tuple(h, {make_small(i), make_small(2 * i)})});
  Term ms = T("[{{'$1','$2'},[],['$1']}]");
  Term r = call("ets", "select", {s, ms, T("2")});
  EXPECT_EQ(show(r), "{[4,3],{#Ref,37,2,#Ref,[],0}}");
  r = call("ets", "select", {tuple_elems(r)[1]});
  EXPECT_EQ(show(r), "{[1,2],{#Ref,87,2,#Ref,[],0}}");
  r = call("ets", "select", {tuple_elems(r)[1]});
  EXPECT_EQ(show(r), "{[5],'$end_of_table'}");
  EXPECT_EQ(e("select", {s, ms, T("10")}), "{[5,1,2,4,3],'$end_of_table'}");
  EXPECT_EQ(e("select_reverse", {s, ms, T("2")}), "{[4,3],{#Ref,37,2,#Ref,[],0}}");
  EXPECT_EQ(e("match", {s, T("{'$1','$2'}"), T("3")}),
            "{[[2,4],[4,8],[3,6]],{#Ref,72,3,#Ref,[],0}}");
  Term empty = make("[set]");
  EXPECT_EQ(e("select", {empty, T("[{'_',[],['$_']}]"), T("2")}), "'$end_of_table'");
  EXPECT_EQ(e("first", {empty}), "'$end_of_table'");
  EXPECT_EQ(e("next", {s, T("zz")}), "error:badarg");
  EXPECT_EQ(e("slot", {s, T("0")}), "[]");
  EXPECT_EQ(e("slot", {s, T("255")}), "[]");
  EXPECT_EQ(e("slot", {s, T("256")}), "'$end_of_table'");
  EXPECT_EQ(e("slot", {s, T("257")}), "error:badarg");
  EXPECT_EQ(e("slot", {s, T("-1")}), "error:badarg");
}

TEST_F(EtsTest, HashGrowthAndMemory) {
  // erl: memory after inserting {I} for I in 1..N: 50 -> 605, 250 -> 1805,
  // 300 -> 4415 (second segment), 600 -> 6215; deleting all -> 2615.
  Term t = make("[set]");
  for (int i = 1; i <= 600; i++) {
    call("ets", "insert", {t, make_tuple(h, {make_small(i)})});
    if (i == 50) EXPECT_EQ(info(t, "memory"), "605");
    if (i == 250) EXPECT_EQ(info(t, "memory"), "1805");
    if (i == 300) EXPECT_EQ(info(t, "memory"), "4415");
  }
  EXPECT_EQ(info(t, "memory"), "6215");
  EXPECT_EQ(e("slot", {t, T("600")}), "'$end_of_table'");
  EXPECT_EQ(e("slot", {t, T("601")}), "error:badarg");
  for (int i = 1; i <= 600; i++) EXPECT_EQ(e("member", {t, make_small(i)}), "true");
  for (int i = 1; i <= 600; i++) call("ets", "delete", {t, make_small(i)});
  EXPECT_EQ(info(t, "memory"), "2615");
  EXPECT_EQ(info(t, "size"), "0");
}

// First `n` objects of tab2list.
std::string prefix(const std::string& list, int n) {
  size_t pos = 0;
  for (int i = 0; i < n; i++) pos = list.find("},{", pos) + 3;
  return list.substr(0, pos - 2) + "]";
}

TEST_F(EtsTest, WriteConcurrencyOrdersAndGrowth) {
  // erl: tab2list after inserting {I}, I <- 1..N, for several options.
  Term wc = make("[set, {write_concurrency, true}]");
  EXPECT_EQ(info(wc, "memory"), "1361");
  EXPECT_EQ(info(make("[set, {write_concurrency, auto}]"), "memory"), "1395");
  EXPECT_EQ(info(make("[{read_concurrency, true}]"), "memory"), "337");
  EXPECT_EQ(info(make("[{write_concurrency, auto}, {read_concurrency, true}]"),
                 "memory"),
            "3443");
  EXPECT_EQ(info(make("[ordered_set, {write_concurrency, true}]"), "memory"), "133");
  for (int i = 1; i <= 20; i++) call("ets", "insert", {wc, make_tuple(h, {make_small(i)})});
  EXPECT_EQ(tab2list(wc),
            "[{6},{13},{20},{8},{10},{15},{4},{19},{12},{11},{7},{1},{3},{17},"
            "{18},{9},{14},{2},{5},{16}]");

  struct Case {
    const char* opts;
    const char* first12;
    const char* memory;
  } cases[] = {
      {"[set]", "[{173},{206},{109},{249},{186},{200},{35},{121},{250},{229},{31},{32}]",
       "4415"},
      {"[set, {write_concurrency, true}]",
       "[{33},{132},{183},{44},{239},{170},{292},{242},{235},{286},{197},{171}]",
       "5471"},
      {"[set, {write_concurrency, auto}]",
       "[{44},{33},{132},{183},{242},{239},{170},{292},{235},{225},{286},{197}]",
       "5505"},
  };
  for (const Case& c : cases) {
    Term t = make(c.opts);
    for (int i = 1; i <= 300; i++) call("ets", "insert", {t, make_tuple(h, {make_small(i)})});
    EXPECT_EQ(prefix(tab2list(t), 12), c.first12) << c.opts;
    EXPECT_EQ(info(t, "memory"), c.memory) << c.opts;
  }
  // Insert 1..1000, delete 1..900.
  struct Case2 {
    const char* opts;
    const char* first12;
  } cases2[] = {
      {"[set]", "[{985},{952},{931},{974},{944},{932},{971},{981},{917},{1000},{929},{957}]"},
      {"[set, {write_concurrency, auto}]",
       "[{912},{942},{947},{965},{934},{966},{981},{945},{918},{984},{969},{995}]"},
  };
  for (const Case2& c : cases2) {
    Term t = make(c.opts);
    for (int i = 1; i <= 1000; i++) call("ets", "insert", {t, make_tuple(h, {make_small(i)})});
    for (int i = 1; i <= 900; i++) call("ets", "delete", {t, make_small(i)});
    EXPECT_EQ(prefix(tab2list(t), 12), c.first12) << c.opts;
  }
}

TEST_F(EtsTest, FixationKeepsIteratorKeys) {
  Term s = make("[set]");
  for (int i = 1; i <= 5; i++)
    call("ets", "insert", {s, make_tuple(h, {make_small(i), make_small(2 * i)})});
  EXPECT_EQ(e("safe_fixtable", {s, T("true")}), "true");
  EXPECT_EQ(info(s, "fixed"), "true");
  Term sf = call("ets", "info", {s, T("safe_fixed")});
  EXPECT_EQ(show(tuple_elems(sf)[1]), "[{<0.1.0>,1}]");
  Term k = call("ets", "first", {s});
  EXPECT_EQ(show(k), "3");
  e("delete", {s, k});
  EXPECT_EQ(e("next", {s, k}), "4");
  EXPECT_EQ(e("lookup", {s, k}), "[]");
  EXPECT_EQ(info(s, "size"), "4");
  EXPECT_EQ(e("safe_fixtable", {s, T("false")}), "true");
  EXPECT_EQ(e("next", {s, k}), "error:badarg");
  EXPECT_EQ(e("safe_fixtable", {s, T("foo")}), "error:badarg");

  Term b = make("[bag]");
  e("insert", {b, T("[{k,1},{k,2},{j,1}]")});
  EXPECT_EQ(e("first", {b}), "j");
  EXPECT_EQ(e("next", {b, T("j")}), "k");
  e("safe_fixtable", {b, T("true")});
  EXPECT_EQ(e("take", {b, T("k")}), "[{k,2},{k,1}]");
  EXPECT_EQ(e("lookup", {b, T("k")}), "[]");
  EXPECT_EQ(e("next", {b, T("k")}), "'$end_of_table'");
  e("insert", {b, T("{k,5}")});
  EXPECT_EQ(e("lookup", {b, T("k")}), "[{k,5}]");
  e("safe_fixtable", {b, T("false")});
  EXPECT_EQ(info(b, "size"), "2");
  EXPECT_EQ(tab2list(b), "[{k,5},{j,1}]");
}

TEST_F(EtsTest, AccessRights) {
  struct Case {
    const char* access;
    const char* lookup;
    const char* insert;
    const char* first;
    const char* fix;
  } cases[] = {
      {"public", "[{1,a}]", "true", "2", "true"},
      {"protected", "[{1,a}]", "error:badarg", "1", "true"},
      {"private", "error:badarg", "error:badarg", "error:badarg", "error:badarg"},
  };
  for (const Case& c : cases) {
    Term t = make("[" + std::string(c.access) + "]");
    e("insert", {t, T("{1,a}")});
    EXPECT_EQ(e_as(q, "lookup", {t, T("1")}), c.lookup) << c.access;
    EXPECT_EQ(e_as(q, "insert", {t, T("{2,b}")}), c.insert) << c.access;
    EXPECT_EQ(e_as(q, "first", {t}), c.first) << c.access;
    EXPECT_EQ(e_as(q, "safe_fixtable", {t, T("true")}), c.fix) << c.access;
    EXPECT_EQ(e_as(q, "info", {t, T("protection")}), c.access);
    EXPECT_EQ(e_as(q, "setopts", {t, T("{heir,none}")}), "error:badarg");
    EXPECT_EQ(e_as(q, "give_away", {t, q.pid(), T("x")}), "error:badarg");
    EXPECT_EQ(e_as(q, "internal_delete_all", {t, T("undefined")}),
              std::string(c.access) == "public" ? "2" : "error:badarg");
    EXPECT_EQ(e_as(q, "delete", {t}),
              std::string(c.access) == "public" ? "true" : "error:badarg");
  }
}

TEST_F(EtsTest, RenameGiveAwaySetopts) {
  Term s = make("[]");
  EXPECT_EQ(e("rename", {s, T("foo")}), "#Ref");
  EXPECT_EQ(info(s, "name"), "foo");
  e("new", {T("nn"), T("[named_table]")});
  EXPECT_EQ(e("rename", {T("nn"), T("foo")}), "foo");
  EXPECT_EQ(info(T("foo"), "name"), "foo");
  EXPECT_EQ(e("lookup", {T("nn"), T("1")}), "error:badarg");
  EXPECT_EQ(e("rename", {T("foo"), T("\"x\"")}), "error:badarg");
  e("new", {T("other"), T("[named_table]")});
  EXPECT_EQ(e("rename", {T("foo"), T("other")}), "error:badarg");
  EXPECT_EQ(e("give_away", {T("foo"), p.pid(), T("x")}), "error:badarg");
  EXPECT_EQ(e("setopts", {T("foo"), T("{heir,@self,x}")}), "true");
  EXPECT_EQ(info(T("foo"), "heir"), show(p.pid()));
  EXPECT_EQ(e("setopts", {T("foo"), T("[{heir,none}]")}), "true");
  EXPECT_EQ(info(T("foo"), "heir"), "none");
  EXPECT_EQ(e("setopts", {T("foo"), T("[{protection,public}]")}), "true");
  EXPECT_EQ(info(T("foo"), "protection"), "public");
  EXPECT_EQ(e("setopts", {T("foo"), T("[{bad,1}]")}), "error:badarg");
  EXPECT_EQ(e("give_away", {T("foo"), q.pid(), T("gift")}), "true");
  EXPECT_EQ(info(T("foo"), "owner"), show(q.pid()));
  EXPECT_EQ(e("setopts", {T("foo"), T("{heir,none}")}), "error:badarg");
  // The new owner's exit deletes the table.
  ets_delete_owned_by(q.pid());
  EXPECT_EQ(e("info", {T("foo")}), "undefined");
  EXPECT_EQ(e("whereis", {T("foo")}), "undefined");
  EXPECT_EQ(info(T("other"), "size"), "0");
}

TEST_F(EtsTest, OwnerExitDeletesAndUnfixes) {
  Term mine = make("[public]");
  Term theirs = call("ets", "new", {T("x"), T("[public]")});
  (void)theirs;
  Term by_q = parse_term(h, "[]");
  Term qt;
  {
    BifFunction fn = find_bif("ets", "new", 2);
    Term args[2] = {T("qt"), by_q};
    qt = fn(&q, args);
  }
  e_as(q, "safe_fixtable", {mine, T("true")});
  EXPECT_EQ(info(mine, "fixed"), "true");
  ets_delete_owned_by(q.pid());
  EXPECT_EQ(info(mine, "fixed"), "false");
  EXPECT_EQ(e("info", {qt}), "undefined");
  EXPECT_EQ(info(mine, "size"), "0");
}

TEST_F(EtsTest, ConcurrentInsertsIntoPublicTable) {
  Term t = make("[public, set]");
  constexpr int kThreads = 4, kPerThread = 2000;
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; i++) {
    threads.emplace_back([&, i] {
      Process w(nullptr, make_pid(100 + i));
      BifFunction ins = find_bif("ets", "insert", 2);
      BifFunction look = find_bif("ets", "lookup", 2);
      for (int k = 0; k < kPerThread; k++) {
        Term* tup = w.alloc(3);
        tup[0] = make_header(Sub::Tuple, 2);
        tup[1] = make_small(i * kPerThread + k);
        tup[2] = make_small(k);
        Term args[2] = {t, make_boxed(tup)};
        ins(&w, args);
        Term largs[2] = {t, make_small(i * kPerThread + k)};
        look(&w, largs);
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(info(t, "size"), std::to_string(kThreads * kPerThread));
}

}  // namespace
}  // namespace ets_test
