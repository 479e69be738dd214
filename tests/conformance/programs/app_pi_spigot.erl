-module(app_pi_spigot).
-export([main/0]).

%% Gibbons' unbounded spigot for the digits of pi (bignum heavy).
pi_digits(N) -> pi(N, 1, 0, 1, 1, 3, 3, []).

pi(0, _, _, _, _, _, _, Acc) -> lists:reverse(Acc);
pi(N, Q, R, T, K, M, X, Acc) ->
    case 4 * Q + R - T < M * T of
        true ->
            pi(N - 1, 10 * Q, 10 * (R - M * T), T, K, (10 * (3 * Q + R)) div T - 10 * M, X, [M | Acc]);
        false ->
            pi(N, Q * K, (2 * Q + R) * X, T * X, K + 1, (Q * (7 * K + 2) + R * X) div (T * X), X + 2, Acc)
    end.

e_digits(N) ->
    %% e = sum 1/k!, scaled by 10^(N+5)
    Scale = pow10(N + 5),
    Sum = e_sum(1, 1, Scale, Scale),
    integer_to_list(Sum div pow10(5)).

e_sum(K, Fact, Scale, Acc) ->
    Term = Scale div Fact,
    if Term =:= 0 -> Acc;
       true -> e_sum(K + 1, Fact * K, Scale, Acc + Term)
    end.

pow10(0) -> 1;
pow10(N) -> 10 * pow10(N - 1).

main() ->
    D = pi_digits(120),
    io:format("~s~n", [[$0 + X || X <- D]]),
    io:format("~s~n", [e_digits(100)]),
    ok.
