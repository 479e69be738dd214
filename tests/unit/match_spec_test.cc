// Match specifications via ets:match_spec_compile/1 + match_spec_run_r/3.
// Every expectation was produced by erl (OTP 25) with
//   ets:match_spec_run(List, ets:match_spec_compile(MS)).
#include "tests/unit/ets_test_support.h"

#include "runtime/ets/match_spec.h"

namespace ets_test {
namespace {

class MatchSpecTest : public BifTest {
 protected:
  // ets:match_spec_run(L, ets:match_spec_compile(MS)) printed.
  std::string ms(std::string_view list, std::string_view spec) {
    Term l = T(list);
    Term s = T(spec);
    Term c = call("ets", "match_spec_compile", {s});
    if (c == NON_VALUE) return "error:" + show(p.exc_reason);
    Term r = call("ets", "match_spec_run_r", {l, c, NIL});
    if (r == NON_VALUE) return "error:" + show(p.exc_reason);
    Term rev = NIL;
    for (; is_list(r); r = cdr(r)) {
      Term* cell = p.alloc(2);
      cell[0] = car(r);
      cell[1] = rev;
      rev = make_list(cell);
    }
    return show(rev);
  }
  static constexpr const char* L = "[{a,1},{b,2.0},{c,foo},{d,[1,2]},{1.0,x}]";
};

TEST_F(MatchSpecTest, GuardsAndBodies) {
  EXPECT_EQ(ms(L, "[{{'$1','$2'},[{'>','$2',1}],['$1']}]"), "[b,c,d,1.0]");
  EXPECT_EQ(ms(L, "[{{'$1','$2'},[],[{'+','$2',1}]}]"),
            "[2,3.0,'EXIT','EXIT','EXIT']");
  EXPECT_EQ(ms(L, "[{{'$1','$2'},[{'+','$2',1}],['$_']}]"), "[]");
  EXPECT_EQ(ms(L, "[{{'$1','$2'},[{is_integer,'$2'}],['$$']}]"), "[[a,1]]");
  EXPECT_EQ(ms(L, "[{{'$1','$2'},[],[{{'$2','$1'}}]}]"),
            "[{1,a},{2.0,b},{foo,c},{[1,2],d},{x,1.0}]");
  EXPECT_EQ(ms(L, "[{{'$1','$2'},[],[['$2','$1'|'$1']]}]"),
            "[[1,a|a],[2.0,b|b],[foo,c|c],[[1,2],d|d],[x,1.0|1.0]]");
  EXPECT_EQ(ms(L, "[{{'$1','$2'},[],[{const,{'$1'}}]}]"),
            "[{'$1'},{'$1'},{'$1'},{'$1'},{'$1'}]");
  EXPECT_EQ(ms("[{1,1},{1,1.0}]", "[{{'$1','$1'},[],['$_']}]"), "[{1,1}]");
  EXPECT_EQ(ms(L, "[{'_',[],[true]}]"), "[true,true,true,true,true]");
  EXPECT_EQ(ms(L, "[{'$1',[],[foo,'$1']}]"),
            "[{a,1},{b,2.0},{c,foo},{d,[1,2]},{1.0,x}]");
  EXPECT_EQ(ms(L, "[{{'$1','_'},[{'==','$1',1}],['$1']}]"), "[1.0]");
  EXPECT_EQ(ms(L, "[{{'$1','_'},[{'=:=','$1',1}],['$1']}]"), "[]");
  EXPECT_EQ(ms(L, "[{{1,'_'},[],['$_']}]"), "[]");
  EXPECT_EQ(
      ms(L, "[{{'$1','$2'},[{'andalso',{is_integer,'$2'},{'>','$2',1}}],['$_']}]"),
      "[]");
  EXPECT_EQ(ms(L, "[{{'$1','$2'},[{'orelse',{'>','$2',1},{is_atom,'$2'}}],['$_']}]"),
            "[{b,2.0},{c,foo},{d,[1,2]},{1.0,x}]");
  EXPECT_EQ(ms(L, "[{{'$1','$2'},[{'or',{'>','$2',1},{is_atom,'$2'}}],['$_']}]"),
            "[{b,2.0},{c,foo},{d,[1,2]},{1.0,x}]");
  EXPECT_EQ(ms(L, "[{{'$1','$2'},[],[{'length','$2'}]}]"),
            "['EXIT','EXIT','EXIT',2,'EXIT']");
  EXPECT_EQ(ms(L, "[{{'$1','$2'},[{'not',{is_atom,'$2'}},true],['$1']}]"),
            "[a,b,d]");
  EXPECT_EQ(ms(L, "[{{'$1','$2'},[foo],['$1']}]"), "[]");
  EXPECT_EQ(ms(L, "[{{'$1','$2'},['$2'],['$1']}]"), "[]");
  EXPECT_EQ(ms("[{true},{false},{x}]", "[{{'$1'},['$1'],['$1']}]"), "[true]");
  EXPECT_EQ(ms(L, "[{{'$1','$2'},[],[{element,1,'$_'}]}]"), "[a,b,c,d,1.0]");
  EXPECT_EQ(ms(L, "[{{'$1','$2'},[],[#{'$1' => '$2'}]}]"),
            "[#{a => 1},#{b => 2.0},#{c => foo},#{d => [1,2]},#{1.0 => x}]");
  EXPECT_EQ(ms(L, "[{{'$1','$2'},[],[{'/','$2',2}]}]"),
            "[0.5,1.0,'EXIT','EXIT','EXIT']");
  EXPECT_EQ(ms(L, "[{{'$1','$2'},[],[{'+','$2'}]}]"), "[1,2.0,'EXIT','EXIT','EXIT']");
  EXPECT_EQ(ms(L, "[{{'$1','$2'},[],[{'-','$2'}]}]"),
            "[-1,-2.0,'EXIT','EXIT','EXIT']");
  EXPECT_EQ(ms(L, "[{{'$1','$2'},[],[[]]}]"), "[[],[],[],[],[]]");
  EXPECT_EQ(ms(L, "[{{'$1','$2'},[],[{{}}]}]"), "[{},{},{},{},{}]");
  EXPECT_EQ(ms(L, "[{{'$0','$2'},[],['$0']}]"), "[a,b,c,d,1.0]");
  EXPECT_EQ(ms(L, "[{{'$1','$2'},[],['$1','$$','$_','_']}]"),
            "['_','_','_','_','_']");
  EXPECT_EQ(ms(L, "[{{'$1','$2'},[],[{'xor',true,false}]}]"),
            "[true,true,true,true,true]");
  EXPECT_EQ(ms(L, "[{{'$1','$2'},[],[{'and',true,'$1'}]}]"),
            "['EXIT','EXIT','EXIT','EXIT','EXIT']");
  EXPECT_EQ(ms(L, "[{{'$1','$2'},[],[{'andalso',true,'$1'}]}]"), "[a,b,c,d,1.0]");
  EXPECT_EQ(ms(L, "[{{'$1','$2'},[],[{'andalso',true,true,false}]}]"),
            "[false,false,false,false,false]");
  EXPECT_EQ(ms(L, "[{{'$1','$2'},[],[{'bsl',1,100},{'bnot',5}]}]"),
            "[-6,-6,-6,-6,-6]");
  EXPECT_EQ(ms(L, "[{{'$1','$2'},[],[{'div',7,2},{'rem',-7,2},{'band',12,10},"
                  "{'bor',12,10},{'bxor',12,10},{'bsr',256,2},{'*',3,4},{'-',3,4}]}]"),
            "[-1,-1,-1,-1,-1]");
  EXPECT_EQ(ms(L, "[{{'$1','$2'},[],[{'>=',1,1.0},{'=<',1,2},{'<',a,1},"
                  "{'/=',1,1.0},{'=/=',1,1.0}]}]"),
            "[true,true,true,true,true]");
  EXPECT_EQ(ms(L, "[{{'$1','$2'},[],[{is_record,'$_',a,2}]}]"),
            "[true,false,false,false,false]");
  EXPECT_EQ(ms(L, "[{{'$1','$2'},[],[{node}]}]"),
            "[nonode@nohost,nonode@nohost,nonode@nohost,nonode@nohost,nonode@nohost]");
}

TEST_F(MatchSpecTest, SelfIsTheCaller) {
  Term l = T("[{a}]");
  Term c = call("ets", "match_spec_compile", {T("[{'_',[],[{self}]}]")});
  Term r = call("ets", "match_spec_run_r", {l, c, NIL});
  ASSERT_TRUE(is_list(r));
  EXPECT_EQ(car(r), p.pid());
}

TEST_F(MatchSpecTest, GuardFunctions) {
  auto one = [&](std::string_view expr) {
    return ms("[{a,1}]", "[{{'$1','$2'},[],[" + std::string(expr) + "]}]");
  };
  EXPECT_EQ(one("{byte_size,<<1,2>>}"), "[2]");
  EXPECT_EQ(one("{binary_part,<<1,2,3>>,1,1}"), "[<<2>>]");
  EXPECT_EQ(one("{binary_part,<<1,2,3>>,{{1,1}}}"), "[<<2>>]");
  EXPECT_EQ(one("{binary_part,<<1,2,3>>,2,2}"), "['EXIT']");
  EXPECT_EQ(one("{binary_part,<<1,2,3>>,3,-2}"), "[<<2,3>>]");
  EXPECT_EQ(one("{float,1}"), "[1.0]");
  EXPECT_EQ(one("{round,2.5}"), "[3]");
  EXPECT_EQ(one("{trunc,-2.5}"), "[-2]");
  EXPECT_EQ(one("{abs,-3}"), "[3]");
  EXPECT_EQ(one("{abs,-2.5}"), "[2.5]");
  EXPECT_EQ(one("{size,{{1,2}}}"), "[2]");
  EXPECT_EQ(one("{size,<<1,2,3>>}"), "[3]");
  EXPECT_EQ(one("{hd,[1]}"), "[1]");
  EXPECT_EQ(one("{tl,[1,2]}"), "[[2]]");
  EXPECT_EQ(one("{is_map,#{}}"), "[true]");
  EXPECT_EQ(one("{map_size,#{a=>1}}"), "[1]");
  EXPECT_EQ(one("{map_get,a,#{a=>1}}"), "[1]");
  EXPECT_EQ(one("{is_map_key,a,#{a=>1}}"), "[true]");
  EXPECT_EQ(one("{length,[1,2]}"), "[2]");
  EXPECT_EQ(one("{is_pid,{self}}"), "[true]");
  EXPECT_EQ(one("{element,2,{{a,b}}}"), "[b]");
  EXPECT_EQ(one("{element,3,{{a,b}}}"), "['EXIT']");
  EXPECT_EQ(one("{is_record,{{a,b}},a,2}"), "[true]");
  EXPECT_EQ(one("{is_record,'$_',1,2}"), "['EXIT']");
  EXPECT_EQ(one("{size,[1]}"), "['EXIT']");
  EXPECT_EQ(one("{'bnot',1.0}"), "['EXIT']");
  EXPECT_EQ(one("{'div',1,0}"), "['EXIT']");
  EXPECT_EQ(one("{'not',1}"), "['EXIT']");
  EXPECT_EQ(one("{'xor',1,2}"), "['EXIT']");
  EXPECT_EQ(one("{'orelse',false,5}"), "[5]");
  EXPECT_EQ(one("{'orelse',5,true}"), "['EXIT']");
  EXPECT_EQ(one("{'or',a,true}"), "['EXIT']");
  EXPECT_EQ(one("{'and',true,true,false}"), "[false]");
  EXPECT_EQ(one("{'andalso',false,{'+',a,1}}"), "[false]");
  EXPECT_EQ(one("{'andalso',true,{'+',a,1}}"), "['EXIT']");
  EXPECT_EQ(one("{float,{{}}}"), "['EXIT']");
  EXPECT_EQ(one("{round,7}"), "[7]");
  EXPECT_EQ(one("{'bsl',1,a}"), "['EXIT']");
  EXPECT_EQ(one("[{const,a}]"), "[[a]]");
  EXPECT_EQ(one("{{'$_'}}"), "[{{a,1}}]");
  EXPECT_EQ(one("#{a => {'+',1,1}}"), "[#{a => 2}]");
  EXPECT_EQ(one("#{{'+',1,1} => a}"), "[#{2 => a}]");
  EXPECT_EQ(one("<<\"abc\">>"), "[<<97,98,99>>]");
  EXPECT_EQ(one("{is_reference,{self}}"), "[false]");
  EXPECT_EQ(one("{'==',{{1}},{{1.0}}}"), "[true]");
  EXPECT_EQ(one("{'=:=',[1],[1.0]}"), "[false]");
  EXPECT_EQ(one("{'/',1,0}"), "['EXIT']");
  EXPECT_EQ(one("{trunc,-15000000000000000000.0}"), "[-15000000000000000000]");
  EXPECT_EQ(one("{abs,-1152921504606846976}"), "[1152921504606846976]");
}

TEST_F(MatchSpecTest, CompileErrors) {
  auto one = [&](std::string_view expr) {
    return ms("[{a,1}]", "[{{'$1','$2'},[],[" + std::string(expr) + "]}]");
  };
  // Functions erl does not allow in table match specs.
  for (const char* e :
       {"{tuple_size,{const,{1,2}}}", "{is_bitstring,<<>>}", "{ceil,1.5}",
        "{floor,1.5}", "{min,1,2}", "{max,1,2}", "{is_record,{{a,b}},a}",
        "{is_integer,1,2}", "{const}", "{const,1,2}", "{binary_to_list,<<>>}",
        "{get_seq_token}", "{display,1}", "{process_dump}", "{enable_trace,a}",
        "{return_trace}", "{exception_trace}", "{silent,true}", "{trace,[],[]}",
        "{set_seq_token,a,b}", "{is_boolean,true}", "{message,'$1'}", "{caller}",
        "{}", "{1,2}", "'$0'", "{a,b}", "'$3'", "{is_function,'$1',2}",
        "{get_tcw}", "{is_seq_trace}", "{'andalso'}", "{'orelse'}", "{'and'}"}) {
    EXPECT_EQ(one(e), "error:badarg") << e;
  }
  EXPECT_EQ(ms(L, "foo"), "error:badarg");
  EXPECT_EQ(ms(L, "[foo]"), "error:badarg");
  EXPECT_EQ(ms(L, "[{a,b,c,d}]"), "error:badarg");
  EXPECT_EQ(ms(L, "[{{'$1','$2'},[],[]}]"), "error:badarg");  // empty body
  EXPECT_EQ(ms(L, "[{a,[],[]},{{'$1','_'},[],['$1']}]"), "error:badarg");
  EXPECT_EQ(ms(L, "[]"), "error:badarg");
  EXPECT_EQ(ms(L, "[{{'$1','$1'},[],['$3']}]"), "error:badarg");
  EXPECT_EQ(ms("[#{a=>1}]", "[{#{'$1' => '_'},[],[ok]}]"), "error:badarg");
  EXPECT_EQ(ms("[#{a=>1}]", "[{#{'_' => 1},[],[ok]}]"), "error:badarg");
}

TEST_F(MatchSpecTest, Heads) {
  const char* objs = "[{a,1},a,[a],1,#{a=>1}]";
  EXPECT_EQ(ms(objs, "[{a,[],['$_']}]"), "[a]");
  EXPECT_EQ(ms(objs, "[{[a],[],['$_']}]"), "[[a]]");
  EXPECT_EQ(ms(objs, "[{1,[],['$_']}]"), "[1]");
  EXPECT_EQ(ms(objs, "[{'$1',[],['$_']}]"), "[{a,1},a,[a],1,#{a => 1}]");
  EXPECT_EQ(ms(objs, "[{'_',[],['$_']}]"), "[{a,1},a,[a],1,#{a => 1}]");
  EXPECT_EQ(ms(objs, "[{{'_','_'},[],['$_']}]"), "[{a,1}]");
  EXPECT_EQ(ms(objs, "[{#{a=>'_'},[],['$_']}]"), "[#{a => 1}]");
  EXPECT_EQ(ms(objs, "[{[a|'_'],[],['$_']}]"), "[[a]]");
  EXPECT_EQ(ms(objs, "[{{a,['$1'|'$2']},[],['$_']}]"), "[]");
  EXPECT_EQ(ms(objs, "[{'$_',[],['$_']}]"), "[]");
  EXPECT_EQ(ms(objs, "[{'$$',[],['$_']}]"), "[]");
  // '$01' is not a variable; large variable numbers are.
  EXPECT_EQ(ms("[{a,b}]", "[{{'$2','$01'},[],['$$']}]"), "[]");
  EXPECT_EQ(ms("[{a,b}]", "[{{'$2','$100000001'},[],['$$']}]"), "[[a,b]]");
  EXPECT_EQ(ms("[{a,b}]", "[{{'$2','$1'},[],['$$']}]"), "[[b,a]]");
  EXPECT_EQ(ms("[#{a=>1,b=>2},#{a=>3}]", "[{#{a=>'$1',b=>'_'},[],['$1']}]"), "[1]");
  EXPECT_EQ(ms("[#{a=>1,b=>2}]", "[{#{a=>'_',c=>'_'},[],[ok]}]"), "[]");
  EXPECT_EQ(ms("[#{{x}=>1}]", "[{#{{x}=>'$1'},[],['$1']}]"), "[1]");
  EXPECT_EQ(ms("[{a,b}]", "[{{'$2','$1'},[],[#{a=>1,b=>{'+',1,1},a=>3}]}]"),
            "[#{a => 3,b => 2}]");
}

TEST_F(MatchSpecTest, ClauseOrderAndFallThrough) {
  // A failing guard tries the next clause; a failing body gives 'EXIT'.
  EXPECT_EQ(ms("[{1},{a}]", "[{{'$1'},[{'>','$1',a}],[big]},{{'$1'},[],[small]}]"),
            "[small,small]");
  EXPECT_EQ(ms("[{1},{a}]", "[{{'$1'},[],[{'+','$1',1}]},{{'$1'},[],[other]}]"),
            "[2,'EXIT']");
}

TEST_F(MatchSpecTest, IsCompiledMs) {
  Term c = call("ets", "match_spec_compile", {T("[{'_',[],['$_']}]")});
  EXPECT_EQ(run("ets", "is_compiled_ms", {c}), "true");
  EXPECT_EQ(run("ets", "is_compiled_ms", {T("foo")}), "false");
  EXPECT_EQ(run("ets", "match_spec_run_r", {T("[{a}]"), T("foo"), NIL}),
            "error:badarg");
  EXPECT_EQ(run("ets", "match_spec_run_r", {T("[{a}|b]"), c, NIL}), "error:badarg");
  EXPECT_EQ(run("ets", "match_spec_run_r", {T("[{a},{b}]"), c, T("[x]")}),
            "[{b},{a},x]");
}

TEST_F(MatchSpecTest, KeyAnalysis) {
  using beamline::ets::MatchProgram;
  auto prog = MatchProgram::compile(T("[{{k1,'_'},[],['$_']},{{k2,'$1'},[],['$1']}]"));
  ASSERT_TRUE(prog);
  std::vector<Term> keys;
  EXPECT_EQ(prog->analyze_keys(1, &keys), MatchProgram::KeyInfo::kKeys);
  EXPECT_EQ(show(keys[0]), "k1");
  EXPECT_EQ(show(keys[1]), "k2");
  keys.clear();
  EXPECT_EQ(prog->analyze_keys(2, &keys), MatchProgram::KeyInfo::kScan);
  auto any = MatchProgram::compile(T("[{'$1',[],['$_']}]"));
  EXPECT_EQ(any->analyze_keys(1, &keys), MatchProgram::KeyInfo::kScan);
  auto none = MatchProgram::compile(T("[{foo,[],['$_']},{{a},[],[x]}]"));
  keys.clear();
  EXPECT_EQ(none->analyze_keys(2, &keys), MatchProgram::KeyInfo::kNothing);

  EXPECT_TRUE(MatchProgram::compile(T("[{{'$1','$2'},[],[{{'$1',x}}]}]"))->keeps_key(1));
  EXPECT_FALSE(MatchProgram::compile(T("[{{'$1','$2'},[],[{{'$2',x}}]}]"))->keeps_key(1));
  EXPECT_TRUE(MatchProgram::compile(T("[{{'$1','$2'},[],['$_']}]"))->keeps_key(1));
  EXPECT_FALSE(MatchProgram::compile(T("[{{'$1','$2'},[],[{const,{1,2}}]}]"))->keeps_key(1));
  EXPECT_TRUE(MatchProgram::compile(T("[{{a,'$2'},[],[{{a,'$2',c}}]}]"))->keeps_key(1));
}

}  // namespace
}  // namespace ets_test
