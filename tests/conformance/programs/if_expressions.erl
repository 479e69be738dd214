-module(if_expressions).
-export([main/0]).

sign(X) ->
    if X > 0 -> positive;
       X < 0 -> negative;
       true -> zero
    end.

grade(S) ->
    if S >= 90 -> a;
       S >= 80 -> b;
       S >= 70, S < 80 -> c;
       is_integer(S), S >= 0 -> f;
       true -> invalid
    end.

fizz(N) ->
    if N rem 15 =:= 0 -> "FizzBuzz";
       N rem 3 =:= 0 -> "Fizz";
       N rem 5 =:= 0 -> "Buzz";
       true -> integer_to_list(N)
    end.

main() ->
    io:format("~p~n", [[sign(X) || X <- [5, -3, 0, 0.0, -0.5]]]),
    io:format("~p~n", [[grade(S) || S <- [95, 85, 75, 10, -1, x]]]),
    io:format("~s~n", [string:join([fizz(N) || N <- lists:seq(1, 30)], " ")]),
    R = try
            X = length([1]),
            if X > 5 -> big end
        catch error:E -> E
        end,
    io:format("~p~n", [R]),
    ok.
