-module(math_funs).
-export([main/0]).

p(Name, V) -> io:format("~s = ~p~n", [Name, V]).

main() ->
    p("pi", math:pi()),
    p("e", math:exp(1)),
    p("sqrt2", math:sqrt(2)),
    p("sqrt16", math:sqrt(16)),
    p("pow", math:pow(2, 10)),
    p("pow frac", math:pow(2, 0.5)),
    p("pow neg", math:pow(-8, 3)),
    p("sin", math:sin(1.0)),
    p("cos", math:cos(1.0)),
    p("tan", math:tan(0.5)),
    p("asin", math:asin(0.5)),
    p("acos", math:acos(0.5)),
    p("atan", math:atan(1)),
    p("atan2", math:atan2(1, -1)),
    p("sinh", math:sinh(1)),
    p("cosh", math:cosh(1)),
    p("tanh", math:tanh(0.5)),
    p("log", math:log(10)),
    p("log2", math:log2(1024)),
    p("log10", math:log10(12345)),
    p("exp", math:exp(-2.5)),
    p("floor", math:floor(-2.5)),
    p("ceil", math:ceil(-2.5)),
    p("fmod", math:fmod(10.5, 3)),
    p("fmod neg", math:fmod(-10.5, 3)),
    p("erf", math:erf(0.5)),
    p("erfc", math:erfc(0.5)),
    p("log bad", s(catch math:log(-1))),
    p("sqrt bad", s(catch math:sqrt(-1))),
    p("pow big", s(catch math:pow(10, 400))),
    io:format("~.6f ~.6f~n", [math:sin(math:pi()), math:cos(math:pi())]),
    ok.

s({'EXIT', {Reason, [{_, _, _, _} | _]}}) -> {'EXIT', Reason};
s(Other) -> Other.
